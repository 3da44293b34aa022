import type { MouseEvent, ReactNode } from 'react';
import { hrefOf, useRoute } from '@/hooks/use-route';
import { usePromptIndex } from '@/hooks/use-prompt-index';
import { StorageBanner } from './storage-banner';

// Hash routing: a plain `#main` link would change the route, so the skip link moves focus itself.
const skipToMain = (e: MouseEvent) => {
  e.preventDefault();
  document.getElementById('main')?.focus();
};

function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M20.5 12a8.5 8.5 0 1 1-4.1-7.3"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <circle cx="12" cy="12" r="2.6" fill="currentColor" />
    </svg>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const route = useRoute();
  const { errors } = usePromptIndex();
  const current = (...names: string[]) => (names.includes(route.name) ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href={hrefOf(route)} onClick={skipToMain}>
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={hrefOf({ name: 'library' })}>
          <BrandMark />
          Design Dojo
        </a>
        <nav aria-label="Main">
          <a href={hrefOf({ name: 'library' })} aria-current={current('library', 'prompt')}>
            Library
          </a>
          <a href={hrefOf({ name: 'attempts' })} aria-current={current('attempts', 'attempt', 'compare')}>
            Attempts
          </a>
          <a href={hrefOf({ name: 'progress' })} aria-current={current('progress', 'report')}>
            Progress
          </a>
          <a
            href={hrefOf({ name: 'import', payload: null })}
            aria-current={current('import', 'author', 'review')}
          >
            Share
          </a>
          <a href={hrefOf({ name: 'settings' })} aria-current={current('settings')}>
            Settings
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageBanner />
        {errors.length > 0 && (
          <div className="banner error" role="alert">
            <strong>Some content files are invalid and were skipped:</strong>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {children}
      </main>
    </>
  );
}
