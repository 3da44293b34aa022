import { hashText } from '../attempt';
import type { Rubric } from '../content-schema';
import { MIN_QUOTE_WORDS, unverifiedReason, verifyClause } from '../evidence';
import type { CriterionJudgement, Evidence, Flag, Grade, Usage } from '../grade-schema';
import type { SectionId } from '../sections';
import type { GradeReply } from './reply-schema';

export interface ReplyContext {
  section: SectionId;
  /** The section's text as the candidate wrote it. */
  text: string;
  /** Every section and the diagram, for quotes the model took from elsewhere in the answer. */
  wholeAnswer: string;
  rubric: Rubric;
  model: string;
  endpoint: string;
  usage: Usage | null;
  /** What detectInjection found in the section text. */
  injection: { detected: boolean; reasons: string[] };
  now: number;
}

const CAPPED_AT_ONE: ReadonlySet<Flag['kind']> = new Set(['off-prompt', 'term-salad']);

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function judgeCriteria(reply: GradeReply, rubric: Rubric): CriterionJudgement[] {
  return rubric.criteria.map((c) => {
    const j =
      reply.criteria.find((x) => norm(x.id) === norm(c.id)) ??
      reply.criteria.find((x) => norm(x.id) === norm(c.label));
    if (!j)
      return {
        id: c.id,
        label: c.label,
        verdict: 'missing',
        found: '',
        missing: 'The grader did not judge this criterion.',
      };
    return {
      id: c.id,
      label: c.label,
      verdict: j.verdict,
      found: clip(j.found, 600),
      missing: clip(j.missing, 600),
    };
  });
}

function addFlag(flags: Flag[], kind: Flag['kind'], detail: string): void {
  const existing = flags.find((f) => f.kind === kind);
  if (existing) existing.detail = clip(`${existing.detail}; ${detail}`, 500);
  else flags.push({ kind, detail: clip(detail, 500) });
}

const passages = (n: number) => (n === 1 ? '1 is' : `${n} are`);

/**
 * Flags a grade whose quotes are all unusable: a score resting on invented text (or on a few words) is
 * not trusted. Quotes that are in the answer but too short are told apart from quotes that are not in it.
 */
function evidenceFlag(evidence: Evidence[], score: number, texts: readonly string[]): string | null {
  if (evidence.length > 0 && evidence.every((e) => !e.verified)) {
    const short = evidence.filter((e) => unverifiedReason(e.quote, texts) === 'too-short').length;
    const absent = evidence.length - short;
    const why = [
      short > 0 &&
        `${passages(short)} in the answer but too short to count (fewer than ${MIN_QUOTE_WORDS} words)`,
      absent > 0 && `${passages(absent)} not found in the answer`,
    ]
      .filter(Boolean)
      .join(' and ');
    return `none of the ${evidence.length} quoted passages counts as evidence: ${why}. A grade must rest on a clause of at least ${MIN_QUOTE_WORDS} whole words from the answer, so this one is not counted in the total`;
  }
  if (evidence.length === 0 && score > 0)
    return 'the grader gave credit without quoting the answer, so the score is not counted in the total';
  return null;
}

/** Turns a schema-valid reply into a Grade: quotes checked against the answer, criteria mapped to the rubric, flags added. */
export function gradeFromReply(reply: GradeReply, ctx: ReplyContext): Grade {
  const evidence: Evidence[] = reply.evidence
    .map((q) => q.trim())
    .filter(Boolean)
    .slice(0, 8)
    .map((quote) => ({
      quote: clip(quote, 1200),
      verified: verifyClause(quote, ctx.text) || verifyClause(quote, ctx.wholeAnswer),
    }));
  const flags: Flag[] = [];
  for (const f of reply.flags) addFlag(flags, f.kind, f.detail.trim() || 'raised by the grader');
  if (ctx.injection.detected) {
    addFlag(
      flags,
      'possible-injection',
      `the section contains ${ctx.injection.reasons.join('; ') || 'text aimed at the grader'}`,
    );
  }
  const unverified = evidenceFlag(evidence, reply.score, [ctx.text, ctx.wholeAnswer]);
  if (unverified) addFlag(flags, 'unverified-evidence', unverified);
  // The instructions cap these at 1; a model that flags them and still scores higher is held to it.
  const capped = flags.some((f) => CAPPED_AT_ONE.has(f.kind)) ? Math.min(reply.score, 1) : reply.score;
  return {
    section: ctx.section,
    score: capped,
    rubricVersion: ctx.rubric.version,
    grader: { kind: 'llm', model: ctx.model, endpoint: ctx.endpoint },
    criteria: judgeCriteria(reply, ctx.rubric),
    evidence,
    reasoning: clip(reply.reasoning.trim(), 4000),
    missing: reply.missing
      .map((m) => clip(m.trim(), 600))
      .filter(Boolean)
      .slice(0, 10),
    nextStep: clip(reply.nextStep.trim(), 600),
    followUp: reply.followUp?.trim() ? clip(reply.followUp.trim(), 600) : null,
    flags,
    answerHash: hashText(ctx.text),
    gradedAt: ctx.now,
    usage: ctx.usage,
  };
}

/** An empty section scores 0 without a request: there is nothing to send and nothing to pay for. */
export function emptySectionGrade(ctx: Omit<ReplyContext, 'usage' | 'injection' | 'wholeAnswer'>): Grade {
  return {
    section: ctx.section,
    score: 0,
    rubricVersion: ctx.rubric.version,
    grader: { kind: 'llm', model: ctx.model, endpoint: ctx.endpoint },
    criteria: ctx.rubric.criteria.map((c) => ({
      id: c.id,
      label: c.label,
      verdict: 'missing',
      found: '',
      missing: c.description,
    })),
    evidence: [],
    reasoning: 'The section is empty, so nothing can be credited. It was not sent to the model.',
    missing: ctx.rubric.criteria.map((c) => c.label),
    nextStep: `Write this section. Start with: ${ctx.rubric.guidingQuestions[0] ?? ctx.rubric.title}`,
    followUp: null,
    flags: [{ kind: 'empty', detail: 'no text in this section' }],
    answerHash: hashText(ctx.text),
    gradedAt: ctx.now,
    usage: null,
  };
}
