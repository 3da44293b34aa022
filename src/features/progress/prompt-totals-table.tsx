import type { PromptTotals } from '@/domain/progress/stats';
import { hrefOf } from '@/hooks/use-route';

const total = (t: PromptTotals['best']) =>
  t
    ? `${t.score}/44${t.graded < 11 ? ` (${t.graded} of 11 graded)` : ''}${t.graders.includes('llm') ? ' · LLM' : ''}`
    : '–';

/** Per prompt: attempts, best and latest totals, and a link to compare the first with the latest. */
export function PromptTotalsTable({
  rows,
  firstLatest,
}: {
  rows: PromptTotals[];
  firstLatest: Map<string, [string, string]>;
}) {
  return (
    <div className="table-scroll">
      <table className="totals-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">Prompt</th>
            <th scope="col">Attempts</th>
            <th scope="col">Best</th>
            <th scope="col">Latest</th>
            <th scope="col">
              <span className="visually-hidden">Compare</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const pair = firstLatest.get(r.promptId);
            return (
              <tr key={r.promptId}>
                <th scope="row">
                  <a href={hrefOf({ name: 'prompt', promptId: r.promptId })}>{r.promptTitle}</a>
                </th>
                <td data-label="Attempts">{r.attempts}</td>
                <td data-label="Best">{total(r.best)}</td>
                <td data-label="Latest">{total(r.latest)}</td>
                <td>
                  {pair && (
                    <a
                      href={hrefOf({ name: 'compare', a: pair[0], b: pair[1], attempt: null, section: null })}
                      aria-label={`First vs latest: compare attempts at ${r.promptTitle}`}
                    >
                      First vs latest
                    </a>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
