// `npm run bench`: every speed and size target of the project, measured, one block per area.
// The production build must exist for the bundle figures (`npm run build`).
import { benchBundle, type BenchResult } from './bench-bundle';

const benches: [string, () => Promise<BenchResult>][] = [
  ['offline grader', async () => (await import('./bench-offline')).benchOffline()],
  ['injection detector (hostile inputs)', async () => (await import('./bench-injection')).benchInjection()],
  ['llm grading (scripted server)', async () => (await import('./bench-llm')).benchLlm()],
  ['share links', async () => (await import('./bench-share')).benchShare()],
  ['review screens, 500 attempts (Chromium)', async () => (await import('./bench-ui')).benchUi()],
  ['editor typing (Chromium)', async () => (await import('./bench-editor')).benchEditor()],
  ['bundle', () => benchBundle()],
];

let failed = 0;
for (const [title, run] of benches) {
  console.log(`\n== ${title}`);
  try {
    const r = await run();
    for (const line of r.lines) console.log(`  ${line}`);
    console.log(`  ${r.ok ? 'goal met' : 'GOAL MISSED'}`);
    if (!r.ok) failed++;
  } catch (err) {
    failed++;
    console.log(`  could not run: ${err instanceof Error ? err.message : String(err)}`);
  }
}
console.log(`\nbench: ${benches.length - failed} of ${benches.length} areas met their goals`);
process.exitCode = failed ? 1 : 0;
