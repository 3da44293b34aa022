import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'library' }
  | { name: 'prompt'; promptId: string }
  | { name: 'attempts' }
  | { name: 'attempt'; attemptId: string }
  | { name: 'settings' }
  | { name: 'not-found'; path: string };

/** Parses a location hash such as `#/attempts/abc` into a route. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'library' };
  if (parts[0] === 'prompts' && parts[1] && parts.length === 2) return { name: 'prompt', promptId: parts[1] };
  if (parts[0] === 'attempts' && parts.length === 1) return { name: 'attempts' };
  if (parts[0] === 'attempts' && parts[1] && parts.length === 2)
    return { name: 'attempt', attemptId: parts[1] };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  return { name: 'not-found', path };
}

/** The hash href of a route, for links. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'prompt':
      return `#/prompts/${encodeURIComponent(route.promptId)}`;
    case 'attempts':
      return '#/attempts';
    case 'attempt':
      return `#/attempts/${encodeURIComponent(route.attemptId)}`;
    case 'settings':
      return '#/settings';
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route).slice(1);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route; re-renders on hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseRoute(hash);
}
