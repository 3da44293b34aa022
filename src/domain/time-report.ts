import type { ClockEvent, Mode } from './attempt';
import { SECTION_IDS, type SectionId } from './sections';
import { apportion, clockState, timedLimits } from './timer';

interface TimeReportRow {
  section: SectionId;
  /** Whole seconds; the rows' spent seconds add up to the total's. */
  spentS: number;
  budgetS: number | null;
  /** budgetS - spentS: positive is time left unused, negative is over budget. */
  diffS: number | null;
}

interface TimeReport {
  rows: TimeReportRow[];
  total: Omit<TimeReportRow, 'section'>;
}

/**
 * Time spent per section against its budget, in whole seconds chosen so that every column adds up:
 * the spent seconds are the total's seconds split by largest remainder, and each difference is
 * budget minus spent as shown.
 */
export function timeReport(mode: Mode, clock: readonly ClockEvent[], now: number): TimeReport {
  const state = clockState(mode, clock, now);
  const limits = timedLimits(mode);
  const sections = mode.kind === 'drill' ? mode.sections : SECTION_IDS;
  const totalS = Math.round(state.elapsedMs / 1000);
  const weights = sections.map((s) => state.perSectionMs[s]);
  const spent = weights.some((w) => w > 0) ? apportion(totalS, weights) : sections.map(() => 0);
  const budgetS = limits ? Math.round(limits.totalMs / 1000) : null;
  // Budgets of old records may hold fractions of a second: split the total the same way as spent time.
  const budgets =
    limits && budgetS !== null
      ? apportion(
          budgetS,
          sections.map((s) => limits.budgets[s] ?? 0),
        )
      : null;
  const rows = sections.map((section, i) => {
    const spentS = spent[i] ?? 0;
    const rowBudget = budgets ? (budgets[i] ?? 0) : null;
    return { section, spentS, budgetS: rowBudget, diffS: rowBudget === null ? null : rowBudget - spentS };
  });
  return { rows, total: { spentS: totalS, budgetS, diffS: budgetS === null ? null : budgetS - totalS } };
}
