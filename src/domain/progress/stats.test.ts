import { describe, expect, it } from 'vitest';
import { mockMode, endEvent, focusEvent, pauseEvent, resumeEvent } from '../timer';
import { DAY_MS } from './input';
import {
  NO_FILTER,
  graderKindsIn,
  practiceByWeek,
  promptTotals,
  sectionSeries,
  selfAgreement,
  weakestSections,
} from './stats';
import { attemptWith, grade, T0 } from './test-attempts';

const llm = { grader: { kind: 'llm' as const, model: 'gpt-x', endpoint: 'http://127.0.0.1' } };

describe('progress stats', () => {
  const first = attemptWith('a1', T0, { task: 1, retrieval: 2, evals: 0 });
  const second = attemptWith('a2', T0 + DAY_MS, { task: 3, retrieval: 2, evals: 2 });
  const third = attemptWith('a3', T0 + 2 * DAY_MS, { task: 4, retrieval: 3 });
  const other = {
    ...attemptWith('b1', T0 + 3 * DAY_MS, { task: 2 }),
    promptId: 'agent',
    promptTitle: 'Agent',
  };
  const all = [third, other, first, second];

  it('builds each section score over time, oldest first, and filters by prompt', () => {
    const s = sectionSeries(all, NO_FILTER);
    expect(s.task.map((p) => [p.attemptId, p.score])).toEqual([
      ['a1', 1],
      ['a2', 3],
      ['a3', 4],
      ['b1', 2],
    ]);
    expect(s.evals.map((p) => p.score)).toEqual([0, 2]);
    expect(sectionSeries(all, { ...NO_FILTER, promptId: 'agent' }).task.map((p) => p.attemptId)).toEqual([
      'b1',
    ]);
    expect(s.cost).toEqual([]);
  });

  it('ranks the weakest sections by mean score', () => {
    const w = weakestSections(sectionSeries(all, NO_FILTER));
    expect(w.map((x) => [x.section, x.mean, x.latest])).toEqual([
      ['evals', 1, 2],
      ['retrieval', 7 / 3, 3],
      ['task', 2.5, 2],
    ]);
  });

  it('gives per prompt the best and the latest totals', () => {
    const rows = promptTotals(all);
    expect(rows.map((r) => r.promptId)).toEqual(['agent', 'legal-rag']);
    const legal = rows[1]!;
    expect(legal.attempts).toBe(3);
    expect(legal.best).toMatchObject({ attemptId: 'a3', score: 7, graded: 2 });
    expect(legal.latest).toMatchObject({ attemptId: 'a3', score: 7 });
    const ungradedLater = attemptWith('a4', T0 + 5 * DAY_MS, {});
    expect(promptTotals([...all, ungradedLater])[0]).toMatchObject({
      promptId: 'legal-rag',
      attempts: 4,
      latest: { attemptId: 'a3' },
    });
  });

  it('keeps offline and LLM grades apart when asked, and says when both are present', () => {
    const withLlm = attemptWith('a5', T0 + 4 * DAY_MS, {});
    withLlm.grades = { task: grade('task', 2, T0 + 4 * DAY_MS, llm) };
    const s = sectionSeries([first, withLlm], NO_FILTER);
    expect(graderKindsIn(s)).toEqual(['offline', 'llm']);
    expect(
      sectionSeries([first, withLlm], { ...NO_FILTER, grader: 'llm' }).task.map((p) => p.attemptId),
    ).toEqual(['a5']);
    expect(graderKindsIn(sectionSeries([first], NO_FILTER))).toEqual(['offline']);
  });

  it('sums practice time per UTC week, pauses excluded', () => {
    const mock = attemptWith('m1', T0, {}, { mode: mockMode('standard', false) });
    mock.clock = [
      { kind: 'start', at: T0, section: 'task' },
      focusEvent(T0 + 10 * 60_000, 'data'),
      pauseEvent(T0 + 20 * 60_000),
      resumeEvent(T0 + 50 * 60_000),
      endEvent(T0 + 60 * 60_000, 'submitted'),
    ];
    const nextWeek = attemptWith('p1', T0 + 7 * DAY_MS, {});
    nextWeek.updatedAt = T0 + 7 * DAY_MS + 30 * 60_000;
    expect(practiceByWeek([nextWeek, mock])).toEqual([
      { weekStart: Date.UTC(2026, 10, 2), ms: 30 * 60_000, attempts: 1 },
      { weekStart: Date.UTC(2026, 10, 9), ms: 30 * 60_000, attempts: 1 },
    ]);
  });

  it('measures how often self-scores agree with the grader within one', () => {
    const a = attemptWith('s1', T0, { task: 3, data: 1, cost: 4 });
    a.selfScores = {
      task: { score: 3, at: T0, answerHash: '' },
      data: { score: 3, at: T0, answerHash: '' },
      cost: { score: 3, at: T0, answerHash: '' },
      evals: { score: 2, at: T0, answerHash: '' },
    };
    expect(selfAgreement([a])).toEqual({ pairs: 3, exact: 1, withinOne: 2 });
    // The grade of the same text wins over a later grade of edited text.
    a.gradeHistory = {
      data: [
        { text: 'old', grade: grade('data', 3, T0, { answerHash: 'h-old' }) },
        { text: 'new', grade: grade('data', 1, T0 + 5, { answerHash: 'h-new' }) },
      ],
    };
    a.selfScores.data = { score: 3, at: T0, answerHash: 'h-old' };
    expect(selfAgreement([a])).toEqual({ pairs: 3, exact: 2, withinOne: 3 });
  });
});

describe('attempts shared with you', () => {
  const shared = (id: string, at: number, scores: Parameters<typeof attemptWith>[2]) =>
    attemptWith(id, at, scores, {
      provenance: { author: 'Sam', importedFrom: 'file forged.json' },
      clock: [{ kind: 'start', at: at - 80 * 60 * 60_000, section: 'task' }],
    });

  it('never count towards totals, the chart, weakest sections, agreement or practice time', () => {
    const mine = attemptWith('mine', T0, { task: 1, data: 2 });
    const theirs = shared('theirs', T0 + 60_000, { task: 4, data: 4, evals: 0 });
    const all = [mine, theirs];
    expect(promptTotals(all)).toMatchObject([{ promptId: 'legal-rag', attempts: 1, best: { score: 3 } }]);
    const series = sectionSeries(all, NO_FILTER);
    expect(series.task.map((p) => p.attemptId)).toEqual(['mine']);
    expect(series.evals).toEqual([]);
    expect(weakestSections(series).map((s) => s.section)).not.toContain('evals');
    expect(practiceByWeek(all)).toEqual(practiceByWeek([mine]));
    expect(promptTotals([theirs])).toEqual([]);
    expect(practiceByWeek([theirs])).toEqual([]);
  });
});
