import { describe, expect, it } from 'vitest';
import { newAttempt, type Attempt } from '@/domain/attempt';
import { scoreRows } from '@/domain/pack/review-compare';
import { attemptFromShared, sharedFromAttempt } from '@/domain/pack/shared-attempt';
import { testGrade } from '../../fixtures/grades';

function attempt(): Attempt {
  const a = newAttempt({ id: 'a1', promptId: 'legal-rag', promptTitle: 'Legal RAG', now: 1000 });
  return {
    ...a,
    answers: { ...a.answers, task: { text: 'Lawyers find clauses fast.', updatedAt: 1000 } },
    selfScores: {
      task: { score: 3, at: 1100, answerHash: 'x' },
      data: { score: 2, at: 1100, answerHash: 'y' },
    },
    grades: { task: testGrade('task', { score: 1 }), data: testGrade('data', { score: 2 }) },
    reviews: [
      {
        id: 'r1',
        reviewer: 'Ben',
        createdAt: 2000,
        overall: 'Good start',
        sections: {
          task: { score: 3, notes: 'Clear users', checked: [] },
          data: { score: 3, notes: '', checked: [] },
        },
      },
    ],
  };
}

describe('self, partner and grader side by side', () => {
  it('marks sections where two scores differ by 2 or more', () => {
    const rows = scoreRows(attempt());
    expect(rows[0]).toMatchObject({ section: 'task', self: 3, grader: 1, spread: 2, disagree: true });
    expect(rows[0]!.partners).toEqual([{ reviewer: 'Ben', score: 3, notes: 'Clear users' }]);
    expect(rows[1]).toMatchObject({ section: 'data', self: 2, grader: 2, spread: 1, disagree: false });
    expect(rows[2]).toMatchObject({
      section: 'retrieval',
      self: null,
      grader: null,
      spread: 0,
      disagree: false,
    });
  });
});

describe('a shared attempt', () => {
  it('travels without clock, settings or revision and comes back as an imported record', () => {
    const shared = sharedFromAttempt(attempt(), { includeGrades: false, author: 'Ada' });
    expect(Object.keys(shared).sort()).toEqual([
      'answers',
      'author',
      'createdAt',
      'diagram',
      'id',
      'promptId',
      'promptTitle',
    ]);
    const withGrades = sharedFromAttempt(attempt(), { includeGrades: true, author: 'Ada' });
    expect(withGrades.grades?.task?.score).toBe(1);
    const back = attemptFromShared(withGrades, 'link', 5000);
    expect(back).toMatchObject({
      id: 'a1',
      provenance: { author: 'Ada', importedFrom: 'link', importedAt: 5000 },
    });
    expect(back.answers.task.text).toBe('Lawyers find clauses fast.');
    expect(back.gradeHistory.task?.[0]?.grade.score).toBe(1);
    expect(back.selfScores.task?.score).toBe(3);
    expect(back.reviews).toEqual([]);
  });
});
