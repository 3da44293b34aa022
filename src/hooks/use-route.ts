import { useSyncExternalStore } from 'react';

export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;
type Difficulty = (typeof DIFFICULTIES)[number];
export const LENGTHS = ['short', 'medium', 'long'] as const;
export type PromptLength = (typeof LENGTHS)[number];
export const PROGRESS_MODES = ['practice', 'mock', 'drill'] as const;
export const GRADER_KINDS = ['offline', 'llm'] as const;

/** The library's search state, kept in the URL so it survives opening a prompt and going back. */
export interface LibrarySearch {
  q: string;
  tags: string[];
  difficulty: Difficulty | null;
  length: PromptLength | null;
}

export interface ProgressFilters {
  prompt: string | null;
  mode: (typeof PROGRESS_MODES)[number] | null;
  grader: (typeof GRADER_KINDS)[number] | null;
}

export type Route =
  | { name: 'library'; search?: LibrarySearch }
  | { name: 'prompt'; promptId: string }
  | { name: 'attempts' }
  | { name: 'attempt'; attemptId: string }
  | { name: 'settings' }
  | { name: 'progress'; filters?: ProgressFilters }
  | { name: 'report' }
  /** Two attempts (`a`, `b`) or two graded versions of one section (`attempt`, `section`). */
  | { name: 'compare'; a: string | null; b: string | null; attempt: string | null; section: string | null }
  /** Study groups: a share link's payload (or null for the file/URL import page), authoring, kit, review. */
  | { name: 'import'; payload: string | null }
  | { name: 'author'; promptId: string | null }
  | { name: 'kit'; promptId: string }
  | { name: 'review'; attemptId: string }
  | { name: 'not-found'; path: string };

export const EMPTY_SEARCH: LibrarySearch = { q: '', tags: [], difficulty: null, length: null };
export const NO_PROGRESS_FILTERS: ProgressFilters = { prompt: null, mode: null, grader: null };

/** decodeURIComponent that answers null instead of throwing on a malformed escape such as `%` or `%E0%A4%A`. */
function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** One entry per top-level path segment; a matcher answers null when the rest of the path does not fit. */
type Matcher = (rest: string[], query: URLSearchParams) => Route | null;

const ROUTE_TABLE = new Map<string, Matcher>([
  [
    '',
    (rest, query) =>
      rest.length > 0
        ? null
        : {
            name: 'library',
            search: {
              q: query.get('q') ?? '',
              tags: [...new Set(query.getAll('tag').filter(Boolean))],
              difficulty: oneOf(DIFFICULTIES, query.get('difficulty')),
              length: oneOf(LENGTHS, query.get('length')),
            },
          },
  ],
  ['prompts', (rest) => (rest.length === 1 && rest[0] ? { name: 'prompt', promptId: rest[0] } : null)],
  [
    'attempts',
    (rest) =>
      rest.length === 0
        ? { name: 'attempts' }
        : rest.length === 1 && rest[0]
          ? { name: 'attempt', attemptId: rest[0] }
          : null,
  ],
  ['settings', (rest) => (rest.length === 0 ? { name: 'settings' } : null)],
  [
    'progress',
    (rest, query) =>
      rest.length > 0
        ? null
        : {
            name: 'progress',
            filters: {
              prompt: query.get('prompt') || null,
              mode: oneOf(PROGRESS_MODES, query.get('mode')),
              grader: oneOf(GRADER_KINDS, query.get('grader')),
            },
          },
  ],
  ['report', (rest) => (rest.length === 0 ? { name: 'report' } : null)],
  // A damaged share link still reaches the import page, which says what is wrong with it.
  ['import', (rest) => ({ name: 'import', payload: rest.length ? rest.join('/') : null })],
  [
    'author',
    (rest) =>
      rest.length === 0
        ? { name: 'author', promptId: null }
        : rest.length === 1 && rest[0]
          ? { name: 'author', promptId: rest[0] }
          : null,
  ],
  ['kit', (rest) => (rest.length === 1 && rest[0] ? { name: 'kit', promptId: rest[0] } : null)],
  ['review', (rest) => (rest.length === 1 && rest[0] ? { name: 'review', attemptId: rest[0] } : null)],
  [
    'compare',
    (rest, query) =>
      rest.length > 0
        ? null
        : {
            name: 'compare',
            a: query.get('a') || null,
            b: query.get('b') || null,
            attempt: query.get('attempt') || null,
            section: query.get('section') || null,
          },
  ],
]);

/** Parses a location hash such as `#/attempts/abc` into a route; never throws, whatever the hash. */
export function parseRoute(hash: string): Route {
  const full = hash.replace(/^#/, '') || '/';
  const q = full.indexOf('?');
  const path = q < 0 ? full : full.slice(0, q) || '/';
  // URLSearchParams replaces malformed escapes instead of throwing.
  const query = new URLSearchParams(q < 0 ? '' : full.slice(q + 1));
  const decoded = path.split('/').filter(Boolean).map(decode);
  if (decoded.some((p) => p === null)) return { name: 'not-found', path };
  const [head = '', ...rest] = decoded as string[];
  const match = ROUTE_TABLE.get(head);
  return match?.(rest, query) ?? { name: 'not-found', path };
}

const withQuery = (path: string, entries: [string, string | null][]) => {
  const query = new URLSearchParams(entries.filter((e): e is [string, string] => !!e[1]));
  const s = query.toString();
  return s ? `${path}?${s}` : path;
};

/** The hash href of a route, for links. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'library': {
      const s = route.search ?? EMPTY_SEARCH;
      return withQuery('#/', [
        ['q', s.q],
        ...s.tags.map((t): [string, string] => ['tag', t]),
        ['difficulty', s.difficulty],
        ['length', s.length],
      ]);
    }
    case 'prompt':
      return `#/prompts/${encodeURIComponent(route.promptId)}`;
    case 'attempts':
      return '#/attempts';
    case 'attempt':
      return `#/attempts/${encodeURIComponent(route.attemptId)}`;
    case 'settings':
      return '#/settings';
    case 'progress': {
      const f = route.filters ?? NO_PROGRESS_FILTERS;
      return withQuery('#/progress', [
        ['prompt', f.prompt],
        ['mode', f.mode],
        ['grader', f.grader],
      ]);
    }
    case 'report':
      return '#/report';
    case 'compare':
      return withQuery('#/compare', [
        ['a', route.a],
        ['b', route.b],
        ['attempt', route.attempt],
        ['section', route.section],
      ]);
    case 'import':
      return route.payload === null ? '#/import' : `#/import/${route.payload}`;
    case 'author':
      return route.promptId === null ? '#/author' : `#/author/${encodeURIComponent(route.promptId)}`;
    case 'kit':
      return `#/kit/${encodeURIComponent(route.promptId)}`;
    case 'review':
      return `#/review/${encodeURIComponent(route.attemptId)}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route).slice(1);
}

/** Replaces the current history entry (for filters typed into a search box). */
export function replaceRoute(route: Route): void {
  const url = `${window.location.pathname}${window.location.search}${hrefOf(route)}`;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
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
