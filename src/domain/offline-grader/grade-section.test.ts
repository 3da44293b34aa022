import { describe, expect, it } from 'vitest';
import {
  SPECIFIC_NOTES,
  SPECIFIC_RETRIEVAL,
  TEST_RUBRICS,
  gradeWith,
  testPrompt,
  withoutShownText,
} from '../../../tests/fixtures/offline-grading';
import { hashText } from '../attempt';
import { verifyQuote } from '../evidence';
import { GradeSchema, flagNames } from '../grade-schema';
import { SECTION_IDS } from '../sections';
import { OFFLINE_GRADER_VERSION } from './grade-section';

const rubrics = TEST_RUBRICS;
const PROMPT = testPrompt(SPECIFIC_NOTES);
const NOW = 1_750_000_000_000;
const grade = gradeWith(PROMPT, NOW);

const VAGUE_RETRIEVAL_SENTENCES = [
  'Retrieval is a critical part of any modern AI system and we take it very seriously.',
  'We will leverage a state-of-the-art, cutting-edge retrieval approach that is robust and scalable.',
  'The retrieval layer will be seamless and intelligent, so the model always has relevant context.',
  'Our retrieval will follow industry best practices to find the right documents for every question.',
  'Great retrieval leads to great answers, and great answers lead to happy and productive users.',
  'The system will use embeddings and a vector database, which are powerful modern technologies.',
  'Retrieval quality will be continuously improved over time as we learn more from our users.',
  'We will make sure retrieval is robust to many different kinds of queries and phrasings.',
  'Semantic search is a game-changing capability that unlocks the value of company knowledge.',
  'The vector database will handle scale effortlessly as the amount of content grows over time.',
  'Our holistic approach to search brings together the best ideas from information retrieval.',
  'Relevance is what matters most, so we will focus on delivering highly relevant results.',
  'The search experience will feel magical and intuitive for everyone who relies on it daily.',
  'We believe that knowledge should be easy to find, and retrieval makes that vision real.',
  'An innovative, AI-powered retrieval engine will transform how teams discover information.',
  'Documents of all kinds will be searchable through a unified, enterprise-grade platform.',
  'With the right retrieval strategy, hallucinations become far less of a concern overall.',
  'We will harness the latest advances in embeddings to deliver world-class relevance.',
  'Flexible and powerful retrieval lets the assistant answer a very wide range of questions.',
  'Retrieval will be tuned carefully so that it works well across all of our content sources.',
  'The architecture is future-proof, so new search techniques can be adopted as they appear.',
  'Everything will be optimised end to end for quality, reliability and a delightful experience.',
  'We will keep iterating on retrieval until it is excellent for every user and every query.',
  'In summary, retrieval will be scalable, robust and seamless, powered by modern AI.',
];

describe('gradeSectionOffline: the Grade object', () => {
  it('fills every field and parses with GradeSchema', () => {
    const g = grade('retrieval', SPECIFIC_RETRIEVAL);
    expect(() => GradeSchema.parse(g)).not.toThrow();
    expect(g.grader).toEqual({ kind: 'offline', version: OFFLINE_GRADER_VERSION });
    expect(g).toMatchObject({
      section: 'retrieval',
      rubricVersion: rubrics.retrieval.version,
      usage: null,
      gradedAt: NOW,
    });
    expect(g.answerHash).toBe(hashText(SPECIFIC_RETRIEVAL));
    expect(g.criteria.map((c) => c.id)).toEqual(rubrics.retrieval.criteria.map((c) => c.id));
    expect(g.nextStep.length).toBeGreaterThan(10);
  });

  it('is deterministic', () => {
    expect(grade('retrieval', SPECIFIC_RETRIEVAL)).toEqual(grade('retrieval', SPECIFIC_RETRIEVAL));
  });
});

describe('gradeSectionOffline: empty answers', () => {
  for (const text of ['', '   \n\n ', 'Support agents.', 'TBD later maybe']) {
    it(`scores ${JSON.stringify(text)} 0 with an empty flag`, () => {
      const g = grade('task', text);
      expect(g.score).toBe(0);
      expect(flagNames(g)).toContain('empty');
      expect(g.evidence).toEqual([]);
      expect(g.followUp).toBeNull();
      expect(g.nextStep).toContain(rubrics.task.guidingQuestions[0]!);
    });
  }
});

