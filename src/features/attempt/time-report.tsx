import { useNow } from '@/components/countdown';
import type { Attempt } from '@/domain/attempt';
import { sectionMeta } from '@/domain/sections';
import { timeReport } from '@/domain/time-report';
import { formatDuration } from '@/domain/timer';
import './mock.css';

interface TimeReportProps {
  attempt: Pick<Attempt, 'mode' | 'clock'>;
  /** Fixed time for tests; an attempt still running otherwise follows the wall clock. */
  now?: number;
}

const difference = (diffS: number, underWord: string) =>
  diffS < 0 ? `${formatDuration(-diffS * 1000)} over` : `${formatDuration(diffS * 1000)} ${underWord}`;

export function TimeReport({ attempt, now: fixedNow }: TimeReportProps) {
  const ended = attempt.clock.some((e) => e.kind === 'end');
  const ticking = useNow(ended ? 60_000 : 1000);
  const report = timeReport(attempt.mode, attempt.clock, fixedNow ?? ticking);
  const timed = report.total.budgetS !== null;
  const s = (seconds: number) => formatDuration(seconds * 1000);

  return (
    <table className="time-report">
      <caption>
        Time spent per section{timed ? ' against its budget (m:ss; budget − spent = difference)' : ' (m:ss)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Spent</th>
          {timed && (
            <>
              <th scope="col">Budget</th>
              <th scope="col">Difference</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {report.rows.map((r) => (
          <tr key={r.section} className={r.diffS !== null && r.diffS < 0 ? 'time-report__over' : undefined}>
            <th scope="row">{sectionMeta(r.section).title}</th>
            <td>{s(r.spentS)}</td>
            {r.budgetS !== null && r.diffS !== null && (
              <>
                <td>{s(r.budgetS)}</td>
                <td className="time-report__diff">{difference(r.diffS, 'under')}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr
          className={report.total.diffS !== null && report.total.diffS < 0 ? 'time-report__over' : undefined}
        >
          <th scope="row">Total</th>
          <td>{s(report.total.spentS)}</td>
          {report.total.budgetS !== null && report.total.diffS !== null && (
            <>
              <td>{s(report.total.budgetS)}</td>
              <td className="time-report__diff">{difference(report.total.diffS, 'unused')}</td>
            </>
          )}
        </tr>
      </tfoot>
    </table>
  );
}
