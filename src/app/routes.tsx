import { lazy, Suspense, useEffect } from 'react';
import { useRoute } from '@/hooks/use-route';
import { useAttemptsStore } from '@/stores/attempts-store';
import { LibraryScreen } from '@/features/library/library-screen';

// The library is the landing screen and ships in the first load; every other screen (with the Markdown
// renderer, zod and the grader) is its own chunk, fetched when first visited.
const PromptScreen = lazy(() =>
  import('@/features/prompt/prompt-screen').then((m) => ({ default: m.PromptScreen })),
);
const AttemptScreen = lazy(() =>
  import('@/features/attempt/attempt-screen').then((m) => ({ default: m.AttemptScreen })),
);
const AttemptsScreen = lazy(() =>
  import('@/features/attempts/attempts-screen').then((m) => ({ default: m.AttemptsScreen })),
);
const SettingsScreen = lazy(() =>
  import('@/features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })),
);

const TITLES = {
  library: 'Library',
  prompt: 'Prompt',
  attempts: 'Attempts',
  attempt: 'Attempt',
  settings: 'Settings',
  'not-found': 'Not found',
};

export function Routes() {
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <Screen />
    </Suspense>
  );
}

function Screen() {
  const route = useRoute();
  const status = useAttemptsStore((s) => s.status);
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Design Dojo`;
    document.getElementById('main')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.name]);

  if (status === 'loading' && (route.name === 'attempt' || route.name === 'attempts')) {
    return <p className="muted">Loading your saved attempts…</p>;
  }
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'prompt':
      return <PromptScreen promptId={route.promptId} />;
    case 'attempts':
      return <AttemptsScreen />;
    case 'attempt':
      return <AttemptScreen attemptId={route.attemptId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'not-found':
      return (
        <section>
          <h1>Page not found</h1>
          <p>
            Nothing lives at “{route.path}”. <a href="#/">Go to the library</a>
          </p>
        </section>
      );
  }
}
