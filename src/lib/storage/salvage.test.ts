// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_CHARS, newAttempt } from '@/domain/attempt';
import { testGrade } from '../../../tests/fixtures/grades';
import { putBack, salvageAttempt } from './salvage';

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const attempt = newAttempt({ id: 'att-1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: T0 });

describe('salvageAttempt', () => {
  it('passes a valid attempt through untouched', () => {
    expect(salvageAttempt(attempt)).toEqual({ ok: true, value: attempt, setAside: [] });
  });

  it('sets aside each invalid part on its own and keeps everything else', () => {
    const record = {
      ...attempt,
      answers: {
        ...attempt.answers,
        task: { text: 'kept', updatedAt: T0 },
        data: { text: 'x'.repeat(MAX_ANSWER_CHARS + 1), updatedAt: T0 },
      },
      grades: { task: testGrade('task'), evals: { ...testGrade('evals'), score: 'high' } },
      provenance: { author: 42 },
      followUps: [
        {
          id: 'f1',
          section: 'evals',
          question: 'How big is the golden set?',
          source: 'prompt',
          answer: 'Four hundred questions.',
          askedAt: T0,
          answeredAt: T0 + 1,
          limitMs: 180_000,
          grade: { score: 9 },
        },
      ],
    };
    const result = salvageAttempt(record);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.setAside.map((p) => [p.path, p.label])).toEqual(
      expect.arrayContaining([
        ['answers.data', 'the Data sources answer'],
        ['grades.evals', 'the Evals grade'],
        ['provenance', 'the author and import details'],
        ['followUps.0.grade', 'the grade of follow-up 1'],
      ]),
    );
    expect(result.setAside).toHaveLength(4);
    expect(result.value.answers.task.text).toBe('kept');
    expect(result.value.answers.data).toEqual({ text: '', updatedAt: attempt.updatedAt });
    expect(result.value.grades).toEqual({ task: testGrade('task') });
    expect(result.value.followUps[0]?.answer).toBe('Four hundred questions.');
    expect(result.value.followUps[0]?.grade).toBeNull();
    const evals = result.setAside.find((p) => p.path === 'grades.evals');
    expect(evals?.value).toMatchObject({ score: 'high' });
    expect(evals?.reason).toMatch(/^The Evals grade could not be used: grades\.evals\.score: /);
  });

  it('still refuses a record whose core is damaged, naming the problem', () => {
    const result = salvageAttempt({ ...attempt, mode: { kind: 'karaoke' }, grades: { task: { score: 9 } } });
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Not a valid saved attempt: mode/),
    });
  });

  it('uses the replacement the caller supplies (the stored version) instead of a neutral value', () => {
    const stored = { source: 'flowchart LR\n  A --> B', updatedAt: T0 };
    const result = salvageAttempt({ ...attempt, diagram: { source: 7, updatedAt: T0 } }, (path) =>
      path.join('.') === 'diagram' ? stored : undefined,
    );
    expect(result.ok && result.value.diagram).toEqual(stored);
  });
});

describe('putBack', () => {
  it('fills an empty place and refuses one that holds newer work', () => {
    const grade = testGrade('evals');
    expect(putBack(attempt, 'grades.evals', grade)).toMatchObject({ grades: { evals: grade } });
    const graded = { ...attempt, grades: { evals: testGrade('evals', { score: 1 }) } };
    expect(putBack(graded, 'grades.evals', grade)).toBeNull();
    const written = { ...attempt, answers: { ...attempt.answers, task: { text: 'new', updatedAt: T0 } } };
    expect(putBack(written, 'answers.task', { text: 'old', updatedAt: T0 })).toBeNull();
    expect(putBack(attempt, 'answers.task', { text: 'old', updatedAt: T0 })).toMatchObject({
      answers: { task: { text: 'old' } },
    });
  });

  it('appends a list entry and ignores paths outside the settable parts', () => {
    expect(putBack(attempt, 'reviews.3', { id: 'r1' })).toMatchObject({ reviews: [{ id: 'r1' }] });
    expect(putBack(attempt, 'mode', { kind: 'practice' })).toBeNull();
  });
});
