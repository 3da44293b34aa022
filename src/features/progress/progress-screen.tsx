import { useMemo, useState } from 'react';
import { reviewSchedule } from '@/domain/progress/review';
import {
  filterAttempts,
  graderKindsIn,
  practiceByWeek,
  promptTotals,
  sectionSeries,
  selfAgreement,
  weakestSections,
} from '@/domain/progress/stats';
import { sectionMeta } from '@/domain/sections';
import { hrefOf } from '@/hooks/use-route';
import { DueList } from './due-list';
import { ProgressFiltersBar } from './progress-filters';
import { PromptTotalsTable } from './prompt-totals-table';
import { SectionProgress } from './section-progress';
import { useAllAttempts, useProgressFilters } from './use-progress';
import { WeekChart } from './week-chart';
import './progress.css';

export function ProgressScreen() {
  const attempts = useAllAttempts();
  const { filters, filter } = useProgressFilters();
  const [now] = useState(() => Date.now());
  const view = useMemo(() => {
    const series = sectionSeries(attempts, filter);
    const shown = filterAttempts(attempts, filter);
    const firstLatest = new Map<string, [string, string]>();
    for (const a of shown) {
      const pair = firstLatest.get(a.promptId);
      firstLatest.set(a.promptId, pair ? [pair[0], a.id] : [a.id, a.id]);
    }
    for (const [k, [x, y]] of firstLatest) if (x === y) firstLatest.delete(k);
    return {
      series,
      kinds: graderKindsIn(series),
      weakest: weakestSections(series),
      totals: promptTotals(attempts, filter),
      weeks: practiceByWeek(shown),
      agreement: selfAgreement(attempts, filter),
      firstLatest,
    };
  }, [attempts, filter]);
  const review = useMemo(() => reviewSchedule(attempts, now), [attempts, now]);
  const prompts = useMemo(
    () => [...new Map(attempts.map((a) => [a.promptId, { id: a.promptId, title: a.promptTitle }])).values()],
    [attempts],
  );

  return (
    <section aria-labelledby="progress-title" className="progress">
      <div className="page-head">
        <h1 id="progress-title">Your progress</h1>
        <div className="row">
          <a className="button-link" href={hrefOf({ name: 'report' })}>
            Progress report
          </a>
        </div>
      </div>
      {attempts.length === 0 ? (
        <p>
          No attempts yet. <a href={hrefOf({ name: 'library' })}>Pick a prompt</a> and grade it to see your
          progress here.
        </p>
      ) : (
        <>
          <section aria-labelledby="due-title" className="card due-card">
            <h2 id="due-title">Due for review today</h2>
            <DueList items={review.due} upcoming={review.upcoming} now={now} />
          </section>
          <ProgressFiltersBar filters={filters} prompts={prompts} />
          {view.kinds.length > 1 && (
            <p className="banner info" role="note">
              These charts show offline rubric-check grades (dots) and LLM grades (diamonds) together. They
              are different scales: choose one grader above to compare like with like.
            </p>
          )}
          <div className="progress-top">
            <section aria-labelledby="weak-title" className="card">
              <h2 id="weak-title">Holding you back</h2>
              {view.weakest.length === 0 ? (
                <p className="muted">No graded sections match these filters.</p>
              ) : (
                <ol className="weakest">
                  {view.weakest.slice(0, 3).map((w) => (
                    <li key={w.section}>
                      <strong>{sectionMeta(w.section).title}</strong>{' '}
                      <span className="muted">
                        mean {w.mean.toFixed(1)}, latest {w.latest}/4
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="agree-title" className="card">
              <h2 id="agree-title">Self-assessment</h2>
              {view.agreement.pairs === 0 ? (
                <p className="muted">Score a section yourself before grading it to see how well you judge.</p>
              ) : (
                <p>
                  <span className="big-number">
                    {Math.round((100 * view.agreement.withinOne) / view.agreement.pairs)}%
                  </span>{' '}
                  of your {view.agreement.pairs} self-scores were within one point of the grader’s (
                  {view.agreement.exact} exact).
                </p>
              )}
            </section>
          </div>
          <section aria-labelledby="sections-title">
            <h2 id="sections-title">Each section over time</h2>
            <SectionProgress series={view.series} summaries={view.weakest} />
          </section>
          <section aria-labelledby="prompts-title">
            <h2 id="prompts-title">Per prompt</h2>
            <PromptTotalsTable rows={view.totals} firstLatest={view.firstLatest} />
          </section>
          <section aria-labelledby="weeks-title">
            <h2 id="weeks-title">Practice time per week</h2>
            <WeekChart weeks={view.weeks} />
          </section>
        </>
      )}
    </section>
  );
}
