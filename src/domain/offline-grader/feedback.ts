// The words of a grade: per-criterion found/missing, the missing list, one next step, a follow-up
// question and a short reasoning. Plain sentences built from the features the score used.
import type { CriterionJudgement } from '../grade-schema';
import { SCORE_LABELS } from '../sections';
import type { Analysis } from './analyse';
import type { CompiledRubric } from './compiled-rubric';
import { weakestCriterion, type Blocker, type ScoreResult } from './score';
import { groupLabel, matchGroups } from './term-match';
import { indexText } from './text-index';

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 3).trimEnd()}...` : s);
const list = (xs: string[], max = 5) => xs.slice(0, max).join(', ') + (xs.length > max ? ', ...' : '');
/** "a, b or c": the first few items as a readable alternative. */
function either(xs: string[], max: number): string {
  const items = [...new Set(xs)].slice(0, max);
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

/** The per-criterion judgements shown under a grade. */
export function criterionJudgements(a: Analysis, rubric: CompiledRubric): CriterionJudgement[] {
  return rubric.criteria.map((c, i) => {
    const r = a.criteria[i]!;
    const hit = new Set(r.answerHits.map((h) => h.group));
    const found: string[] = [];
    if (r.answerHits.length)
      found.push(`mentions ${list([...new Set(r.answerHits.map((h) => `"${h.word}"`))])}`);
    if (r.concreteSentences.length)
      found.push(`${r.concreteSentences.length} concrete sentence(s) with a decision, number or reason`);
    if (r.diagramOnly.length)
      found.push(`diagram shows ${list([...new Set(r.diagramOnly.map((h) => `"${h.word}"`))])}`);
    const missing: string[] = [];
    if (r.verdict !== 'met') {
      if (r.answerHits.length < c.need) {
        const absent = c.groups.filter((_, g) => !hit.has(g)).map(groupLabel);
        missing.push(`Consider covering ${either(absent, 3)}.`);
      }
      if (!r.concreteSentences.length)
        missing.push('Make one point here concrete: a decision, a number or the reason for it.');
    }
    return {
      id: c.criterion.id,
      label: c.criterion.label,
      verdict: r.verdict,
      found: clip(found.join('; ') || 'nothing on this criterion', 600),
      missing: clip(missing.join(' '), 600),
    };
  });
}

function blockerText(b: Blocker, rubric: CompiledRubric): string {
  switch (b.kind) {
    case 'decisions':
      return 'Concrete decisions: say what you would use or do, not only what matters';
    case 'coverage': {
      const c = rubric.criteria[b.criterion]?.criterion;
      return c ? `${c.label}: ${c.description}` : 'More of the rubric criteria';
    }
    case 'numbers':
      return 'Numbers with units (volumes, sizes, latencies, costs or thresholds)';
    case 'tradeoff':
      return 'Trade-offs: why this choice over an alternative, and what it costs';
    case 'failure':
      return 'Failure handling: what happens when a step fails, times out or is unsure';
    case 'target':
      return 'A quantified target (for example "p95 < 2 s" or ">= 95% citation accuracy")';
    case 'ties':
      return 'Links to other sections (how this choice shows up in evals, latency, cost, safety...)';
  }
}

/** Everything still missing: unmet criteria first, then what blocks the next level. */
export function missingList(a: Analysis, rubric: CompiledRubric, s: ScoreResult): string[] {
  const out = rubric.criteria
    .filter((_, i) => a.criteria[i]!.verdict !== 'met')
    .map((c) => `${c.criterion.label}: ${c.criterion.description}`);
  for (const b of s.blockers) if (b.kind !== 'coverage') out.push(blockerText(b, rubric));
  return out.slice(0, 8).map((m) => clip(m, 600));
}

/** The reference note that best matches a criterion's concepts (or contains numbers, if asked). */
function pickReference(
  notes: readonly string[],
  rubric: CompiledRubric,
  criterion: number,
  wantNumbers: boolean,
): string | null {
  let best: string | null = null;
  let bestScore = -1;
  const groups = rubric.criteria[criterion]?.groups ?? rubric.criteria.flatMap((c) => c.groups);
  for (const note of notes) {
    const score = matchGroups(indexText(note), groups).length + (wantNumbers && /\d/.test(note) ? 5 : 0);
    if (score > bestScore) [best, bestScore] = [note, score];
  }
  return best;
}

const ACTIONS: Record<Blocker['kind'], string> = {
  decisions:
    'Turn the weakest point into a decision: name what you would use, with its size or setting, and why.',
  coverage: 'Add a few sentences on',
  numbers: 'Put numbers on your main choices: volumes, sizes, latencies, costs or thresholds, with units.',
  tradeoff:
    'Justify your main choice against the alternative you rejected ("X instead of Y because ..., at the cost of ...").',
  failure:
    'Say what happens when this part fails, times out or is unsure: the fallback, the retry or the escalation.',
  target: 'State a quantified target that would prove this part works (for example "p95 < 2 s" or ">= 95%").',
  ties: 'Connect this section to the others: what it means for evals, latency, cost or safety.',
};

interface NextStepInput {
  a: Analysis;
  rubric: CompiledRubric;
  s: ScoreResult;
  notes: readonly string[];
  empty: boolean;
  offSectionTitle: string | null;
}

/** One concrete action: the most valuable missing thing. */
export function nextStep({ a, rubric, s, notes, empty, offSectionTitle }: NextStepInput): string {
  const firstQuestion = rubric.guidingQuestions[0]?.text ?? '';
  if (empty) return clip(`Write four or five sentences that answer: "${firstQuestion}"`, 600);
  if (offSectionTitle) {
    return clip(
      `This reads like ${offSectionTitle}: move it there, and answer this section's question here: "${firstQuestion}"`,
      600,
    );
  }
  const b = s.blockers[0];
  if (!b)
    return 'Keep this standard: rehearse saying the riskiest assumption in this section, and how you would detect it failing, in under a minute.';
  const criterion = b.kind === 'coverage' ? b.criterion : weakestCriterion(a);
  const c = rubric.criteria[criterion]?.criterion;
  let action = ACTIONS[b.kind];
  if (b.kind === 'coverage' && c) action = `${ACTIONS.coverage} ${c.label.toLowerCase()}: ${c.description}`;
  if (b.kind === 'decisions' && c) {
    action = `Make a concrete decision on ${c.label.toLowerCase()}: name what you would use or do, with its size or setting, and why.`;
  }
  const ref = pickReference(
    notes,
    rubric,
    Math.max(0, criterion),
    b.kind === 'numbers' || b.kind === 'target',
  );
  return clip(ref ? `${action} For this prompt, a strong answer says, for example: "${ref}"` : action, 600);
}

