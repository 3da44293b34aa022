import { useShallow } from 'zustand/react/shallow';
import { MarkdownView } from '@/components/markdown-view';
import { packOf } from '@/content/prompt-lookup';
import { usePrompt } from '@/hooks/use-content';
import { hrefOf, navigate } from '@/hooks/use-route';
import { attemptStarted, drillStarted, useAttemptsStore } from '@/stores/attempts-store';
import { sectionMeta, type SectionId } from '@/domain/sections';
import { summaryTotal } from '@/domain/attempt-summary';
import type { MockMode } from '@/domain/timer';
import { DrillSetup } from './drill-setup';
import { MockSetup } from './mock-setup';
import { splitBrief } from './split-brief';
import './prompt.css';

const formatValue = (n: number) => new Intl.NumberFormat('en-US').format(n);

export function PromptScreen({ promptId }: { promptId: string }) {
  const prompt = usePrompt(promptId);
  const previous = useAttemptsStore(
    useShallow((s) => Object.values(s.summaries).filter((a) => a.promptId === promptId)),
  );
  if (!prompt) {
    return (
      <section>
        <h1>Prompt not found</h1>
        <p>
          There is no prompt with the id “{promptId}”.{' '}
          <a href={hrefOf({ name: 'library' })}>Back to the library</a>
        </p>
      </section>
    );
  }
  const start = (mode?: MockMode) => {
    const attempt = attemptStarted({
      id: crypto.randomUUID(),
      promptId: prompt.id,
      promptTitle: prompt.title,
      now: Date.now(),
      ...(mode ? { mode } : {}),
    });
    navigate({ name: 'attempt', attemptId: attempt.id });
  };
  const startDrill = (sections: SectionId[], perSectionMs: number) => {
    const attempt = drillStarted({
      id: crypto.randomUUID(),
      promptId: prompt.id,
      promptTitle: prompt.title,
      sections,
      perSectionMs,
      now: Date.now(),
    });
    navigate({ name: 'attempt', attemptId: attempt.id });
  };
  const { brief, listensFor } = splitBrief(prompt.body);

  return (
    <article className="prompt-detail" aria-labelledby="prompt-title">
      <p className="row">
        <a href={hrefOf({ name: 'library' })}>← Library</a>
        <a href={hrefOf({ name: 'kit', promptId: prompt.id })}>Interviewer kit</a>
      </p>
      <h1 id="prompt-title">{prompt.title}</h1>
      {packOf(prompt) && (
        <p className="muted">
          From the pack “{packOf(prompt)!.title}” by {packOf(prompt)!.author}
        </p>
      )}
      <p className="row muted">
        <span className="difficulty">{prompt.difficulty}</span>
        <span>Suggested time: {prompt.minutes} min</span>
        {prompt.tags.map((t) => (
          <span key={t} className="chip">
            {t}
          </span>
        ))}
      </p>
      <div className="prompt-columns">
        <div className="card prompt-brief">
          <MarkdownView text={brief} />
          {listensFor && (
            <details className="listens-for">
              <summary>What the interviewer listens for</summary>
              <p className="muted">
                This is what a mock interview is graded on: leave it closed if you are about to start one.
              </p>
              <MarkdownView text={listensFor} />
            </details>
          )}
        </div>
        <aside className="stack prompt-aside">
          <div className="card">
            <h2>Scale</h2>
            <table className="scale-table">
              <tbody>
                {prompt.scale.map((f) => (
                  <tr key={f.label}>
                    <th scope="row">{f.label}</th>
                    <td>
                      {formatValue(f.value)} {f.unit}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="card stack prompt-start">
            <h2>Start</h2>
            <p className="muted">
              Answer the eleven sections in the interview order. Your draft saves as you type.
            </p>
            <button type="button" className="primary" onClick={() => start()}>
              Start practice attempt
            </button>
            <p className="muted">Untimed: take as long as you like.</p>
          </div>
          <div className="card">
            <MockSetup prompt={prompt} onStart={start} />
          </div>
          <div className="card">
            <DrillSetup onStart={startDrill} />
          </div>
          {previous.length > 0 && (
            <div className="card">
              <h2>Your attempts</h2>
              <ul>
                {previous
                  .toSorted((a, b) => b.createdAt - a.createdAt)
                  .map((a) => {
                    const t = summaryTotal(a);
                    return (
                      <li key={a.id}>
                        <a href={hrefOf({ name: 'attempt', attemptId: a.id })}>
                          {new Date(a.createdAt).toLocaleString()}
                        </a>{' '}
                        <span className="muted">
                          {t.graded ? `${t.score}/${t.max}` : `at ${sectionMeta(a.currentSection).title}`}
                        </span>
                      </li>
                    );
                  })}
              </ul>
            </div>
          )}
        </aside>
      </div>
    </article>
  );
}
