// Sections whose strong answer is a calculation. The cost rubric's level 3 is "an itemised per-request
// estimate multiplied out to a monthly total", the latency rubric's "an end-to-end target split across
// steps with numbers": the figures are the content. One or two of them (a rough per-request cost, a
// target and a cache lifetime) are the level-2 "rough cost mentioned" or "a latency target and some
// levers", however well the sentence around them reads. Elsewhere a single decided figure can carry a
// short strong answer (rule 7 of the golden set).
import type { SectionId } from '../sections';

const CALCULATED: ReadonlySet<SectionId> = new Set<SectionId>(['cost', 'latency']);

/** Own figures (not restated from the brief) an answer needs for Strong in a calculated section. */
const CALCULATION_FIGURES = 3;

/** The fewest own figures a level-3 answer in `section` must give (0: no floor beyond the usual gate). */
export function figuresForStrong(section: SectionId): number {
  return CALCULATED.has(section) ? CALCULATION_FIGURES : 0;
}