const QUESTIONS: Partial<Record<Blocker['kind'], string>> = {
  numbers: 'Can you put numbers on this: the volumes, sizes, latencies or costs your choices imply?',
  tradeoff: 'What alternative did you consider and reject here, and what does your choice cost you?',
  failure:
    'Walk me through one concrete failure in this part of the system: how is it detected and what does the user see?',
  target: 'What number would tell you this part is working, and what target would you set before launch?',
  ties: 'How does this choice show up in your evals, latency and cost?',
};

/** A follow-up question aimed at the weakest point, or null when there is nothing to follow up. */
export function followUpQuestion(
  a: Analysis,
  rubric: CompiledRubric,
  s: ScoreResult,
  skip: boolean,
): string | null {
  if (skip || s.score >= 4) return null;
  const b = s.blockers.find((x) => x.kind !== 'coverage' && x.kind !== 'decisions');
  if (b && s.level >= 2 && QUESTIONS[b.kind]) return QUESTIONS[b.kind]!;
  const weakest = weakestCriterion(a);
  if (weakest < 0) return QUESTIONS[b?.kind ?? 'failure'] ?? null;
  const groups = rubric.criteria[weakest]!.groups;
  let best = rubric.guidingQuestions[0]?.text ?? null;
  let bestScore = -1;
  for (const q of rubric.guidingQuestions) {
    const score = matchGroups(q.index, groups).length;
    if (score > bestScore) [best, bestScore] = [q.text, score];
  }
  return best;
}

interface ReasoningInput {
  a: Analysis;
  rubric: CompiledRubric;
  s: ScoreResult;
  notes: string[];
  /** The quote that earned the most credit, or null. */
  strongest: string | null;
  /** The single change that would raise the score, with its example for this prompt. */
  nextStep: string;
}

/**
 * The score in plain sentences a candidate can act on: what is strong (quoted), what holds it back,
 * the one change that would raise it (with an example for this prompt), and any point lost or cap.
 */
export function reasoning({ a, rubric, s, notes, strongest, nextStep: step }: ReasoningInput): string {
  const parts = [`Score ${s.score} (${SCORE_LABELS[s.score]}).`];
  if (strongest) parts.push(`What works: "${strongest}"`);
  if (s.level === 0) parts.push("Nothing in it answers this section's rubric yet.");
  else if (s.level < 4 && s.blockers.length) {
    const next = SCORE_LABELS[s.level + 1];
    const missing = s.blockers.map((b) => blockerText(b, rubric).split(':')[0]!.toLowerCase());
    parts.push(`Not ${next} yet: missing ${missing.join('; ')}.`);
  }
  if (s.score < 4) parts.push(`The one change that would raise it: ${step}`);
  if (s.penalties.length && s.score < s.level) {
    parts.push(
      `The content alone reaches ${SCORE_LABELS[s.level]}; it lost a point for ${s.penalties.join('; ')}.`,
    );
  } else if (s.penalties.length) parts.push(`Noted: ${s.penalties.join('; ')}.`);
  if (a.restated) parts.push(`${a.restated} number(s) only restate the brief and were not counted.`);
  parts.push(...notes);
  return clip(parts.join(' '), 4000);
}
