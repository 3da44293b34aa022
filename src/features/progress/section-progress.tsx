import type { ScorePoint, SectionSummary } from '@/domain/progress/stats';
import { SCORE_LABELS, SECTION_IDS, sectionMeta, type SectionId } from '@/domain/sections';
import { ScoreSparkline } from './score-sparkline';

// One formatter for every date: creating one per call costs more than the rest of the page.
const DAY_FORMAT = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const day = (at: number) => DAY_FORMAT.format(at);
/** The chart and the table show the most recent grades; the mean and counts use them all. */
const RECENT_POINTS = 30;

function describe(title: string, points: ScorePoint[]): string {
  if (points.length === 0) return `${title}: not graded yet`;
  const first = points[0]!.score;
  const last = points[points.length - 1]!.score;
  const recent = points.slice(-RECENT_POINTS).map((p) => p.score);
  const shown =
    points.length > RECENT_POINTS ? `latest ${RECENT_POINTS}: ${recent.join(', ')}` : recent.join(', ');
  return `${title}: ${shown} over ${points.length} grade${points.length === 1 ? '' : 's'}; from ${first} to ${last}`;
}

/** Small multiples: each section's score over time, with the numbers in a table below for screen readers. */
export function SectionProgress({
  series,
  summaries,
}: {
  series: Record<SectionId, ScorePoint[]>;
  summaries: SectionSummary[];
}) {
  const bySection = new Map(summaries.map((s) => [s.section, s]));
  return (
    <>
      <ul className="section-charts" aria-label="Score over time per section">
        {SECTION_IDS.map((id) => {
          const points = series[id];
          const title = sectionMeta(id).title;
          const summary = bySection.get(id);
          const first = points[0]?.score;
          const change = summary && first !== undefined ? summary.latest - first : 0;
          return (
            <li key={id} className="card section-chart">
              <div className="section-chart-head">
                <h3>{title}</h3>
                {summary ? (
                  <span className={`chart-latest score-${summary.latest}`}>
                    {summary.latest}
                    <span className="muted">/4</span>
                  </span>
                ) : (
                  <span className="muted">–</span>
                )}
              </div>
              <ScoreSparkline points={points.slice(-RECENT_POINTS)} label={describe(title, points)} />
              <p className="muted chart-foot">
                {summary
                  ? `${points.length} grade${points.length === 1 ? '' : 's'} · mean ${summary.mean.toFixed(1)}${
                      change !== 0 ? ` · ${change > 0 ? '+' : ''}${change} since first` : ''
                    }`
                  : 'Not graded yet'}
              </p>
            </li>
          );
        })}
      </ul>
      <details className="chart-table">
        <summary>Scores as a table</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Section scores over time</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Mean</th>
                <th scope="col">Latest</th>
                <th scope="col">Latest scores, oldest first</th>
              </tr>
            </thead>
            <tbody>
              {SECTION_IDS.map((id) => {
                const s = bySection.get(id);
                return (
                  <tr key={id}>
                    <th scope="row">{sectionMeta(id).title}</th>
                    <td>{s ? s.mean.toFixed(1) : '–'}</td>
                    <td>{s ? `${s.latest} (${SCORE_LABELS[s.latest]})` : '–'}</td>
                    <td>
                      {series[id]
                        .slice(-RECENT_POINTS)
                        .map((p) => `${p.score}${p.grader === 'llm' ? ' (LLM)' : ''} on ${day(p.at)}`)
                        .join(', ') || '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
