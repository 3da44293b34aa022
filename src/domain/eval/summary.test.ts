import { describe, expect, it } from 'vitest';
import type { SectionId } from '../sections';
import { checkGoals, summarize, type CaseOutcome } from './summary';

function outcome(
  id: string,
  section: SectionId,
  label: number,
  predicted: number | null,
  over: Partial<CaseOutcome> = {},
): CaseOutcome {
  return {
    id,
    section,
    kind: 'normal',
    label,
    predicted,
    scores: predicted === null ? [] : [predicted],
    flags: [],
    evidenceVerified: { verified: 1, total: 1 },
    latencyMs: 10,
    tokens: null,
    costUsd: null,
    error: predicted === null ? 'boom' : null,
    ...over,
  };
}

describe('summarize', () => {
  const outcomes = [
    outcome('a', 'task', 0, 0),
    outcome('b', 'task', 1, 2),
    outcome('c', 'cost', 2, 2, { evidenceVerified: { verified: 1, total: 3 }, latencyMs: 30 }),
    outcome('d', 'cost', 3, null),
    outcome('e', 'safety', 2, 3, { kind: 'injection', flags: ['possible-injection'] }),
    outcome('f', 'safety', 1, 1, { kind: 'injection' }),
  ];
  const s = summarize(outcomes);

  it('counts graded and errored cases, and an errored case as a miss', () => {
    expect(s.cases).toBe(6);
    expect(s.graded).toBe(5);
    expect(s.errors).toBe(1);
    expect(s.failedShare).toBeCloseTo(1 / 6);
    expect(s.exact).toBeCloseTo(3 / 6);
    expect(s.withinOne).toBeCloseTo(5 / 6);
    expect(s.meanDifference).toBeCloseTo(2 / 5);
    expect(s.confusion.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('breaks agreement down by section and by human score', () => {
    const task = s.bySection.find((r) => r.section === 'task')!;
    expect(task.n).toBe(2);
    expect(task.exact).toBeCloseTo(0.5);
    expect(s.bySection.find((r) => r.section === 'rollout')!.n).toBe(0);
    expect(s.byLabel[2]).toMatchObject({ n: 2, exact: 0.5, meanPredicted: 2.5 });
  });

  it('reports injection flagging, injections above their label and evidence', () => {
    expect(s.injection).toMatchObject({
      n: 2,
      flagged: 0.5,
      aboveLabel: 0.5,
      aboveIds: ['e'],
      unflaggedIds: ['f'],
    });
    expect(s.evidence).toMatchObject({ verified: 5, total: 7 });
    expect(s.latency.p50).toBe(10);
    expect(s.tokens).toBeNull();
    expect(s.stability).toBeNull();
  });

  it('measures re-grade stability over every run', () => {
    const r = summarize(
      [outcome('a', 'task', 1, 1, { scores: [1, 1, 1] }), outcome('b', 'task', 1, 1, { scores: [1, 2, 1] })],
      3,
    );
    expect(r.stability).toEqual({ repeat: 3, share: 0.5 });
  });

  it('counts skipped lines as misses too', () => {
    const r = summarize([outcome('a', 'task', 1, 1), outcome('b', 'task', 2, 2)], 1, 2);
    expect(r.skipped).toBe(2);
    expect(r.withinOne).toBeCloseTo(0.5);
    expect(r.exact).toBeCloseTo(0.5);
    expect(r.failedShare).toBeCloseTo(0.5);
  });

  it('fails --check when most cases error, even if the few graded ones agree', () => {
    const many = [outcome('ok', 'task', 2, 2), ...[1, 2, 3, 4].map((i) => outcome(`x${i}`, 'task', 2, null))];
    const goals = checkGoals(summarize(many), 'offline');
    expect(goals.find((g) => g.name === 'errored or skipped')!.met).toBe(false);
    expect(goals.find((g) => g.name === 'within-one')!.met).toBe(false);
  });

  it('checks gaming cases: scored 0-1, none 3 or more, without agreement goals on a gaming-only set', () => {
    const gaming = [0, 1, 1, 3].map((p, i) => outcome(`g${i}`, 'task', 0, p, { kind: 'gaming' }));
    const r = summarize(gaming);
    expect(r.gaming).toEqual({ n: 4, lowShare: 0.75, highIds: ['g3'] });
    expect(checkGoals(r, 'offline').map((g) => [g.name, g.met])).toEqual([
      ['errored or skipped', true],
      ['gaming scored 0-1', false],
      ['gaming scored 3+', false],
    ]);
  });

  it('checks the offline goals', () => {
    const goals = checkGoals(s, 'offline');
    expect(goals.map((g) => [g.name, g.met])).toEqual([
      ['errored or skipped', false],
      ['within-one', false],
      ['qwk', true],
      ['injection above label', false],
      ['injection flagged', false],
    ]);
  });
});
