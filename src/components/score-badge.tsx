import { SCORE_LABELS } from '@/domain/sections';

/** A score such as "3/4", named for assistive technology as "Score 3 of 4 (Strong)". */
export function ScoreBadge({ score, max = 4 }: { score: number; max?: number }) {
  const label = max === 4 ? SCORE_LABELS[score] : undefined;
  return (
    <span
      className={`score-badge score-${max === 4 ? score : ''}`}
      title={label}
      role="img"
      aria-label={`Score ${score} of ${max}${label ? ` (${label})` : ''}`}
    >
      {score}/{max}
    </span>
  );
}
