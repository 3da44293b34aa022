// A rubric's concept groups and red-flag phrases compiled once and cached per rubric object.
import type { Criterion, Rubric } from '../content-schema';
import { compileGroups, compileTerm, type Term } from './term-match';
import { indexText, type TextIndex } from './text-index';

interface CompiledCriterion {
  criterion: Criterion;
  groups: Term[][];
  /** Distinct groups an answer must hit (with one concrete sentence) for the criterion to be met. */
  need: number;
}

interface CompiledRedFlag {
  id: string;
  label: string;
  terms: Term[];
  /** Buzzword flags count only in sentences that decide nothing ("buzzwords without decisions"). */
  onlyWhenVague: boolean;
}

export interface CompiledRubric {
  section: Rubric['section'];
  criteria: CompiledCriterion[];
  redFlags: CompiledRedFlag[];
  guidingQuestions: { text: string; index: TextIndex }[];
}

const cache = new WeakMap<Rubric, CompiledRubric>();

export function compileRubric(rubric: Rubric): CompiledRubric {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const compiled: CompiledRubric = {
    section: rubric.section,
    criteria: rubric.criteria.map((criterion) => {
      const groups = compileGroups(criterion.concepts);
      return { criterion, groups, need: groups.length >= 9 ? 3 : 2 };
    }),
    redFlags: rubric.redFlags.map((f) => ({
      id: f.id,
      label: f.label,
      terms: f.phrases.map(compileTerm).filter((t): t is Term => t !== null),
      onlyWhenVague: /buzz/.test(f.id),
    })),
    guidingQuestions: rubric.guidingQuestions.map((text) => ({ text, index: indexText(text) })),
  };
  cache.set(rubric, compiled);
  return compiled;
}
