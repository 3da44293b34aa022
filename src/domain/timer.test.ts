import { describe, expect, it } from 'vitest';
import type { ClockEvent, Mode } from './attempt';
import { SECTION_IDS } from './sections';
import {
  applyClockEvent,
  canPause,
  clockState,
  defaultBudgets,
  endEvent,
  focusEvent,
  mockMode,
  MOCK_PRESETS,
  pauseEvent,
  reallocateBudget,
  resumeEvent,
  startEvent,
  timeUpAt,
  type Budgets,
} from './timer';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const at = (minutes: number) => T0 + minutes * MIN;
const sum = (b: Budgets) => Object.values(b).reduce((s, v) => s + v, 0);
const practice: Mode = { kind: 'practice' };
const mock = mockMode('standard', false);
const strict = mockMode('standard', true);
const START = startEvent(at(0), 'task');

/** Applies events in order, failing the test on a refusal. */
function play(mode: Mode, ...events: ClockEvent[]): ClockEvent[] {
  return events.reduce<ClockEvent[]>((clock, e) => {
    const next = applyClockEvent(mode, clock, e);
    if (typeof next === 'string') throw new Error(next);
    return next;
  }, []);
}

describe('budgets', () => {
  it('has the three presets', () => {
    expect(MOCK_PRESETS.standard.totalMs).toBe(45 * MIN);
    expect(MOCK_PRESETS.speed.totalMs).toBe(30 * MIN);
    expect(MOCK_PRESETS['deep-dive'].totalMs).toBe(60 * MIN);
  });

  it('splits a total into integer ms that sum exactly, weighted toward the core sections', () => {
    for (const total of [45 * MIN, 30 * MIN, 1_234_567, 7, 0]) {
      const b = defaultBudgets(total);
      expect(Object.keys(b)).toEqual([...SECTION_IDS]);
      expect(sum(b)).toBe(total);
      expect(Object.values(b).every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
    }
    const b = defaultBudgets(45 * MIN);
    expect(b.retrieval).toBe(5.4 * MIN);
    expect(b.retrieval).toBeGreaterThan(b.task);
    expect(b.cost).toBeLessThan(b.task);
    expect(b.rollout).toBeLessThan(b.task);
  });

  it('reallocates one section and rebalances the others proportionally', () => {
    const total = 45 * MIN;
    const b = reallocateBudget(defaultBudgets(total), 'retrieval', 10 * MIN, total);
    expect(b.retrieval).toBe(10 * MIN);
    expect(sum(b)).toBe(total);
    expect(b.model).toBeGreaterThan(b.task);
    // Whole seconds, so mm:ss shows budgets exactly: proportions hold to within a second.
    expect(Math.abs(b.model - 1.5 * b.task)).toBeLessThanOrEqual(1000);
    expect(Object.values(b).every((ms) => ms % 1000 === 0)).toBe(true);
  });

  it('clamps a reallocation to [0, total] and never goes negative', () => {
    const total = 30 * MIN;
    const all = reallocateBudget(defaultBudgets(total), 'model', 99 * MIN, total);
    expect(all.model).toBe(total);
    expect(sum(all)).toBe(total);
    const back = reallocateBudget(all, 'model', 3 * MIN + 0.4, total);
    expect(back.model).toBe(3 * MIN);
    expect(sum(back)).toBe(total);
    expect(Object.values(back).every((v) => v >= 0)).toBe(true);
    expect(reallocateBudget(back, 'cost', -5, total).cost).toBe(0);
  });

  it('builds mock modes from presets and custom lengths', () => {
    expect(mockMode('speed', true)).toMatchObject({
      kind: 'mock',
      preset: 'speed',
      totalMs: 30 * MIN,
      strict: true,
    });
    const custom = mockMode({ customMinutes: 20 }, false);
    expect(custom).toMatchObject({ preset: 'custom', totalMs: 20 * MIN });
    expect(sum(custom.budgets)).toBe(20 * MIN);
    expect(mockMode({ customMinutes: 0 }, false).totalMs).toBe(1 * MIN);
    expect(mockMode({ customMinutes: 1000 }, false).totalMs).toBe(180 * MIN);
  });
});

describe('clockState', () => {
  it('counts practice time with no limit', () => {
    const s = clockState(practice, play(practice, START), at(90));
    expect(s).toMatchObject({ elapsedMs: 90 * MIN, remainingMs: null, timeUp: false, warnings: [] });
    expect(s.sectionRemainingMs).toBeNull();
  });

  it('excludes paused time', () => {
    const clock = play(mock, START, pauseEvent(at(10)), resumeEvent(at(40)));
    const s = clockState(mock, clock, at(45));
    expect(s).toMatchObject({ elapsedMs: 15 * MIN, remainingMs: 30 * MIN, paused: false });
  });

  it('gives the same answer when recomputed from the same events after a reload', () => {
    const clock = play(mock, START, focusEvent(at(3), 'data'), pauseEvent(at(5)), resumeEvent(at(7)));
    const restored = JSON.parse(JSON.stringify(clock)) as ClockEvent[];
    expect(clockState(mock, restored, at(12))).toEqual(clockState(mock, clock, at(12)));
    expect(clockState(mock, restored, at(12)).elapsedMs).toBe(10 * MIN);
  });

  it('loses no time during a long sleep while paused', () => {
    const clock = play(mock, START, pauseEvent(at(20)));
    const s = clockState(mock, clock, at(8 * 60));
    expect(s).toMatchObject({ paused: true, elapsedMs: 20 * MIN, remainingMs: 25 * MIN, timeUp: false });
    expect(timeUpAt(mock, clock)).toBeNull();
  });

  it('splits time across sections from focus events', () => {
    const clock = play(
      mock,
      START,
      focusEvent(at(2), 'data'),
      focusEvent(at(5), 'retrieval'),
      pauseEvent(at(6)),
      focusEvent(at(7), 'task'),
      focusEvent(at(8), 'retrieval'),
    );
    const s = clockState(mock, clock, at(10));
    expect(s.perSectionMs).toMatchObject({ task: 2 * MIN, data: 3 * MIN, retrieval: 1 * MIN, model: 0 });
    expect(s.currentSection).toBe('retrieval');
    expect(s.sectionRemainingMs).toBe(mock.budgets.retrieval - 1 * MIN);
    expect(clockState(mock, clock, at(300)).sectionRemainingMs).toBe(mock.budgets.retrieval - 1 * MIN);
  });

  it('goes negative on the section budget when a section runs over', () => {
    const s = clockState(mock, play(mock, START), at(10));
    expect(s.sectionRemainingMs).toBe(mock.budgets.task - 10 * MIN);
    expect(s.sectionRemainingMs).toBeLessThan(0);
  });

  it('warns at 5 and 1 minute left', () => {
    const clock = play(mock, START);
    expect(clockState(mock, clock, at(40) - 1).warnings).toEqual([]);
    expect(clockState(mock, clock, at(40)).warnings).toEqual(['5min']);
    expect(clockState(mock, clock, at(44)).warnings).toEqual(['5min', '1min']);
    const short = mockMode({ customMinutes: 5 }, false);
    expect(clockState(short, play(short, START), at(0)).warnings).toEqual([]);
    expect(clockState(short, play(short, START), at(4)).warnings).toEqual(['1min']);
  });

  it('clamps remaining time at 0 when time is up', () => {
    const s = clockState(mock, play(mock, START), at(200));
    expect(s).toMatchObject({ remainingMs: 0, timeUp: true, elapsedMs: 200 * MIN });
    const hard = clockState(strict, play(strict, START), at(200));
    expect(hard).toMatchObject({ remainingMs: 0, timeUp: true, elapsedMs: 45 * MIN });
    expect(hard.perSectionMs.task).toBe(45 * MIN);
  });

  it('stops at the end event', () => {
    const clock = play(mock, START, endEvent(at(30), 'submitted'));
    expect(clockState(mock, clock, at(60))).toMatchObject({
      ended: true,
      elapsedMs: 30 * MIN,
      endReason: 'submitted',
    });
    expect(timeUpAt(mock, clock)).toBeNull();
  });
});

describe('applyClockEvent', () => {
  it('refuses to pause in strict mode', () => {
    expect(canPause(strict)).toBe(false);
    expect(canPause(mock)).toBe(true);
    expect(applyClockEvent(strict, play(strict, START), pauseEvent(at(1)))).toMatch(/strict/);
  });

  it('refuses a second pause, a stray resume, a second start and events before start', () => {
    const paused = play(mock, START, pauseEvent(at(1)));
    expect(applyClockEvent(mock, paused, pauseEvent(at(2)))).toMatch(/already paused/);
    expect(applyClockEvent(mock, play(mock, START), resumeEvent(at(2)))).toMatch(/not paused/);
    expect(applyClockEvent(mock, paused, startEvent(at(2), 'task'))).toMatch(/already started/);
    expect(applyClockEvent(mock, [], focusEvent(at(2), 'data'))).toMatch(/not started/);
  });

  it('refuses events after the end', () => {
    const ended = play(mock, START, endEvent(at(5), 'submitted'));
    for (const e of [
      focusEvent(at(6), 'data'),
      pauseEvent(at(6)),
      resumeEvent(at(6)),
      endEvent(at(6), 'submitted'),
    ]) {
      expect(applyClockEvent(mock, ended, e)).toMatch(/ended/);
    }
  });

  it('treats focus on the current section as a no-op', () => {
    const clock = play(mock, START);
    expect(applyClockEvent(mock, clock, focusEvent(at(1), 'task'))).toBe(clock);
  });

  it('accepts only the end event once strict time is up', () => {
    const clock = play(strict, START);
    expect(applyClockEvent(strict, clock, focusEvent(at(50), 'data'))).toBe('Time is up.');
    expect(applyClockEvent(strict, clock, endEvent(at(50), 'time-up'))).toHaveLength(2);
  });

  it('never records an event earlier than the last one', () => {
    const clock = play(mock, startEvent(at(10), 'task'), pauseEvent(at(5)));
    expect(clock[1]?.at).toBe(at(10));
  });
});

describe('timeUpAt', () => {
  it('is the last event plus the remaining time while running', () => {
    const clock = play(mock, START, pauseEvent(at(10)), resumeEvent(at(20)));
    expect(timeUpAt(mock, clock)).toBe(at(55));
    expect(clockState(mock, clock, at(55)).timeUp).toBe(true);
    expect(clockState(mock, clock, at(55) - 1).timeUp).toBe(false);
    expect(timeUpAt(practice, play(practice, START))).toBeNull();
  });
});
