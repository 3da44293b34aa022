import { describe, expect, it } from 'vitest';
import {
  attemptSections,
  attemptStatus,
  gradeHistoryOf,
  graderKind,
  hashText,
  latestGrade,
  newAttempt,
  sectionState,
  selfScoreForGrade,
  totalScore,
  withGradeRecorded,
  withSelfScore,
  wordCount,
} from './attempt';
import { drillMode } from './timer';
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

describe('attempt schema 2: grade history, self-scores, drills', () => {
  const base = () => {
    const a = newAttempt({ id: 'a1', promptId: 'p', promptTitle: 'P', now: 1 });
    return { ...a, answers: { ...a.answers, task: { text: 'first draft', updatedAt: 1 } } };
  };

  it('re-grading appends to the history and keeps the latest as the grade', () => {
    const first = testGrade('task', { score: 1, answerHash: hashText('first draft'), gradedAt: 10 });
    const second = testGrade('task', { score: 3, answerHash: hashText('second draft'), gradedAt: 20 });
    const once = withGradeRecorded(base(), first, 'first draft');
    const twice = withGradeRecorded(once, second, 'second draft');
    expect(latestGrade(twice, 'task')).toEqual(second);
    expect(gradeHistoryOf(twice, 'task')).toEqual([
      { text: 'first draft', grade: first },
      { text: 'second draft', grade: second },
    ]);
    expect(gradeHistoryOf(twice, 'data')).toEqual([]);
    expect(AttemptSchema.safeParse(twice).success).toBe(true);
  });

  it('does not append a repeat of the latest version, but keeps a different score for the same text', () => {
    const g = testGrade('task', { answerHash: hashText('first draft'), gradedAt: 10 });
    const once = withGradeRecorded(base(), g, 'first draft');
    const repeat = withGradeRecorded(once, { ...g, gradedAt: 11 }, 'first draft');
    expect(gradeHistoryOf(repeat, 'task')).toHaveLength(1);
    expect(latestGrade(repeat, 'task')?.gradedAt).toBe(11);
    const llm = { kind: 'llm' as const, model: 'm', endpoint: 'e' };
    const a = withGradeRecorded(once, { ...g, grader: llm, score: 2 }, 'first draft');
    const b = withGradeRecorded(a, { ...g, grader: llm, score: 3, gradedAt: 12 }, 'first draft');
    expect(gradeHistoryOf(b, 'task').map((v) => v.grade.score)).toEqual([3, 2, 3]);
  });

  it('keeps a self-score for the text it was given for', () => {
    const scored = withSelfScore(base(), 'task', 2, 5);
    expect(scored.selfScores.task).toEqual({ score: 2, at: 5, answerHash: hashText('first draft') });
    const sameText = testGrade('task', { answerHash: hashText('first draft') });
    const otherText = testGrade('task', { answerHash: hashText('a later draft') });
    expect(selfScoreForGrade(scored, sameText)?.score).toBe(2);
    expect(selfScoreForGrade(scored, otherText)).toBeUndefined();
  });

  it('tells offline and LLM grades apart', () => {
    expect(graderKind(testGrade('task'))).toBe('offline');
    expect(graderKind(testGrade('task', { grader: { kind: 'llm', model: 'm', endpoint: 'e' } }))).toBe('llm');
  });

  it('a drill asks only for its sections: it starts in the first, totals over them, is graded when they are', () => {
    const mode = drillMode(['evals', 'retrieval', 'evals'], 'old-attempt');
    expect(mode).toEqual({
      kind: 'drill',
      sections: ['retrieval', 'evals'],
      totalMs: 10 * 60_000,
      budgets: { retrieval: 5 * 60_000, evals: 5 * 60_000 },
      reviewOf: 'old-attempt',
    });
    const a = newAttempt({ id: 'd1', promptId: 'p', promptTitle: 'P', now: 1, mode });
    expect(AttemptSchema.safeParse(a).success).toBe(true);
    expect(a.currentSection).toBe('retrieval');
    expect(attemptSections(a)).toEqual(['retrieval', 'evals']);
    const graded = withGradeRecorded(
      withGradeRecorded(a, testGrade('retrieval', { score: 2 }), ''),
      testGrade('evals', { score: 3 }),
      '',
    );
    expect(totalScore(graded)).toEqual({ score: 5, graded: 2, max: 8 });
    expect(attemptStatus(graded)).toBe('graded');
    expect(drillMode(['task', 'data', 'model', 'evals']).sections).toEqual(['task', 'data', 'model']);
  });
});
