import { DRILL_MAX_SECTIONS, type ClockEvent, type DrillMode, type Mode } from './attempt';
import { SECTION_IDS, type SectionId } from './sections';

export type MockMode = Extract<Mode, { kind: 'mock' }>;
export type MockPreset = Exclude<MockMode['preset'], 'custom'>;
export type Budgets = Record<SectionId, number>;
export type ClockWarning = '5min' | '1min';
type EndReason = Extract<ClockEvent, { kind: 'end' }>['reason'];

const SECOND = 1000;
const MINUTE = 60_000;
const WARNING_MS: Record<ClockWarning, number> = { '5min': 5 * MINUTE, '1min': MINUTE };

/** The preset mock interviews and their length. */
export const MOCK_PRESETS: Record<MockPreset, { label: string; totalMs: number }> = {
  standard: { label: 'Standard', totalMs: 45 * MINUTE },
  speed: { label: 'Speed round', totalMs: 30 * MINUTE },
  'deep-dive': { label: 'Deep dive', totalMs: 60 * MINUTE },
};

/** Bounds for a custom mock length, in minutes. */
export const CUSTOM_MINUTES = { min: 1, max: 180 } as const;

const CORE: readonly SectionId[] = ['retrieval', 'model', 'workflow', 'evals'];
const LIGHT: readonly SectionId[] = ['cost', 'rollout'];
/** Relative share of each section in a default budget: 6 for the core of an AI design, 3 for cost and rollout, else 4. */
const SECTION_WEIGHTS = Object.fromEntries(
  SECTION_IDS.map((id) => [id, CORE.includes(id) ? 6 : LIGHT.includes(id) ? 3 : 4]),
) as Readonly<Budgets>;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** Splits an integer total in proportion to weights (largest remainder), so the parts sum exactly to it. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const positive = weights.some((w) => w > 0);
  const sum = positive ? weights.reduce((s, w) => s + w, 0) : weights.length;
  const exact = weights.map((w) => (total * (positive ? w : 1)) / sum);
  const floors = exact.map(Math.floor);
  const left = total - floors.reduce((s, p) => s + p, 0);
  const bonus = new Set(
    exact
      .map((x, i) => ({ frac: x - Math.floor(x), i }))
      .sort((a, b) => b.frac - a.frac || a.i - b.i)
      .slice(0, left)
      .map((r) => r.i),
  );
  return floors.map((p, i) => p + (bonus.has(i) ? 1 : 0));
}

const toBudgets = (ids: readonly SectionId[], parts: readonly number[], base: Partial<Budgets> = {}) =>
  ({ ...base, ...Object.fromEntries(ids.map((id, i) => [id, parts[i] ?? 0])) }) as Budgets;

/** Splits a total in proportion to weights; in whole seconds when the total is whole seconds, so mm:ss shows it exactly. */
function apportionTime(totalMs: number, weights: readonly number[]): number[] {
  if (totalMs % SECOND !== 0) return apportion(totalMs, weights);
  return apportion(totalMs / SECOND, weights).map((s) => s * SECOND);
}

/** Splits a total across the eleven sections by SECTION_WEIGHTS, in integer ms that sum exactly to it. */
export function defaultBudgets(totalMs: number): Budgets {
  const total = Math.max(0, Math.round(totalMs));
  return toBudgets(
    SECTION_IDS,
    apportionTime(
      total,
      SECTION_IDS.map((id) => SECTION_WEIGHTS[id]),
    ),
  );
}

/** Sets one section's budget and rescales the others proportionally so the sum stays totalMs. */
export function reallocateBudget(
  budgets: Budgets,
  section: SectionId,
  newMs: number,
  totalMs: number,
): Budgets {
  const fixed = clamp(Math.round(Number.isFinite(newMs) ? newMs : 0), 0, totalMs);
  const others = SECTION_IDS.filter((id) => id !== section);
  const current = others.map((id) => Math.max(0, budgets[id]));
  const weights = current.some((w) => w > 0) ? current : others.map((id) => SECTION_WEIGHTS[id]);
  return toBudgets(others, apportionTime(totalMs - fixed, weights), { [section]: fixed });
}

