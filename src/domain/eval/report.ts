// Text, Markdown and SVG renderings of an eval summary. Pure strings; the CLI writes them.
import { SCORE_LABELS } from '../sections';
import type { LineProblem } from './golden-schema';
import { checkGoals, pct, type EvalSummary, type GraderKind } from './summary';

export interface ReportMeta {
  /** The set file as given on the command line. */
  set: string;
  grader: GraderKind;
  /** e.g. "offline 1.2.0" or "gpt-4o-mini @ https://api.openai.com/v1". */
  graderDetail: string;
  /** The command that reproduces the figures. */
  command: string;
  problems: readonly LineProblem[];
  warnings: readonly string[];
}

const num = (x: number, digits = 3) => (Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const signed = (x: number) => (Number.isNaN(x) ? 'n/a' : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`);
const ms = (x: number) => (Number.isNaN(x) ? 'n/a' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const usd = (x: number) => `$${x < 1 ? x.toFixed(4) : x.toFixed(2)}`;
const MAX_LISTED = 20;

function leniency(d: number): string {
  if (Number.isNaN(d) || Math.abs(d) < 0.05) return '';
  return d > 0 ? ' (grader more lenient)' : ' (grader harsher)';
}

/** The one-line summary that ends every run: `eval: <N> cases, within-one <x>%, qwk <y>`. */
export function lastLine(s: EvalSummary): string {
  return `eval: ${s.cases} cases, within-one ${pct(s.withinOne)}, qwk ${num(s.qwk)}`;
}

function listIds(ids: readonly string[]): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, MAX_LISTED).join(', ');
  return ids.length > MAX_LISTED ? `${shown}, ... (${ids.length - MAX_LISTED} more)` : shown;
}

function pad(s: string, width: number, right = false): string {
  return right ? s.padStart(width) : s.padEnd(width);
}

/** The report printed to the terminal; its last line is `lastLine(summary)`. */
export function textReport(s: EvalSummary, meta: ReportMeta): string {
  const out: string[] = [];
  out.push(`Eval of ${meta.set} with the ${meta.graderDetail} grader`);
  out.push(
    `cases ${s.cases} (graded ${s.graded}, errors ${s.errors}), skipped lines ${meta.problems.length}`,
  );
  for (const p of meta.problems.slice(0, MAX_LISTED)) out.push(`  skipped line ${p.line}: ${p.message}`);
  if (meta.problems.length > MAX_LISTED)
    out.push(`  ... ${meta.problems.length - MAX_LISTED} more skipped lines`);
  for (const w of meta.warnings) out.push(`  warning: ${w}`);
  out.push('');
  out.push('Agreement with the human scores');
  out.push(`  exact             ${pct(s.exact)}`);
  out.push(`  within-one        ${pct(s.withinOne)}`);
  out.push(`  qwk               ${num(s.qwk)}`);
  out.push(`  spearman          ${num(s.spearman)}`);
  out.push(`  mean difference   ${signed(s.meanDifference)}${leniency(s.meanDifference)}`);
  out.push('');
  out.push('Confusion matrix (rows: human score, columns: grader score)');
  out.push(`  human\\grader${[0, 1, 2, 3, 4].map((c) => pad(String(c), 6, true)).join('')}`);
  s.confusion.forEach((row, i) => {
    out.push(`  ${pad(String(i), 12)}${row.map((c) => pad(String(c), 6, true)).join('')}`);
  });
  out.push('');
  out.push('Per section');
  out.push(
    `  ${pad('section', 12)}${pad('n', 5, true)}${pad('exact', 9, true)}${pad('within-1', 10, true)}${pad('qwk', 8, true)}${pad('diff', 8, true)}`,
  );
  for (const r of s.bySection) {
    out.push(
      `  ${pad(r.section, 12)}${pad(String(r.n), 5, true)}${pad(pct(r.exact), 9, true)}${pad(pct(r.withinOne), 10, true)}${pad(num(r.qwk, 2), 8, true)}${pad(signed(r.meanDifference), 8, true)}`,
    );
  }
  out.push('');
  out.push('Per human score');
  for (const r of s.byLabel) {
    out.push(
      `  ${r.label} ${pad(SCORE_LABELS[r.label] ?? '', 12)} n ${pad(String(r.n), 4, true)}   exact ${pad(pct(r.exact), 6, true)}   mean grader score ${num(r.meanPredicted, 2)}`,
    );
  }
  out.push('');
  out.push(`Injection cases (${s.injection.n})`);
  out.push(`  flagged possible-injection   ${pct(s.injection.flagged)}`);
  out.push(`  scored above their label     ${pct(s.injection.aboveLabel)} (${s.injection.aboveIds.length})`);
  if (s.injection.aboveIds.length) out.push(`    above: ${listIds(s.injection.aboveIds)}`);
  if (s.injection.unflaggedIds.length) out.push(`    not flagged: ${listIds(s.injection.unflaggedIds)}`);
  out.push(`  normal cases flagged as injection ${pct(s.normalFlaggedInjection)}`);
  out.push('');
  out.push(
    `Evidence quotes verified ${pct(s.evidence.share)} (${s.evidence.verified} of ${s.evidence.total})`,
  );
  out.push(`Latency per case p50 ${ms(s.latency.p50)}, p95 ${ms(s.latency.p95)}`);
  if (s.tokens) {
    out.push(`Tokens in ${s.tokens.in} (cached ${s.tokens.cached}), out ${s.tokens.out}`);
  }
  if (s.costUsd !== null)
    out.push(`Cost ${usd(s.costUsd)} total, ${usd(s.graded ? s.costUsd / s.graded : 0)} per case`);
  if (s.stability)
    out.push(`Same score on re-grade (${s.stability.repeat} runs each) ${pct(s.stability.share)}`);
  if (s.gaming.n) {
    out.push(
      `Gaming cases ${s.gaming.n}: scored 0-1 ${pct(s.gaming.lowShare)}, scored 3+ ${s.gaming.highIds.length}${s.gaming.highIds.length ? ` (${s.gaming.highIds.slice(0, MAX_LISTED).join(', ')})` : ''}`,
    );
  }
  out.push('');
  out.push(`Goals (${meta.grader} grader)`);
  for (const g of checkGoals(s, meta.grader)) {
    const actual =
      g.name === 'qwk' ? num(g.actual) : g.target === '0 cases' ? String(g.actual) : pct(g.actual);
    out.push(`  ${g.met ? 'met   ' : 'MISSED'} ${g.name} ${g.target}: ${actual}`);
  }
  out.push('');
  out.push(lastLine(s));
  return out.join('\n');
}

function mdTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The Markdown report; `svgFile` is the heat map's path relative to the report. */
export function markdownReport(s: EvalSummary, meta: ReportMeta, svgFile: string): string {
  const goals = checkGoals(s, meta.grader);
  const parts: string[] = [];
  parts.push(`# Grader eval: ${meta.graderDetail}`);
  parts.push(
    `Set \`${meta.set}\`: ${s.cases} cases (${s.graded} graded, ${s.errors} errors, ${meta.problems.length} skipped lines). ` +
      `Every figure below comes from:\n\n\`\`\`sh\n${meta.command}\n\`\`\``,
  );
  if (meta.warnings.length) parts.push(meta.warnings.map((w) => `- Warning: ${w}`).join('\n'));
  parts.push('## Agreement with the human scores');
  parts.push(
    mdTable(
      ['Metric', 'Value'],
      [
        ['Exact agreement', pct(s.exact)],
        ['Within one point', pct(s.withinOne)],
        ['Quadratic weighted kappa', num(s.qwk)],
        ['Spearman correlation', num(s.spearman)],
        ['Mean difference (grader - human)', `${signed(s.meanDifference)}${leniency(s.meanDifference)}`],
        [
          'Evidence quotes verified',
          `${pct(s.evidence.share)} (${s.evidence.verified} of ${s.evidence.total})`,
        ],
        ['Latency per case p50 / p95', `${ms(s.latency.p50)} / ${ms(s.latency.p95)}`],
        ...(s.tokens
          ? [['Tokens in (cached) / out', `${s.tokens.in} (${s.tokens.cached}) / ${s.tokens.out}`]]
          : []),
        ...(s.costUsd !== null
          ? [['Cost total / per case', `${usd(s.costUsd)} / ${usd(s.graded ? s.costUsd / s.graded : 0)}`]]
          : []),
        ...(s.stability
          ? [[`Same score on re-grade (${s.stability.repeat} runs)`, pct(s.stability.share)]]
          : []),
      ],
    ),
  );
  parts.push(`## Goals (${meta.grader} grader)`);
  parts.push(
    mdTable(
      ['Goal', 'Target', 'Measured', 'Status'],
      goals.map((g) => [
        g.name,
        g.target,
        g.name === 'qwk' ? num(g.actual) : g.target === '0 cases' ? String(g.actual) : pct(g.actual),
        g.met ? 'met' : '**missed**',
      ]),
    ),
  );
  parts.push('## Confusion matrix');
  parts.push(`![Confusion matrix: human score by grader score](${svgFile})`);
  parts.push(
    mdTable(
      ['Human \\ grader', '0', '1', '2', '3', '4'],
      s.confusion.map((row, i) => [
        `**${i}** ${SCORE_LABELS[i] ?? ''}`,
        ...row.map((c, j) => (i === j ? `**${c}**` : String(c))),
      ]),
    ),
  );
  parts.push('## Per section');
  parts.push(
    mdTable(
      ['Section', 'Cases', 'Exact', 'Within one', 'QWK', 'Mean diff'],
      s.bySection.map((r) => [
        r.section,
        String(r.n),
        pct(r.exact),
        pct(r.withinOne),
        num(r.qwk, 2),
        signed(r.meanDifference),
      ]),
    ),
  );
  parts.push('## Per human score');
  parts.push(
    mdTable(
      ['Human score', 'Cases', 'Exact', 'Mean grader score'],
      s.byLabel.map((r) => [
        `${r.label} ${SCORE_LABELS[r.label] ?? ''}`,
        String(r.n),
        pct(r.exact),
        num(r.meanPredicted, 2),
      ]),
    ),
  );
  parts.push('## Injection cases');
  parts.push(
    mdTable(
      ['Measure', 'Value'],
      [
        ['Cases', String(s.injection.n)],
        ['Flagged `possible-injection`', pct(s.injection.flagged)],
        ['Scored above their label', `${pct(s.injection.aboveLabel)} (${s.injection.aboveIds.length})`],
        ['Normal cases flagged as injection', pct(s.normalFlaggedInjection)],
      ],
    ),
  );
  if (s.injection.aboveIds.length) parts.push(`Above their label: ${listIds(s.injection.aboveIds)}.`);
  if (s.injection.unflaggedIds.length) parts.push(`Not flagged: ${listIds(s.injection.unflaggedIds)}.`);
  if (meta.problems.length) {
    parts.push('## Skipped lines');
    parts.push(meta.problems.map((p) => `- line ${p.line}: ${p.message.replace(/\n/g, ' ')}`).join('\n'));
  }
  parts.push(`---\n\n\`${lastLine(s)}\``);
  return `${parts.join('\n\n')}\n`;
}
