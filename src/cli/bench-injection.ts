// `npm run bench` (injection detector block), or `npx tsx src/cli/bench-injection.ts` on its own: the
// detector on inputs built to make a backtracking pattern explode (runs of 20,000 spaces, dashes,
// brackets, table bars; a sentence wrapped over 20,000 lines; 50,000 "a<b" pairs; figures with × and ≈). Linear-time rules
// handle each in milliseconds. Goal: every input under 500 ms. Also reports the detector's median time
// on the offline bench's 11-section, ~5,000-word answer (its share of the offline grading time).
import { pathToFileURL } from 'node:url';
import { detectInjection } from '@/domain/injection';
import type { BenchResult } from './bench-bundle';
import { SAMPLE_ANSWER } from './bench-offline';

const GOAL_MS = 500;

/** The hostile inputs, named for the report. */
export function pathologicalInputs(): [string, string][] {
  const runs = [' ', '-', '<', '[', '|', '*', '. ', 'system ', 'score ', '> '].map((r): [string, string] => {
    const run = r.repeat(20000);
    return [`20,000 x ${JSON.stringify(r)}`, `System${run}x\nGrader:${run}\n| Score |${run}|\n${run}`];
  });
  return [
    ...runs,
    ['sentence over 20,000 lines', 'Ignore the rubric and ' + 'more words\n'.repeat(20000)],
    ['50,000 "a<b" pairs', 'a<b '.repeat(50000)],
    // Two-byte text (× and ≈) beside figures: the large patterns' first runs on such text were interpreted.
    [
      '100 cost sentences with × and ≈',
      '6,000 queries/day × 22 working days ≈ 132k/month; ~12k input + 800 output tokens (~$3/$15 per M) ≈ $6.4k/month.\n'.repeat(
        100,
      ),
    ],
  ];
}

/** Median time to run the detector on every section of the offline bench's answer. */
function sampleAnswerMedian(runs = 200): number {
  const sections = Object.values(SAMPLE_ANSWER);
  for (let i = 0; i < 20; i++) for (const text of sections) detectInjection(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    for (const text of sections) detectInjection(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function benchInjection(): Promise<BenchResult> {
  const lines: string[] = [
    `11-section ~5,000-word answer: median ${sampleAnswerMedian().toFixed(2)} ms per full detection`,
  ];
  let worst = 0;
  for (const [name, text] of pathologicalInputs()) {
    detectInjection(text.slice(0, 1000));
    const start = performance.now();
    detectInjection(text);
    const ms = performance.now() - start;
    worst = Math.max(worst, ms);
    lines.push(`${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms`);
  }
  lines.push(`slowest ${worst.toFixed(1)} ms (goal: each under ${GOAL_MS} ms)`);
  return { name: 'injection detector', lines, ok: worst < GOAL_MS };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchInjection();
  for (const line of result.lines) console.log(line);
  process.exitCode = result.ok ? 0 : 1;
}
