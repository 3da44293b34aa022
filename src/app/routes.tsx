import { lazy, Suspense, useDeferredValue, useEffect, useRef, useSyncExternalStore } from 'react';
import { useRoute, type Route } from '@/hooks/use-route';
import { useAttemptRead, useAttemptsStore } from '@/stores/attempts-store';
import { usePacksPending } from '@/stores/packs-store';
import { LibraryScreen } from '@/features/library/library-screen';
import { ErrorBoundary } from './error-boundary';

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
const ProgressScreen = lazy(() =>
  import('@/features/progress/progress-screen').then((m) => ({ default: m.ProgressScreen })),
);
const ReportScreen = lazy(() =>
  import('@/features/progress/report-screen').then((m) => ({ default: m.ReportScreen })),
);
const CompareScreen = lazy(() =>
  import('@/features/compare/compare-screen').then((m) => ({ default: m.CompareScreen })),
);
const ImportScreen = lazy(() =>
  import('@/features/share/import-screen').then((m) => ({ default: m.ImportScreen })),
);
const AuthorScreen = lazy(() =>
  import('@/features/author/author-screen').then((m) => ({ default: m.AuthorScreen })),
);
const KitScreen = lazy(() => import('@/features/kit/kit-screen').then((m) => ({ default: m.KitScreen })));
const ReviewScreen = lazy(() =>
  import('@/features/review/review-screen').then((m) => ({ default: m.ReviewScreen })),
);

const TITLES: Record<Route['name'], string> = {
  library: 'Library',
  prompt: 'Prompt',
  attempts: 'Attempts',
  attempt: 'Attempt',
  settings: 'Settings',
  progress: 'Progress',
  report: 'Progress report',
  compare: 'Compare',
  import: 'Import',
  author: 'Write a prompt',
  kit: 'Interviewer kit',
  review: 'Review',
  'not-found': 'Not found',
};

/** Routes that need the saved attempts loaded before they can render. */
const NEEDS_ATTEMPTS = new Set<Route['name']>(['attempt', 'attempts', 'progress', 'report', 'compare']);

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function Routes() {
  const hash = useSyncExternalStore(
    subscribeHash,
    () => window.location.hash,
    () => '',
  );
  return (
    <ErrorBoundary resetKey={hash}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <Screen />
      </Suspense>
    </ErrorBoundary>
  );
}

function NotFound({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <h1>{title}</h1>
      <p>
        {children} <a href="#/">Go to the library</a>
      </p>
    </section>
  );
}

function Screen() {
  const route = useRoute();
  // Deferred: when storage (or the attempt) is ready, a screen whose chunk is not loaded yet is rendered in
  // the background while the loading line stays, instead of swapping in Suspense's fallback, which React
  // then holds on screen for at least 300 ms.
  const status = useDeferredValue(useAttemptsStore((s) => s.status));
  // The attempt screens read their attempt whole from storage first (by key; ids from the URL are
  // looked up as own keys only, so `constructor` is not an attempt).
  const read = useAttemptRead(route.name === 'attempt' || route.name === 'review' ? route.attemptId : null);
  const readState = useDeferredValue(read.state);
  const attemptExists = route.name === 'attempt' && readState === 'ready';
  // A prompt imported in a pack resolves once the saved packs have loaded.
  const routePromptId =
    route.name === 'prompt' || route.name === 'kit'
      ? route.promptId
      : route.name === 'attempt'
        ? read.attempt?.promptId
        : undefined;
  const packsPending = usePacksPending(routePromptId);
  const firstScreen = useRef(true);
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Design Dojo`;
    // After navigating, focus starts at the new content, unless the new screen already put it somewhere in
    // it (a new attempt's first editor); on the first load it stays at the page start so the first Tab
    // reaches the skip link.
    const main = document.getElementById('main');
    if (firstScreen.current) firstScreen.current = false;
    else if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route.name]);

  if (status === 'loading' && NEEDS_ATTEMPTS.has(route.name)) {
    return <p className="muted">Loading your saved attempts…</p>;
  }
  if ((route.name === 'attempt' || route.name === 'review') && readState === 'loading') {
    return <p className="muted">Loading the attempt…</p>;
  }
  if (packsPending) return <p className="muted">Loading your imported prompts…</p>;
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'prompt':
      return <PromptScreen promptId={route.promptId} />;
    case 'attempts':
      return <AttemptsScreen />;
    case 'attempt':
      if (readState === 'failed') {
        return (
          <NotFound title="Attempt not opened">
            The attempt “{route.attemptId}” could not be read: {read.message}
          </NotFound>
        );
      }
      if (!attemptExists) {
        return (
          <NotFound title="Attempt not found">
            There is no saved attempt “{route.attemptId}”; it may have been deleted.{' '}
            <a href="#/attempts">See your attempts</a> or
          </NotFound>
        );
      }
      return <AttemptScreen attemptId={route.attemptId} />;
    case 'settings':
      return <SettingsScreen />;
    case 'progress':
      return <ProgressScreen />;
    case 'report':
      return <ReportScreen />;
    case 'compare':
      return <CompareScreen />;
    case 'import':
      return <ImportScreen payload={route.payload} />;
    case 'author':
      return <AuthorScreen promptId={route.promptId} />;
    case 'kit':
      return <KitScreen promptId={route.promptId} />;
    case 'review':
      return <ReviewScreen attemptId={route.attemptId} />;
    case 'not-found':
      return <NotFound title="Page not found">Nothing lives at “{route.path}”.</NotFound>;
  }
}
