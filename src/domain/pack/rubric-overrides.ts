// A pack's rubric overrides, applied to the prompts of that pack only. An overridden rubric keeps the
// override's version with the pack in its build metadata (`1.0.0+pack.week-3.retrieval`), so grades and
// grade caches never mix it up with the built-in rubric, and its origin (`pack:<packId>/<id>@<version>`)
// is recorded on every grade made with it as Grade.rubricSource.
import type { Rubric, RubricSet } from '../content-schema';
import type { Grade } from '../grade-schema';
import { rubricSourceOf } from './namespace';
import type { RubricOverride } from './pack-schema';

/** The rubric set a pack's prompt is graded with. */
export function rubricsWithOverrides(
  rubrics: RubricSet,
  packId: string,
  overrides: readonly RubricOverride[],
): RubricSet {
  if (!overrides.length) return rubrics;
  const next: RubricSet = { ...rubrics };
  for (const o of overrides) {
    const { id, ...rubric } = o;
    next[o.section] = {
      ...rubric,
      version: `${o.version}+pack.${packId}.${id}`,
      origin: rubricSourceOf(packId, id, o.version),
    } satisfies Rubric;
  }
  return next;
}

/** The grade with its rubric's pack origin recorded, when the rubric came from a pack. */
export function withRubricSource(grade: Grade, rubrics: RubricSet): Grade {
  const origin = rubrics[grade.section]?.origin ?? '';
  return origin.startsWith('pack:') ? { ...grade, rubricSource: origin } : grade;
}
