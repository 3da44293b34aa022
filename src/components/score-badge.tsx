import { SCORE_LABELS } from '@/domain/sections';

export function ScoreBadge({ score, max = 4 }: { score: number; max?: number }) {
  const label = max === 4 ? SCORE_LABELS[score] : undefined;
  return (
    <span className={`score-badge score-${max === 4 ? score : ''}`} title={label}>
      {score}/{max}
      {label ? <span className="visually-hidden"> ({label})</span> : null}
    </span>
  );
}
