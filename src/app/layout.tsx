import type { ReactNode } from 'react';
import { hrefOf, useRoute } from '@/hooks/use-route';
import { usePromptIndex } from '@/hooks/use-prompt-index';
import { StorageBanner } from './storage-banner';

export function Layout({ children }: { children: ReactNode }) {
  const route = useRoute();
  const { errors } = usePromptIndex();
  const current = (name: string) => (route.name === name ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href={hrefOf({ name: 'library' })}>
          Design Dojo
        </a>
        <nav aria-label="Main">
          <a href={hrefOf({ name: 'library' })} aria-current={current('library') ?? current('prompt')}>
            Library
          </a>
          <a href={hrefOf({ name: 'attempts' })} aria-current={current('attempts') ?? current('attempt')}>
            Attempts
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