/** A mock mode from a preset or a custom length (clamped to CUSTOM_MINUTES), with default budgets. */
export function mockMode(choice: MockPreset | { customMinutes: number }, strict: boolean): MockMode {
  if (typeof choice === 'string') {
    const { totalMs } = MOCK_PRESETS[choice];
    return { kind: 'mock', preset: choice, totalMs, budgets: defaultBudgets(totalMs), strict };
  }
  const minutes = Math.round(choice.customMinutes) || CUSTOM_MINUTES.min;
  const totalMs = clamp(minutes, CUSTOM_MINUTES.min, CUSTOM_MINUTES.max) * MINUTE;
  return { kind: 'mock', preset: 'custom', totalMs, budgets: defaultBudgets(totalMs), strict };
}

/** Default time per drilled section. */
export const DRILL_MINUTES_PER_SECTION = 5;

/** A drill of one to three sections (duplicates dropped), each with the same budget. */
export function drillMode(
  sections: readonly SectionId[],
  reviewOf: string | null = null,
  perSectionMs: number = DRILL_MINUTES_PER_SECTION * MINUTE,
): DrillMode {
  const picked = SECTION_IDS.filter((id) => sections.includes(id)).slice(0, DRILL_MAX_SECTIONS);
  const drilled = picked.length ? picked : [SECTION_IDS[0]];
  const each = Math.max(SECOND, Math.round(perSectionMs / SECOND) * SECOND);
  return {
    kind: 'drill',
    sections: drilled,
    totalMs: each * drilled.length,
    budgets: Object.fromEntries(drilled.map((id) => [id, each])),
    reviewOf,
  };
}

/** The time limits of a timed mode (mock or drill); null for untimed practice. */
export function timedLimits(
  mode: Mode,
): { totalMs: number; budgets: Partial<Budgets>; strict: boolean } | null {
  if (mode.kind === 'mock') return { totalMs: mode.totalMs, budgets: mode.budgets, strict: mode.strict };
  if (mode.kind === 'drill') return { totalMs: mode.totalMs, budgets: mode.budgets, strict: false };
  return null;
}

/** False in a strict mock interview, where the clock cannot be paused. */
export function canPause(mode: Mode): boolean {
  return !(mode.kind === 'mock' && mode.strict);
}

/** A duration as m:ss (minutes not padded, seconds rounded to the nearest). */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.abs(ms) / SECOND);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Reads "m:ss", "m:s" or whole minutes "m" into ms; null when it is neither. */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  const match = /^(\d{1,3})(?::([0-5]?\d))?$/.exec(t);
  if (!match) return null;
  const minutes = Number(match[1]);
  const seconds = match[2] === undefined ? 0 : Number(match[2]);
  return (minutes * 60 + seconds) * SECOND;
}

interface ClockState {
  started: boolean;
  /** Running time so far, paused time excluded (a strict mock stops counting at its total). */
  elapsedMs: number;
  /** Mock only; never below 0. */
  remainingMs: number | null;
  paused: boolean;
  ended: boolean;
  endReason: EndReason | null;
  timeUp: boolean;
  currentSection: SectionId;
  perSectionMs: Budgets;
  /** Mock only: the current section's budget minus its time spent; negative when over budget. */
  sectionRemainingMs: number | null;
  /** Thresholds of remaining time crossed, from the larger down; a threshold counts only if the mock is longer. */
  warnings: ClockWarning[];
}

const crossedWarnings = (totalMs: number, remainingMs: number) =>
  (['5min', '1min'] as const).filter((w) => totalMs > WARNING_MS[w] && remainingMs <= WARNING_MS[w]);

