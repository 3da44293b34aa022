import type { PromptCard } from '@/content/load-prompt-index';
import { attemptSections } from '@/domain/attempt';
import { dueLabel } from '@/domain/progress/review';
import { sectionMeta } from '@/domain/sections';
import { hrefOf } from '@/hooks/use-route';
import { startDrill } from './drill';
import type { LibraryStats } from './use-library-stats';

const ORDER = { foundation: 0, intermediate: 1, advanced: 2 } as const;

/** A prompt to try next: one never attempted (easiest first), else the one with the lowest latest total. */
function suggest(prompts: PromptCard[], stats: LibraryStats): PromptCard | undefined {
  const fresh = prompts
    .filter((p) => !stats.byPrompt.has(p.id))
    .toSorted((a, b) => ORDER[a.difficulty] - ORDER[b.difficulty] || a.minutes - b.minutes);
  if (fresh[0]) return fresh[0];
  return prompts.toSorted(
    (a, b) => (stats.byPrompt.get(a.id)?.latest?.score ?? 0) - (stats.byPrompt.get(b.id)?.latest?.score ?? 0),
  )[0];
}

/** The landing's answer to "what do I do next": continue, review what is due, or try a suggested prompt. */
export function NextSteps({ prompts, stats }: { prompts: PromptCard[]; stats: LibraryStats }) {
  const { unfinished, review, now } = stats;
  const suggestion = suggest(prompts, stats);
  const written = unfinished
    ? attemptSections(unfinished).filter((id) => unfinished.written.includes(id)).length
    : 0;
  return (
    <section className="next-steps" aria-labelledby="next-title">
      <h2 id="next-title" className="visually-hidden">
        What to do next
      </h2>
      {unfinished && (
        <div className="next-card card">
          <p className="next-kicker">Continue</p>
          <p className="next-title" id="next-continue">
            {unfinished.promptTitle}
          </p>
          <p className="muted">
            {unfinished.mode.kind === 'practice'
              ? 'Practice'
              : unfinished.mode.kind === 'mock'
                ? 'Mock interview'
                : 'Drill'}
            {' · '}
            {written} of {attemptSections(unfinished).length} sections written
          </p>
          <a
            className="button-link primary"
            href={hrefOf({ name: 'attempt', attemptId: unfinished.id })}
            aria-describedby="next-continue"
          >
            Continue
          </a>
        </div>
      )}
      <div className="next-card card">
        <p className="next-kicker">Due for review</p>
        {review.due.length === 0 ? (
          <p className="muted">
            Nothing due today.
            {review.upcoming[0] &&
              ` Next: ${sectionMeta(review.upcoming[0].section).title}, ${dueLabel(review.upcoming[0].dueAt, now)}.`}
          </p>
        ) : (
          <ul className="due-mini" aria-label="Due for review">
            {review.due.slice(0, 3).map((d) => (
              <li key={`${d.promptId}/${d.section}`}>
                <span>
                  <strong>{sectionMeta(d.section).title}</strong>{' '}
                  <span className="muted">
                    {d.lastScore}/4 · {d.promptTitle}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => startDrill(d)}
                  aria-label={`Drill ${sectionMeta(d.section).title} in ${d.promptTitle}`}
                >
                  Drill
                </button>
              </li>
            ))}
          </ul>
        )}
        {review.due.length > 3 && (
          <p>
            <a href={hrefOf({ name: 'progress' })}>All {review.due.length} due sections</a>
          </p>
        )}
      </div>
      {suggestion && (
        <div className="next-card card">
          <p className="next-kicker">
            {stats.byPrompt.has(suggestion.id) ? 'Try again' : 'Suggested prompt'}
          </p>
          <p className="next-title" id="next-suggested">
            {suggestion.title}
          </p>
          <p className="muted">
            <span className="difficulty">{suggestion.difficulty}</span> · {suggestion.minutes} min
          </p>
          <a
            className="button-link"
            href={hrefOf({ name: 'prompt', promptId: suggestion.id })}
            aria-describedby="next-suggested"
          >
            Open the prompt
          </a>
        </div>
      )}
    </section>
  );
}
