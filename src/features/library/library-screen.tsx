import { useMemo, useState } from 'react';
import { usePromptIndex } from '@/hooks/use-prompt-index';
import { hrefOf } from '@/hooks/use-route';
import { filterPrompts, allTags } from './filter-prompts';
import './library.css';

export function LibraryScreen() {
  const { prompts } = usePromptIndex();
  const [query, setQuery] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const visible = useMemo(() => filterPrompts(prompts, query, tags), [prompts, query, tags]);
  const tagList = useMemo(() => allTags(prompts), [prompts]);
  const toggle = (tag: string) =>
    setTags((t) => (t.includes(tag) ? t.filter((x) => x !== tag) : [...t, tag]));

  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">Prompt library</h1>
      <p className="muted">
        Pick an AI system-design prompt, answer it section by section in the interview order, and get each
        section graded against a public rubric.
      </p>
      <div className="library-filters">
        <label className="visually-hidden" htmlFor="prompt-search">
          Search prompts
        </label>
        <input
          id="prompt-search"
          type="search"
          placeholder="Search prompts…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="row" role="group" aria-label="Filter by tag">
          {tagList.map((tag) => (
            <button
              key={tag}
              type="button"
              className="chip"
              aria-pressed={tags.includes(tag)}
              onClick={() => toggle(tag)}
            >
              {tag}
            </button>
          ))}
          {tags.length > 0 && (
            <button type="button" className="link" onClick={() => setTags([])}>
              Clear tags
            </button>
          )}
        </div>
      </div>
      <p className="muted" aria-live="polite">
        {visible.length} of {prompts.length} prompts
      </p>
      {visible.length === 0 ? (
        <p>No prompt matches. Try fewer tags or another word.</p>
      ) : (
        <ul className="prompt-grid" aria-label="Prompts">
          {visible.map((p) => (
            <li key={p.id} className="card prompt-card">
              <h2>
                <a href={hrefOf({ name: 'prompt', promptId: p.id })}>{p.title}</a>
              </h2>
              <p>{p.summary}</p>
              <p className="row muted">
                <span className={`difficulty difficulty-${p.difficulty}`}>{p.difficulty}</span>
                <span>{p.minutes} min</span>
                <span>{p.source === 'interview' ? 'Interview prompt' : 'Portfolio system'}</span>
              </p>
              <p className="row">
                {p.tags.map((t) => (
                  <span key={t} className="chip">
                    {t}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
