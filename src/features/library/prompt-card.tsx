import type { PromptCard as Card } from '@/content/load-prompt-index';
import { packOf } from '@/content/prompt-lookup';
import type { PromptTotals } from '@/domain/progress/stats';
import { hrefOf, type LibrarySearch } from '@/hooks/use-route';
import { sourceLabel } from './filter-prompts';

// Offline and LLM scores are different scales: say which grader a total came from when it is not offline.
const GRADERS = (g: string[]) => (g.length > 1 ? ' (mixed graders)' : g[0] === 'llm' ? ' (LLM)' : '');
const total = (t: PromptTotals['best']) => (t ? `${t.score}/44${GRADERS(t.graders)}` : '–');

/** One prompt in the library: what it is, and what you have done with it. */
export function PromptCard({
  prompt,
  stats,
  search,
}: {
  prompt: Card;
  stats: (PromptTotals & { due: number }) | undefined;
  search: LibrarySearch;
}) {
  return (
    <li className="card prompt-card">
      <h2>
        <a href={hrefOf({ name: 'prompt', promptId: prompt.id })}>{prompt.title}</a>
      </h2>
      <p className="row muted card-meta">
        <span className={`difficulty difficulty-${prompt.difficulty}`}>{prompt.difficulty}</span>
        <span>{prompt.minutes} min</span>
        <span>{sourceLabel(prompt)}</span>
      </p>
      {packOf(prompt) && (
        <p className="muted card-pack">
          From “{packOf(prompt)!.title}” by {packOf(prompt)!.author}
        </p>
      )}
      <p className="card-summary">{prompt.summary}</p>
      {stats ? (
        <p className="card-stats">
          <span>
            Attempted {stats.attempts} time{stats.attempts === 1 ? '' : 's'}
          </span>
          <span>Best {total(stats.best)}</span>
          <span>Latest {total(stats.latest)}</span>
          {stats.due > 0 && (
            <span className="due-badge">
              {stats.due} section{stats.due === 1 ? '' : 's'} due for review
            </span>
          )}
        </p>
      ) : (
        <p className="card-stats muted">Not attempted yet</p>
      )}
      <p className="row card-tags">
        {prompt.tags.map((t) => (
          <a
            key={t}
            className="chip"
            href={hrefOf({
              name: 'library',
              search: { ...search, tags: search.tags.includes(t) ? search.tags : [...search.tags, t] },
            })}
            aria-label={`Show prompts tagged ${t}`}
          >
            {t}
          </a>
        ))}
      </p>
    </li>
  );
}