/** The clock at `now`, replayed from its events; the same events give the same answer on every reload. */
export function clockState(mode: Mode, clock: readonly ClockEvent[], now: number): ClockState {
  const mock = timedLimits(mode);
  const limit = mock?.strict ? mock.totalMs : Infinity;
  const perSectionMs = defaultBudgets(0);
  let elapsedMs = 0;
  let [started, running, paused, ended] = [false, false, false, false];
  let endReason: EndReason | null = null;
  let section: SectionId = SECTION_IDS[0];
  let since = -Infinity;
  const accrue = (until: number) => {
    if (running) {
      const span = Math.min(Math.max(0, until - since), limit - elapsedMs);
      elapsedMs += span;
      perSectionMs[section] += span;
    }
    since = Math.max(since, until);
  };
  for (const e of clock) {
    if (ended) break;
    if (!started && e.kind !== 'start') continue;
    accrue(e.at);
    if (e.kind === 'start' && !started) [started, running, section] = [true, true, e.section];
    else if (e.kind === 'focus') section = e.section;
    else if (e.kind === 'pause' && running) [running, paused] = [false, true];
    else if (e.kind === 'resume' && paused) [running, paused] = [true, false];
    else if (e.kind === 'end') [running, paused, ended, endReason] = [false, false, true, e.reason];
  }
  accrue(now);
  const remainingMs = mock ? Math.max(0, mock.totalMs - elapsedMs) : null;
  const sectionBudget = mock?.budgets[section];
  return {
    started,
    elapsedMs,
    remainingMs,
    paused,
    ended,
    endReason,
    timeUp: mock !== null && (remainingMs === 0 || endReason === 'time-up'),
    currentSection: section,
    perSectionMs,
    sectionRemainingMs: sectionBudget === undefined ? null : sectionBudget - perSectionMs[section],
    warnings: mock && started ? crossedWarnings(mock.totalMs, mock.totalMs - elapsedMs) : [],
  };
}

const lastAt = (clock: readonly ClockEvent[]) => clock.reduce((m, e) => Math.max(m, e.at), -Infinity);

/** When a running mock runs out of time (to back-date a late 'time-up' end event); null if paused, ended or practice. */
export function timeUpAt(mode: Mode, clock: readonly ClockEvent[]): number | null {
  if (!timedLimits(mode) || clock.length === 0) return null;
  const at = lastAt(clock);
  const s = clockState(mode, clock, at);
  if (!s.started || s.paused || s.ended || s.remainingMs === null) return null;
  return at + s.remainingMs;
}

/** Starts the clock in a section. */
export const startEvent = (at: number, section: SectionId): ClockEvent => ({ kind: 'start', at, section });
/** Moves the clock to another section. */
export const focusEvent = (at: number, section: SectionId): ClockEvent => ({ kind: 'focus', at, section });
/** Pauses the clock. */
export const pauseEvent = (at: number): ClockEvent => ({ kind: 'pause', at });
/** Resumes a paused clock. */
export const resumeEvent = (at: number): ClockEvent => ({ kind: 'resume', at });
/** Ends the attempt, submitted by the candidate or because time ran out. */
export const endEvent = (at: number, reason: EndReason): ClockEvent => ({ kind: 'end', at, reason });

/** Appends a valid event (its time never earlier than the last one) or says why not; a same-section focus returns `clock` itself. */
export function applyClockEvent(mode: Mode, clock: ClockEvent[], event: ClockEvent): ClockEvent[] | string {
  const e: ClockEvent = { ...event, at: Math.max(event.at, lastAt(clock)) };
  const s = clockState(mode, clock, e.at);
  if (e.kind === 'start') return s.started ? 'The clock has already started.' : [...clock, e];
  if (!s.started) return 'The clock has not started.';
  if (s.ended) return 'The attempt has ended.';
  if (e.kind === 'end') return [...clock, e];
  if (!canPause(mode) && s.timeUp) return 'Time is up.';
  if (e.kind === 'focus') return e.section === s.currentSection ? clock : [...clock, e];
  if (e.kind === 'pause') {
    if (!canPause(mode)) return 'Pausing is off in a strict mock interview.';
    return s.paused ? 'The clock is already paused.' : [...clock, e];
  }
  return s.paused ? [...clock, e] : 'The clock is not paused.';
}
