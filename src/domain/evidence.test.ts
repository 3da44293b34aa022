import { describe, expect, it } from 'vitest';
import { totalScore } from './attempt';
import {
  countsTowardTotal,
  normalizeForMatch,
  quoteStatus,
  unverifiedReason,
  verifyClause,
} from './evidence';
import type { Grade } from './grade-schema';

const TEXT = 'We use agents with tools to triage every ticket, and a **human approves** refunds over $200.';

describe('verifyClause: evidence must be a real clause of the answer', () => {
  it('accepts a clause of four or more whole words, modulo case and emphasis', () => {
    expect(verifyClause('we use agents with tools', TEXT)).toBe(true);
    expect(verifyClause('a human approves refunds over $200.', TEXT)).toBe(true);
  });
  it('rejects fragments and text cut mid-word', () => {
    expect(verifyClause('We use', TEXT)).toBe(false);
    expect(verifyClause('agents', TEXT)).toBe(false);
    expect(verifyClause('se agents with tools', TEXT)).toBe(false);
    expect(verifyClause('agents with tools to tri', TEXT)).toBe(false);
    expect(verifyClause('agents with robots to triage', TEXT)).toBe(false);
  });
});

const TABLE = [
  '| Goal | Target |',
  '| --- | --- |',
  '| Verified citations | >= 95% |',
  '| **p95 latency** | < 2 s |',
  '',
  '> We cache every retrieval result for ten minutes.',
].join('\n');

describe('quoteStatus: a quote in the answer that is too short is not "not found"', () => {
  it('tells a table row copied character for character apart from text that is not there', () => {
    expect(quoteStatus('| Verified citations | >= 95% |', TABLE)).toBe('too-short');
    expect(quoteStatus('Verified citations >= 95%', TABLE)).toBe('too-short');
    expect(quoteStatus('Verified citations >= 99%', TABLE)).toBe('not-found');
    expect(quoteStatus('We use', TEXT)).toBe('too-short');
    expect(quoteStatus('agents', TEXT)).toBe('too-short');
    expect(quoteStatus('se agents with tools', TEXT)).toBe('not-found');
  });
  it('folds table pipes, ">" quotes and ** emphasis on both sides', () => {
    expect(normalizeForMatch('| **p95 latency** | < 2 s |')).toBe('p95 latency < 2 s');
    expect(quoteStatus('p95 latency < 2 s', TABLE)).toBe('verified');
    expect(quoteStatus('| **p95 latency** | < 2 s |', 'p95 latency < 2 s')).toBe('verified');
    expect(quoteStatus('We cache every retrieval result', TABLE)).toBe('verified');
    expect(quoteStatus('> We cache **every** retrieval result', TABLE)).toBe('verified');
    expect(quoteStatus('Goal | Target | Verified citations', TABLE)).toBe('not-found');
    expect(quoteStatus('≥ 95%', 'Verified citations >= 95%')).toBe('too-short');
  });
  it('unverifiedReason checks every text the quote may come from', () => {
    expect(unverifiedReason('| Verified citations | >= 95% |', ['other section', TABLE])).toBe('too-short');
    expect(unverifiedReason('We use', ['other section'])).toBe('not-found');
  });
});

const grade = (over: Partial<Grade>): Grade => ({
  section: 'task',
  score: 4,
  rubricVersion: '1',
  grader: { kind: 'llm', model: 'm', endpoint: 'e' },
  criteria: [],
  evidence: [],
  reasoning: '',
  missing: [],
  nextStep: '',
  followUp: null,
  flags: [],
  answerHash: 'h',
  gradedAt: 0,
  usage: null,
  ...over,
});

describe('countsTowardTotal', () => {
  it('drops an LLM grade whose evidence is all unverified, or that credits without quoting', () => {
    expect(countsTowardTotal(grade({ evidence: [{ quote: 'We use', verified: false }] }))).toBe(false);
    expect(countsTowardTotal(grade({ evidence: [] }))).toBe(false);
    expect(
      countsTowardTotal(
        grade({
          evidence: [
            { quote: 'x', verified: false },
            { quote: 'y', verified: true },
          ],
        }),
      ),
    ).toBe(true);
    expect(countsTowardTotal(grade({ score: 0 }))).toBe(true);
    expect(countsTowardTotal(grade({ grader: { kind: 'offline', version: '1' } }))).toBe(true);
  });

  it('totalScore leaves such a grade out of the score and the graded count', () => {
    const total = totalScore({
      grades: {
        task: grade({ evidence: [{ quote: 'We use', verified: false }] }),
        data: grade({ section: 'data', score: 2, evidence: [{ quote: 'q', verified: true }] }),
      },
    });
    expect(total).toMatchObject({ score: 2, graded: 1 });
  });
});
