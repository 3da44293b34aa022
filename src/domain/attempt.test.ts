import { describe, expect, it } from 'vitest';
import { hashText, newAttempt, sectionState, totalScore, wordCount, attemptStatus } from './attempt';
import { AttemptSchema } from './attempt-schema';
import type { Grade } from './grade-schema';
import { testGrade } from '../../tests/fixtures/grades';

const grade = (section: Grade['section'], score: number, text: string) =>
  testGrade(section, { score, answerHash: hashText(text) });

describe('attempt model', () => {
  it('a new attempt is valid against its own schema', () => {
    const a = newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: 1 });
    expect(AttemptSchema.parse(a)).toEqual(a);
    expect(a.clock).toEqual([{ kind: 'start', at: 1, section: 'task' }]);
  });

  it('counts words, not characters', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  p95 < 2 s, cost $0.01 per query.  ')).toBe(7);
    expect(wordCount('| a | b |\n| --- | --- |')).toBe(2);
  });

  it('tracks section state from text and grade hash', () => {
    const a = newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: 1 });
    expect(sectionState(a, 'task')).toBe('empty');
    a.answers.task.text = 'Users are lawyers.';
    expect(sectionState(a, 'task')).toBe('drafted');
    a.grades.task = grade('task', 2, 'Users are lawyers.');
    expect(sectionState(a, 'task')).toBe('graded');
    a.answers.task.text = 'Users are lawyers and paralegals.';
    expect(sectionState(a, 'task')).toBe('stale');
  });

  it('totals scores out of 44 and derives a status', () => {
    const a = newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: 1 });
    expect(attemptStatus(a)).toBe('in-progress');
    a.grades.task = grade('task', 3, '');
    a.grades.cost = grade('cost', 2, '');
    expect(totalScore(a)).toEqual({ score: 5, graded: 2, max: 44 });
    expect(attemptStatus(a)).toBe('partly-graded');
  });

  it('hashes deterministically and differently for different text', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
  });
});
