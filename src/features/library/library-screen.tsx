import { useMemo, type MouseEvent } from 'react';
import { usePromptIndex } from '@/hooks/use-prompt-index';
import {
  DIFFICULTIES,
  EMPTY_SEARCH,
  LENGTHS,
  hrefOf,
  replaceRoute,
  useRoute,
  type LibrarySearch,
} from '@/hooks/use-route';
import { filterPrompts, allTags, LENGTH_LABELS } from './filter-prompts';
import { NextSteps } from './next-steps';
import { PromptCard } from './prompt-card';
import { TagFilter } from './tag-filter';
import { useLibraryStats } from './use-library-stats';
import './library.css';

export function LibraryScreen() {
  const { prompts } = usePromptIndex();
  const route = useRoute();
  const search = (route.name === 'library' && route.search) || EMPTY_SEARCH;
  const stats = useLibraryStats();
  const visible = useMemo(() => filterPrompts(prompts, search), [prompts, search]);
  const tagList = useMemo(() => allTags(prompts), [prompts]);
  const set = (change: Partial<LibrarySearch>) =>
    replaceRoute({ name: 'library', search: { ...search, ...change } });
  const toggle = (tag: string) =>
    set({ tags: search.tags.includes(tag) ? search.tags.filter((x) => x !== tag) : [...search.tags, tag] });
  const filtered =
    search.q !== '' || search.tags.length > 0 || search.difficulty !== null || search.length !== null;
  const skipToPrompts = (e: MouseEvent) => {
    e.preventDefault();
    const target =
      document.querySelector<HTMLElement>('.prompt-grid a') ?? document.getElementById('library-count');
    target?.focus();
  };

  return (
    <section aria-labelledby="library-title" className="library">
      <a className="skip-link" href={hrefOf({ name: 'library', search })} onClick={skipToPrompts}>
        Skip to the prompts
      </a>
      <div className="hero">
        <h1 id="library-title">Prompt library</h1>
        <p className="hero-lead">
          Pick an AI system-design prompt, answer it section by section in the interview order, and get each
          section graded against a public rubric.
        </p>
      </div>
      <NextSteps prompts={prompts} stats={stats} />
      <div className="library-filters">
        <div className="filter-row">
          <label className="field grow">
            <span>Search prompts</span>
            <input
              type="search"
              placeholder="Title, topic, tag, difficulty…"
              value={search.q}
              onChange={(e) => set({ q: e.target.value })}
            />
          </label>
          <label className="field">
            <span>Difficulty</span>
            <select
              value={search.difficulty ?? ''}
              onChange={(e) => set({ difficulty: DIFFICULTIES.find((d) => d === e.target.value) ?? null })}
            >
              <option value="">Any</option>
              {DIFFICULTIES.map((d) => (
                <option key={d} value={d}>
                  {d[0]!.toUpperCase() + d.slice(1)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Length</span>
            <select
              value={search.length ?? ''}
              onChange={(e) => set({ length: LENGTHS.find((l) => l === e.target.value) ?? null })}
            >
              <option value="">Any</option>
              {LENGTHS.map((l) => (
                <option key={l} value={l}>
                  {LENGTH_LABELS[l]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TagFilter tags={tagList} selected={search.tags} onToggle={toggle} />
      </div>
      <p className="muted library-count" id="library-count" tabIndex={-1} aria-live="polite">
        {visible.length} of {prompts.length} prompts
        {filtered && (
          <>
            {' · '}
            <button type="button" className="link" onClick={() => set(EMPTY_SEARCH)}>
              Clear filters
            </button>
          </>
        )}
      </p>
      {visible.length === 0 ? (
        <p>No prompt matches. Try fewer tags or another word.</p>
      ) : (
        <ul className="prompt-grid" aria-label="Prompts">
          {visible.map((p) => (
            <PromptCard key={p.id} prompt={p} stats={stats.byPrompt.get(p.id)} search={search} />
          ))}
        </ul>
      )}
    </section>
  );
}
