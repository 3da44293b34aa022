import type { Grade } from '../grade-schema';
import { scrubSecret } from './failure';

/** Samples differing by this much or more make a score "uncertain". */
const UNCERTAIN_SPREAD = 2;

/**
 * One grade from several samples of the same section: the sample with the median score, carrying every
 * sample's score and the usage of the whole run (the last sample's tally covers them all).
 */
export function combineSamples(grades: readonly Grade[]): Grade {
  const last = grades[grades.length - 1];
  if (!last) throw new Error('combineSamples needs at least one grade');
  if (grades.length === 1) return last;
  const scores = grades.map((g) => g.score);
  const median = [...scores].sort((a, b) => a - b)[Math.floor(scores.length / 2)] as number;
  const chosen = grades.find((g) => g.score === median) ?? last;
  return { ...chosen, samples: scores, usage: last.usage };
}

interface ScoreSpread {
  /** "3, 3, 2" */
  text: string;
  count: number;
  uncertain: boolean;
}

/** The spread of a sampled grade, or null for a grade asked once. */
export function scoreSpread(grade: Pick<Grade, 'samples'>): ScoreSpread | null {
  const s = grade.samples;
  if (!s || s.length < 2) return null;
  return {
    text: s.join(', '),
    count: s.length,
    uncertain: Math.max(...s) - Math.min(...s) >= UNCERTAIN_SPREAD,
  };
}

/**
 * An answer with text aimed at the grader keeps at most what the rest of the section earns (the
 * offline grader's score with the flagged spans removed): a model that obeyed the injection gains nothing.
 */
export function capInjectedScore(grade: Grade, restScore: number): Grade {
  if (grade.score <= restScore) return grade;
  const note = `score capped at ${restScore} (from ${grade.score}): text aimed at the grader was found, so the section keeps only what the rest of it earns`;
  const flags = grade.flags.some((f) => f.kind === 'possible-injection')
    ? grade.flags.map((f) =>
        f.kind === 'possible-injection' ? { ...f, detail: `${note}; ${f.detail}`.slice(0, 500) } : f,
      )
    : [...grade.flags, { kind: 'possible-injection' as const, detail: note.slice(0, 500) }];
  return {
    ...grade,
    score: restScore,
    cappedFrom: grade.score,
    flags,
    reasoning: `${note[0]?.toUpperCase()}${note.slice(1)}. ${grade.reasoning}`.slice(0, 4000),
  };
}

/**
 * The grade with the key scrubbed from every text the endpoint wrote (a reply may echo the
 * Authorization header). Ids, section and rubric version come from our own content and stay as they are.
 */
export function scrubGradeText(grade: Grade, secret: string): Grade {
  const s = (t: string) => scrubSecret(t, secret);
  return {
    ...grade,
    grader: grade.grader.kind === 'llm' ? { ...grade.grader, model: s(grade.grader.model) } : grade.grader,
    criteria: grade.criteria.map((c) => ({ ...c, found: s(c.found), missing: s(c.missing) })),
    evidence: grade.evidence.map((e) => ({ ...e, quote: s(e.quote) })),
    reasoning: s(grade.reasoning),
    missing: grade.missing.map(s),
    nextStep: s(grade.nextStep),
    followUp: grade.followUp === null ? null : s(grade.followUp),
    flags: grade.flags.map((f) => ({ ...f, detail: s(f.detail) })),
  };
}
