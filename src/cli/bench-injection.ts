// `npm run bench` (injection detector block), or `npx tsx src/cli/bench-injection.ts` on its own: the
// detector on inputs built to make a backtracking pattern explode (runs of 20,000 spaces, dashes,
// brackets, table bars; a sentence wrapped over 20,000 lines; 50,000 "a<b" pairs). Linear-time rules
// handle each in milliseconds. Goal: every input under 500 ms.
import { pathToFileURL } from 'node:url';
import { detectInjection } from '@/domain/injection';
import type { BenchResult } from './bench-bundle';

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
  ];
}

export async function benchInjection(): Promise<BenchResult> {
  const lines: string[] = [];
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
