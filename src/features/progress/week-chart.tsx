import { durationLabel } from '@/domain/progress/report';

const W = 480;
const H = 120;
const WEEK_FORMAT = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const weekLabel = (at: number) => WEEK_FORMAT.format(at);

/** Practice time per week as bars, with a table of the same numbers. */
export function WeekChart({ weeks }: { weeks: { weekStart: number; ms: number; attempts: number }[] }) {
  if (weeks.length === 0) return <p className="muted">No practice time yet.</p>;
  const shown = weeks.slice(-12);
  const max = Math.max(...shown.map((w) => w.ms), 60_000);
  const bw = W / shown.length;
  return (
    <>
      <svg
        className="week-chart"
        viewBox={`0 0 ${W} ${H + 18}`}
        role="img"
        aria-label={`Practice time per week: ${shown.map((w) => `week of ${weekLabel(w.weekStart)} ${durationLabel(w.ms)}`).join('; ')}`}
      >
        {shown.map((w, i) => {
          const h = Math.max(2, (w.ms / max) * (H - 16));
          return (
            <g key={w.weekStart}>
              <rect x={i * bw + bw * 0.15} y={H - h} width={bw * 0.7} height={h} rx={3} className="bar" />
              <text x={i * bw + bw / 2} y={H - h - 4} textAnchor="middle" className="bar-value">
                {durationLabel(w.ms)}
              </text>
              <text x={i * bw + bw / 2} y={H + 14} textAnchor="middle" className="bar-label">
                {weekLabel(w.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="chart-table">
        <summary>Practice time as a table</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Time</th>
                <th scope="col">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.weekStart}>
                  <td>{weekLabel(w.weekStart)}</td>
                  <td>{durationLabel(w.ms)}</td>
                  <td>{w.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
