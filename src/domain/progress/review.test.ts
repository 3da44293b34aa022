import { describe, expect, it } from 'vitest';
import { DAY_MS } from './input';
import { drillGroups, dueLabel, reviewSchedule } from './review';
import { attemptWith, grade, T0 } from './test-attempts';

const G = T0 + 60_000; // when attemptWith grades

describe('reviewSchedule', () => {
  it('brings a weak section back after 1, 3, 7 and 14 days, then every 14', () => {
    const a = attemptWith('a1', T0, { retrieval: 2, task: 3 });
    expect(reviewSchedule([a], G + DAY_MS - 1)).toMatchObject({
      due: [],
      upcoming: [{ section: 'retrieval', round: 1 }],
    });
    expect(reviewSchedule([a], G + DAY_MS).due).toMatchObject([
      { section: 'retrieval', round: 1, dueAt: G + DAY_MS, attemptId: 'a1', lastScore: 2 },
    ]);
    // Reviewed on day 1 and still weak: the next round is day 3 from the first weak grade.
    const r1 = attemptWith('a2', G + DAY_MS, { retrieval: 1 });
    const s = reviewSchedule([a, r1], G + 2 * DAY_MS);
    expect(s.due).toEqual([]);
    expect(s.upcoming).toMatchObject([
      { section: 'retrieval', round: 2, dueAt: G + 3 * DAY_MS, lastScore: 1, attemptId: 'a2' },
    ]);
    const r2 = attemptWith('a3', G + 3 * DAY_MS, { retrieval: 2 });
    const r3 = attemptWith('a4', G + 7 * DAY_MS, { retrieval: 2 });
    expect(reviewSchedule([a, r1, r2, r3], G + 8 * DAY_MS).upcoming[0]).toMatchObject({
      round: 4,
      dueAt: G + 14 * DAY_MS,
    });
    const r4 = attemptWith('a5', G + 14 * DAY_MS, { retrieval: 2 });
    expect(reviewSchedule([a, r1, r2, r3, r4], G + 15 * DAY_MS).upcoming[0]).toMatchObject({
      round: 5,
      dueAt: G + 28 * DAY_MS,
    });
  });

  it('drops a section once it scores 3 or more, and restarts the schedule if it falls again', () => {
    const a = attemptWith('a1', T0, { evals: 1 });
    const fixed = attemptWith('a2', T0 + 2 * DAY_MS, { evals: 3 });
    expect(reviewSchedule([a, fixed], T0 + 30 * DAY_MS)).toEqual({ due: [], upcoming: [] });
    const fell = attemptWith('a3', T0 + 10 * DAY_MS, { evals: 2 });
    const s = reviewSchedule([a, fixed, fell], T0 + 10 * DAY_MS + 60_000);
    expect(s.upcoming).toMatchObject([{ section: 'evals', round: 1, dueAt: T0 + 11 * DAY_MS + 60_000 }]);
  });

  it('reads the grade history, not only the latest grade, and keeps prompts apart', () => {
    const a = attemptWith('a1', T0, { cost: 3 });
    a.gradeHistory = {
      cost: [
        { text: 'v1', grade: grade('cost', 0, T0) },
        { text: 'v2', grade: grade('cost', 3, T0 + 5 * DAY_MS) },
      ],
    };
    expect(reviewSchedule([a], T0 + 6 * DAY_MS).due).toEqual([]);
    const other = {
      ...attemptWith('b1', T0, { cost: 1 }),
      promptId: 'support-agent',
      promptTitle: 'Support agent',
    };
    expect(reviewSchedule([a, other], T0 + 2 * DAY_MS).due).toMatchObject([
      { promptId: 'support-agent', section: 'cost' },
    ]);
  });

  it('orders due items most overdue first, then lowest score', () => {
    const old = attemptWith('a1', T0, { model: 2 });
    const newer = attemptWith('a2', T0 + DAY_MS, { task: 0, data: 2 });
    const s = reviewSchedule([old, newer], T0 + 5 * DAY_MS);
    expect(s.due.map((d) => d.section)).toEqual(['model', 'task', 'data']);
  });
});

describe('dueLabel', () => {
  it('speaks in whole days', () => {
    expect(dueLabel(T0, T0)).toBe('due today');
    expect(dueLabel(T0, T0 + 3 * DAY_MS + 5)).toBe('3 days overdue');
    expect(dueLabel(T0 + 5, T0)).toBe('due within a day');
    expect(dueLabel(T0 + 2 * DAY_MS + 5, T0)).toBe('due in 3 days');
  });
});

describe('drillGroups', () => {
  it('offers the two or three weakest due sections of a prompt as one drill', () => {
    const a = attemptWith('a1', T0, { task: 2, data: 0, evals: 1, cost: 2, rollout: 3 });
    const single = { ...attemptWith('b1', T0, { cost: 1 }), promptId: 'agent', promptTitle: 'Agent' };
    const { due } = reviewSchedule([a, single], T0 + 2 * DAY_MS);
    expect(drillGroups(due)).toEqual([
      {
        promptId: 'legal-rag',
        promptTitle: 'Legal RAG',
        sections: ['data', 'evals', 'task'],
        attemptId: 'a1',
      },
    ]);
  });
});

describe('reviewSchedule and shared attempts', () => {
  it('puts no section of an attempt shared with you on your review list', () => {
    const theirs = attemptWith(
      'theirs',
      T0,
      { retrieval: 0, evals: 1 },
      {
        provenance: { author: 'Sam', importedFrom: 'file forged.json' },
      },
    );
    const mine = attemptWith('mine', T0, { task: 2 });
    const s = reviewSchedule([theirs, mine], G + 30 * DAY_MS);
    expect(s.due.map((d) => d.attemptId)).toEqual(['mine']);
    expect(s.upcoming).toEqual([]);
  });
});
