import { describe, expect, it } from 'vitest';
import { parseContent } from '../content-parse';
import { flagNames } from '../grade-schema';
import type { SectionGradeInput } from '../grading';
import { SECTION_IDS, type SectionId } from '../sections';
import { withoutShownText } from '../../../tests/fixtures/offline-grading';
import { gradeSectionOffline } from './grade-section';

const files = import.meta.glob('/rubrics/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const { rubrics } = parseContent(
  {},
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v])),
);

const BRIEF =
  'Design an assistant for 1,800 support agents that drafts cited replies to tickets from Confluence and Zendesk. About 40,000 tickets a day; 6 s p95; $20,000 a month; GDPR.';
const PROMPT: SectionGradeInput['prompt'] = {
  id: 'support-assistant',
  title: 'Support knowledge assistant',
  body: BRIEF,
  reference: Object.fromEntries(
    SECTION_IDS.map((id) => [id, []]),
  ) as unknown as SectionGradeInput['prompt']['reference'],
};

function grade(section: SectionId, text: string, extra: Partial<SectionGradeInput> = {}) {
  return gradeSectionOffline({
    section,
    text,
    rubric: rubrics[section],
    prompt: PROMPT,
    allAnswers: {},
    diagram: '',
    now: 0,
    ...extra,
  });
}

const strongExample = (id: SectionId) => /\*\*Strong:\*\* "([\s\S]*?)"\n/.exec(rubrics[id].body)?.[1] ?? '';

/** About 250 words of on-topic vocabulary with no choice, number or reason of its own. */
function longVague(id: SectionId): string {
  const topic = rubrics[id].title.toLowerCase();
  const names = rubrics[id].criteria.map((c) => c.label.toLowerCase());
  return [
    `${rubrics[id].title} is a critical part of any modern AI system and we take it very seriously.`,
    ...names.map((n) => `We will make sure that ${n} is handled properly, continuously and appropriately.`),
    `There are several options for ${topic}, each with its own pros and cons, and we could consider all of them.`,
    `We might explore various approaches to ${topic} and pick the right one when we are ready.`,
    `Our holistic, state-of-the-art approach to ${topic} will be robust, scalable and seamless.`,
    ...names.map((n) => `Getting ${n} right is essential, so we will keep a close eye on it.`),
    `In summary, ${topic} will follow industry best practices and deliver great results for everyone.`,
  ].join(' ');
}

describe('length never earns points', () => {
  for (const id of SECTION_IDS) {
    it(`${id}: ~250 vague words score at most 1 and below the rubric's short Strong example`, () => {
      const vague = longVague(id);
      const strong = strongExample(id);
      expect(vague.split(/\s+/).length).toBeGreaterThan(2 * strong.split(/\s+/).length);
      const v = grade(id, vague);
      expect(v.score, id).toBeLessThanOrEqual(1);
      expect(v.score, id).toBeLessThan(grade(id, strong, { rubric: withoutShownText(rubrics[id]) }).score);
    });
  }

  it('scores options listed with "could" and no choice at most 1', () => {
    const options =
      'We could chunk by heading or by fixed size, and we might use pgvector or Pinecone or Elasticsearch. ' +
      'Option A is BM25 only, which is simple; option B is hybrid search, which could be better but is more complex. ' +
      'We could also consider a cross-encoder reranker, or maybe not, depending on latency. ' +
      'Each option has pros and cons, so we would explore them with the team before deciding.';
    expect(grade('retrieval', options).score).toBeLessThanOrEqual(1);
  });

  it("does not credit numbers and names restated from the brief ('stay under 6 s')", () => {
    const restated =
      "We'll stream the answer and cache things to stay under 6 s p95 for the 1,800 agents and their 40,000 tickets a day.";
    const g = grade('latency', restated);
    expect(g.score).toBeLessThanOrEqual(1);
    expect(g.reasoning).toMatch(/\d number\(s\) only restate the brief and were not counted/);
  });
});

describe('each level includes the one below', () => {
  const NO_REASONS =
    'Drafts use gpt-4.1-mini with a 2 s timeout; on timeout we fall back to a template reply. ' +
    'Target: p95 under 3 s and fallback share below 5% per day, alerted in Monitoring. ' +
    'The eval set (Evals) and the cost per ticket (Cost) are re-checked at each model change.';

  it('never gives 4 to failure modes, targets and ties without a reason or trade-off', () => {
    const g = grade('model', NO_REASONS);
    expect(g.score).toBeLessThanOrEqual(3);
    expect(g.reasoning).toMatch(/trade-offs/i);
  });

  it('gives 4 when the same answer also says why', () => {
    const why = `${NO_REASONS} We chose the mini model over gpt-4.1 because it scored within 1 point on faithfulness at a fifth of the cost.`;
    expect(grade('model', why).score).toBe(4);
  });
});

describe('the section filed under is the one graded', () => {
  const RETRIEVAL =
    'Chunks of 400 tokens split on headings, hybrid BM25 plus pgvector for the top 50, a cross-encoder reranks to the top 8 because error codes need exact match, and ACL filters run inside the query.';

  it('caps a retrieval design filed under latency at 0 and flags it', () => {
    const g = grade('latency', RETRIEVAL);
    expect(g.score).toBe(0);
    expect(flagNames(g)).toContain('off-section');
  });

  it('compares against the other rubrics when it has them', () => {
    const rollout = 'Pilot with two support teams of about 40 agents for 6 weeks, then expand team by team.';
    expect(grade('safety', `${rollout} Feature flags per team.`, { rubrics }).score).toBeLessThanOrEqual(1);
  });
});
