import { describe, expect, it } from 'vitest';
import { parseContent } from '@/domain/content-parse';
import { TEST_RUBRICS, gradeWith } from '../../../tests/fixtures/offline-grading';
import { flagNames } from '../grade-schema';
import type { SectionGradeInput } from '../grading';
import { SECTION_IDS } from '../sections';
import { fitsAnotherPrompt, promptFit } from './relevance';
import { indexText } from './text-index';

const files = import.meta.glob('/prompts/*.md', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const { prompts } = parseContent(
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v])),
  {},
);
const byId = (id: string) => {
  const p = prompts.find((x) => x.id === id);
  if (!p) throw new Error(`no built-in prompt ${id}`);
  return p;
};
const othersThan = (id: string) => prompts.filter((p) => p.id !== id);

/** A strong retrieval answer written for the legal-documents prompt (clauses, matters, ethical walls). */
const LEGAL_RETRIEVAL =
  'We chunk every agreement by clause and section, keeping the clause number, the heading path and the page and paragraph anchors, because a fixed window would cut a liability cap off from its proviso. Search is hybrid: BM25 for defined terms, party names and clause numbers, dense vectors for paraphrases, fused and reranked by a cross-encoder over the top 50 down to 8 passages, which adds about 300 ms of the 8 s budget. The matter ACL and the ethical walls are filters inside the index query, before ranking, so a walled document is never a candidate. Executed versions are boosted over drafts and the latest amendment over superseded ones. If the best reranker score is under 0.3 we answer that no supporting document was found in the matters the lawyer can open. Recall@10 of the supporting paragraph is measured on 300 lawyer-written questions, target 90%.';

/** A strong safety answer written for the email-agent prompt (senders, returns, bank details). */
const EMAIL_SAFETY =
  'Every email is attacker-controlled input, so tool arguments never come from the email text: the customer account comes from the verified sender (SPF and DKIM pass and the domain matches the CRM account), and an order number in the email is accepted only if that account owns it. The return limit lives in code: create_return refuses anything above EUR 500 or an order of another account, whatever the model drafts. Requests to change bank details, prices or credit terms trip a classifier and go to a service rep with no draft, because that is the classic invoice fraud. Email bodies stay in logs for 30 days under GDPR, then only metadata is kept.';

describe('off-prompt: a strong answer written for another built-in prompt', () => {
  it('scores well and is not flagged under its own prompt', () => {
    const g = gradeWith(byId('legal-rag'))('retrieval', LEGAL_RETRIEVAL, {
      rubrics: TEST_RUBRICS,
      otherPrompts: othersThan('legal-rag'),
    });
    expect(flagNames(g)).not.toContain('off-prompt');
    expect(g.score).toBeGreaterThanOrEqual(3);
  });

  it('is capped at 1 and flagged, naming the prompt it fits, when filed under another prompt', () => {
    const email = byId('ai-email-agent');
    const g = gradeWith(email)('retrieval', LEGAL_RETRIEVAL, {
      rubrics: TEST_RUBRICS,
      otherPrompts: othersThan(email.id),
    });
    expect(g.score).toBeLessThanOrEqual(1);
    const flag = g.flags.find((f) => f.kind === 'off-prompt');
    expect(flag?.detail).toContain(byId('legal-rag').title);
    expect(flag?.detail).toContain(email.title);
    expect(g.reasoning).toContain(`not about ${email.title}`);
  });

  it('catches a second pair (an email safety answer filed under the knowledge-assistant prompt)', () => {
    const target = byId('internal-knowledge-assistant');
    const own = gradeWith(byId('ai-email-agent'))('safety', EMAIL_SAFETY, {
      rubrics: TEST_RUBRICS,
      otherPrompts: othersThan('ai-email-agent'),
    });
    const misfiled = gradeWith(target)('safety', EMAIL_SAFETY, {
      rubrics: TEST_RUBRICS,
      otherPrompts: othersThan(target.id),
    });
    expect(flagNames(own)).not.toContain('off-prompt');
    expect(own.score).toBeGreaterThanOrEqual(2);
    expect(flagNames(misfiled)).toContain('off-prompt');
    expect(misfiled.score).toBeLessThanOrEqual(1);
  });
});

describe('promptFit: relevance to this prompt against the other known prompts', () => {
  it('weighs words few prompts use, so shared design vocabulary does not decide', () => {
    const fit = promptFit(indexText(LEGAL_RETRIEVAL), byId('ai-email-agent'), prompts, TEST_RUBRICS);
    expect(fit.bestTitle).toBe(byId('legal-rag').title);
    expect(fit.best).toBeGreaterThan(2 * fit.own);
    expect(fit.examples.length).toBeGreaterThan(0);
    expect(fitsAnotherPrompt(fit)).toBe(true);
  });

  it('does not flag generic design prose that names no system', () => {
    const generic =
      'We use hybrid search with a reranker over the top 50 candidates, keep 8 passages, and measure recall@10 on a labelled set with a 90% target; when the top score is low we refuse and escalate.';
    const fit = promptFit(indexText(generic), byId('ai-email-agent'), prompts, TEST_RUBRICS);
    expect(fitsAnotherPrompt(fit)).toBe(false);
  });

  it('leaves the relative test off for a prompt with only generic notes (too little material to compare)', () => {
    const thin: SectionGradeInput['prompt'] = {
      id: 'contracts-qa',
      title: 'Answer questions over contracts',
      body: 'Design an assistant that answers questions about agreements with citations.',
      reference: Object.fromEntries(
        SECTION_IDS.map((id) => [id, [`A strong ${id} answer makes concrete decisions with numbers.`]]),
      ) as unknown as SectionGradeInput['prompt']['reference'],
    };
    const fit = promptFit(indexText(LEGAL_RETRIEVAL), thin, prompts, TEST_RUBRICS);
    expect(fit.comparable).toBe(false);
    const g = gradeWith(thin)('retrieval', LEGAL_RETRIEVAL, { rubrics: TEST_RUBRICS, otherPrompts: prompts });
    expect(flagNames(g)).not.toContain('off-prompt');
    expect(g.score).toBeGreaterThanOrEqual(3);
  });

  it('leaves the relative test off for a prompt without reference notes (only its title and brief)', () => {
    const bare: SectionGradeInput['prompt'] = {
      id: 'contracts-search',
      title: 'Search across a law firm’s contracts',
      body: 'Lawyers ask where a clause is and get the page.',
      reference: Object.fromEntries(
        SECTION_IDS.map((id) => [id, []]),
      ) as unknown as SectionGradeInput['prompt']['reference'],
    };
    const g = gradeWith(bare)('retrieval', LEGAL_RETRIEVAL, { rubrics: TEST_RUBRICS, otherPrompts: prompts });
    expect(flagNames(g)).not.toContain('off-prompt');
    expect(g.score).toBeGreaterThanOrEqual(3);
  });
});
