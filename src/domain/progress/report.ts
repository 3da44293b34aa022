import { SCORE_LABELS, sectionMeta } from '../sections';
import { DAY_MS, type ProgressAttempt } from './input';
import { dueLabel, reviewSchedule } from './review';
import {
  graderKindsIn,
  practiceByWeek,
  promptTotals,
  sectionSeries,
  selfAgreement,
  weakestSections,
  type ProgressFilter,
} from './stats';

const day = (at: number) => new Date(at).toISOString().slice(0, 10);
/** "45 min", "2 h 05 min". */
export function durationLabel(ms: number): string {
  const min = Math.round(ms / 60_000);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}
const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)}%`);
// Table cells: one line, no pipes, no Markdown or HTML that could change the document.
const cell = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/([\\|`*_[\]<>#])/g, '\\$1');

/** How many of a section's latest scores the report lists. */
const REPORT_TRAIL = 20;

/** A progress report in Markdown, to keep or send to a mentor: everything the progress page shows. */
export function progressReport(
  attempts: readonly ProgressAttempt[],
  filter: ProgressFilter,
  now: number,
): string {
  const series = sectionSeries(attempts, filter);
  const kinds = graderKindsIn(series);
  const weakest = weakestSections(series);
  const totals = promptTotals(attempts, filter);
  const weeks = practiceByWeek(
    attempts.filter((a) => filter.promptId === null || a.promptId === filter.promptId),
  );
  const agree = selfAgreement(attempts, filter);
  const { due, upcoming } = reviewSchedule(attempts, now);
  const first = Math.min(...attempts.map((a) => a.createdAt));
  const out: string[] = ['# Design Dojo progress report', ''];
  out.push(
    attempts.length === 0
      ? 'No attempts yet.'
      : `${attempts.length} attempt${attempts.length === 1 ? '' : 's'} from ${day(first)} to ${day(now)}.`,
  );
  const filters = [
    filter.promptId && `prompt ${filter.promptId}`,
    filter.mode && `mode ${filter.mode}`,
    filter.grader && `grader ${filter.grader}`,
  ].filter(Boolean);
  if (filters.length) out.push(`Filtered to ${filters.join(', ')}.`);
  if (kinds.length > 1) {
    out.push(
      '',
      '> Offline rubric-check and LLM grades are listed together here; they are different scales, so compare like with like.',
    );
  }
  out.push('', '## Sections, weakest first', '', '| Section | Mean | Latest | Grades | Scores over time |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const w of weakest) {
    const points = series[w.section];
    const recent = points.slice(-REPORT_TRAIL);
    const trail =
      (points.length > recent.length ? '… ' : '') +
      recent.map((p) => `${p.score}${p.grader === 'llm' ? 'L' : ''}`).join(' → ');
    out.push(
      `| ${sectionMeta(w.section).title} | ${w.mean.toFixed(1)} | ${w.latest} (${SCORE_LABELS[w.latest] ?? ''}) | ${w.count} | ${trail} |`,
    );
  }
  if (kinds.includes('llm'))
    out.push('', 'Scores marked L were given by an LLM grader; the others by the offline rubric check.');
  out.push('', '## Per prompt', '', '| Prompt | Attempts | Best | Latest |', '| --- | --- | --- | --- |');
  for (const t of totals) {
    const fmt = (x: typeof t.best) => (x ? `${x.score}/44 (${x.graded} of 11 graded)` : '–');
    out.push(`| ${cell(t.promptTitle)} | ${t.attempts} | ${fmt(t.best)} | ${fmt(t.latest)} |`);
  }
  out.push('', '## Practice time per week', '', '| Week of | Time | Attempts |', '| --- | --- | --- |');
  for (const w of weeks) out.push(`| ${day(w.weekStart)} | ${durationLabel(w.ms)} | ${w.attempts} |`);
  out.push('', '## Self-assessment');
  out.push(
    '',
    agree.pairs === 0
      ? 'No self-scores yet.'
      : `Own score within one point of the grader's: ${pct(agree.withinOne, agree.pairs)} of ${agree.pairs} sections (exact: ${pct(agree.exact, agree.pairs)}).`,
  );
  out.push('', '## Due for review', '');
  if (due.length === 0 && upcoming.length === 0) out.push('Nothing to review: no section is at 2 or less.');
  for (const i of [...due, ...upcoming.filter((u) => u.dueAt - now <= 14 * DAY_MS)]) {
    out.push(
      `- ${sectionMeta(i.section).title} in “${cell(i.promptTitle)}”: last ${i.lastScore}/4 on ${day(i.lastGradedAt)}, ${dueLabel(i.dueAt, now)}`,
    );
  }
  return `${out.join('\n')}\n`;
}