describe('gradeSectionOffline: content, not length', () => {
  it('scores a short specific section with decisions, numbers and trade-offs at least 3', () => {
    const g = grade('retrieval', SPECIFIC_RETRIEVAL);
    expect(g.score).toBeGreaterThanOrEqual(3);
    expect(g.flags).toEqual([]);
    expect(g.criteria.filter((c) => c.verdict === 'met').length).toBeGreaterThanOrEqual(3);
  });

  it('scores a long vague buzzword section (3x and 6x the words) lower, and flags padding', () => {
    const vague = VAGUE_RETRIEVAL_SENTENCES.join(' ');
    expect(vague.split(/\s+/).length).toBeGreaterThanOrEqual(2.5 * SPECIFIC_RETRIEVAL.split(/\s+/).length);
    const long = `${vague}\n\n${vague.split('. ').reverse().join('. ')}`;
    expect(long.split(/\s+/).length).toBeGreaterThanOrEqual(5 * SPECIFIC_RETRIEVAL.split(/\s+/).length);
    for (const text of [vague, long]) {
      const g = grade('retrieval', text);
      expect(g.score).toBeLessThan(grade('retrieval', SPECIFIC_RETRIEVAL).score);
      expect(g.score).toBeLessThanOrEqual(1);
      expect(flagNames(g)).toContain('padding');
    }
  });

  it('does not reward repeating a specific answer', () => {
    const once = grade('retrieval', SPECIFIC_RETRIEVAL);
    const eight = grade('retrieval', Array.from({ length: 8 }, () => SPECIFIC_RETRIEVAL).join('\n\n'));
    expect(eight.score).toBeLessThanOrEqual(once.score);
    expect(flagNames(eight)).toContain('padding');
  });

  it('orders weak < adequate < strong on the same topic', () => {
    const weak = grade('evals', "We'll test it and check the outputs look good.");
    const adequate = grade(
      'evals',
      'We build a golden set from past tickets and grade answers with an LLM judge using a rubric. We also run regression tests when the prompt changes and collect thumbs up and down from users.',
    );
    const strong = grade(
      'evals',
      'A golden set of 300 past tickets labelled by senior agents, plus 40 adversarial cases. An LLM judge scores faithfulness with a rubric because human review of every change would take days; we check it against human labels on 100 cases. Every prompt or model change runs in CI and must keep faithfulness at or above 0.9.',
    );
    expect([weak.score, adequate.score, strong.score]).toEqual([1, 2, 3]);
  });

  it("scores each rubric's own Strong example at least 3 and its Weak example at most 1, as the candidate's own words", () => {
    for (const id of SECTION_IDS) {
      const body = rubrics[id].body;
      const strong = /\*\*Strong:\*\* "([\s\S]*?)"\n/.exec(body)?.[1] ?? '';
      const weak = /\*\*Weak:\*\* "([\s\S]*?)"/.exec(body)?.[1] ?? '';
      const own = { rubric: withoutShownText(rubrics[id]) };
      expect(grade(id, strong, own).score, `${id} strong`).toBeGreaterThanOrEqual(3);
      expect(grade(id, weak, own).score, `${id} weak`).toBeLessThanOrEqual(1);
    }
  });

  it("gives a rubric's own Strong example, pasted back, nothing and says it was copied from the rubric", () => {
    for (const id of SECTION_IDS) {
      const strong = /\*\*Strong:\*\* "([\s\S]*?)"\n/.exec(rubrics[id].body)?.[1] ?? '';
      const g = grade(id, strong);
      expect(g.score, id).toBeLessThanOrEqual(1);
      expect(
        g.flags.map((f) => f.kind),
        id,
      ).toContain('copied-rubric');
    }
  });

  it('names what is missing and one next step drawn from the reference notes', () => {
    const g = grade(
      'retrieval',
      "We chunk the documents by heading and embed them with an OpenAI embedding model. We store the vectors in pgvector and use hybrid search with BM25. A cross-encoder reranks the results. We filter by the user's permissions and show citations next to the answer.",
    );
    expect(g.score).toBe(2);
    expect(g.reasoning).toMatch(/Not Strong yet: missing numbers/);
    expect(g.missing.join(' ')).toMatch(/Numbers with units/);
    expect(g.nextStep).toMatch(/Put numbers on/);
    expect(g.nextStep).toContain(PROMPT.reference.retrieval[1]);
    expect(g.followUp).toMatch(/numbers/);
  });
});

describe('gradeSectionOffline: evidence', () => {
  it('quotes 1-4 exact sentences of the answer that earned credit, even for a superficial answer', () => {
    for (const text of [
      SPECIFIC_RETRIEVAL,
      'We will use RAG with a vector database to find relevant documents for the model.',
    ]) {
      const g = grade('retrieval', text);
      expect(g.score).toBeGreaterThanOrEqual(1);
      expect(g.evidence.length).toBeGreaterThanOrEqual(1);
      expect(g.evidence.length).toBeLessThanOrEqual(4);
      for (const e of g.evidence) {
        expect(e.verified).toBe(true);
        expect(verifyQuote(e.quote, text)).toBe(true);
      }
    }
  });
});
