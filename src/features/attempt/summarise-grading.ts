import type { GradeOutcome } from '@/domain/grading';
import { sectionMeta } from '@/domain/sections';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One line for a grading run. Identical failures (an unreachable endpoint fails every section the same
 * way) are grouped: the message, with its fix, appears once with the sections it hit.
 */
export function summariseGrading(outcomes: readonly GradeOutcome[], cancelled: boolean): string {
  const failed = outcomes.filter((o): o is Extract<GradeOutcome, { ok: false }> => !o.ok);
  const ok = outcomes.length - failed.length;
  if (cancelled) return `Cancelled. ${plural(ok, 'section')} finished and kept.`;
  if (!failed.length) return `Graded ${plural(ok, 'section')}.`;
  const groups = new Map<string, string[]>();
  for (const f of failed) groups.set(f.error, [...(groups.get(f.error) ?? []), sectionMeta(f.section).title]);
  const head = ok
    ? `Graded ${ok}; ${failed.length} could not be graded.`
    : `${plural(failed.length, 'section')} could not be graded.`;
  const parts = [...groups].map(([error, titles]) => {
    if (titles.length === 1) return `${titles.join('')}: ${error}`;
    const who = titles.length === outcomes.length ? `All ${titles.length}` : titles.join(', ');
    return `${who} failed the same way: ${error}`;
  });
  return `${head} ${parts.join(' · ')}`;
}
