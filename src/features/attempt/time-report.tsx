import { formatClock, useNow } from '@/components/countdown';
import type { Attempt } from '@/domain/attempt';
import { SECTIONS } from '@/domain/sections';
import { clockState } from '@/domain/timer';
import './mock.css';

export interface TimeReportProps {
  attempt: Pick<Attempt, 'mode' | 'clock'>;
  /** Fixed time for tests; an attempt still running otherwise follows the wall clock. */
  now?: number;
}

export function TimeReport({ attempt, now: fixedNow }: TimeReportProps) {
  const ended = attempt.clock.some((e) => e.kind === 'end');
  const ticking = useNow(ended ? 60_000 : 1000);
  const state = clockState(attempt.mode, attempt.clock, fixedNow ?? ticking);
  const budgets = attempt.mode.kind === 'mock' ? attempt.mode.budgets : null;
  const totalMs = attempt.mode.kind === 'mock' ? attempt.mode.totalMs : null;
  const overTotal = totalMs !== null && state.elapsedMs > totalMs;

  return (
    <table className="time-report">
      <caption>Time spent per section{budgets ? ' against its budget' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Spent</th>
          {budgets && (
            <>
              <th scope="col">Budget</th>
              <th scope="col">Difference</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {SECTIONS.map((s) => {
          const spent = state.perSectionMs[s.id];
          const budget = budgets?.[s.id] ?? null;
          const over = budget !== null && spent > budget;
          return (
            <tr key={s.id} className={over ? 'time-report__over' : undefined}>
              <th scope="row">{s.title}</th>
              <td>{formatClock(spent)}</td>
              {budget !== null && (
                <>
                  <td>{formatClock(budget)}</td>
                  <td className="time-report__diff">
                    {over
                      ? `${formatClock(spent - budget)} over budget`
                      : `${formatClock(budget - spent)} under`}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr className={overTotal ? 'time-report__over' : undefined}>
          <th scope="row">Total</th>
          <td>{formatClock(state.elapsedMs)}</td>
          {totalMs !== null && (
            <>
              <td>{formatClock(totalMs)}</td>
              <td className="time-report__diff">
                {overTotal
                  ? `${formatClock(state.elapsedMs - totalMs)} over`
                  : `${formatClock(totalMs - state.elapsedMs)} unused`}
              </td>
            </>
          )}
        </tr>
      </tfoot>
    </table>
  );
}
