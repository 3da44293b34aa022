import type { ScorePoint } from '@/domain/progress/stats';

const W = 220;
const H = 72;
const PAD = 8;

const y = (score: number) => PAD + ((4 - score) / 4) * (H - 2 * PAD);

/** One section's scores over time: a line through every graded attempt, offline as dots, LLM as diamonds. */
export function ScoreSparkline({ points, label }: { points: ScorePoint[]; label: string }) {
  const step = points.length > 1 ? (W - 2 * PAD) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? PAD + i * step : W / 2);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="none"
    >
      {[0, 1, 2, 3, 4].map((s) => (
        <line key={s} x1={0} x2={W} y1={y(s)} y2={y(s)} className={s === 2 ? 'grid grid-mid' : 'grid'} />
      ))}
      {points.length > 1 && <polyline points={line} className="trend" />}
      {points.map((p, i) =>
        p.grader === 'llm' ? (
          <rect
            key={`${p.attemptId}-${i}`}
            x={x(i) - 4}
            y={y(p.score) - 4}
            width={8}
            height={8}
            transform={`rotate(45 ${x(i)} ${y(p.score)})`}
            className={`point point-${p.score}`}
          />
        ) : (
          <circle
            key={`${p.attemptId}-${i}`}
            cx={x(i)}
            cy={y(p.score)}
            r={4}
            className={`point point-${p.score}`}
          />
        ),
      )}
    </svg>
  );
}
