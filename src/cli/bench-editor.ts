// `npm run bench` (editor block), or `npx tsx src/cli/bench-editor.ts [dist]`: typing into a 10,000-word,
// Markdown-heavy answer in real Chromium (the production build in dist/, served on 127.0.0.1). Typing
// comes in bursts with pauses, so the preview re-renders during the run as it would for a real candidate.
//
// Two measures of each keystroke, both starting at the keydown's timestamp:
// - keystroke-to-paint (the goal, p95 <= 16 ms): until a task queued from the next animation frame runs,
//   i.e. until the main thread has rendered the frame showing the key;
// - Event Timing (what Chrome's INP uses): PerformanceEventTiming.duration, until the next frame is
//   presented, rounded to 8 ms; the browser reports only durations of 16 ms and more, so shorter ones
//   count as "under 16".
// Both include waiting for the next frame (up to 16.7 ms at 60 Hz), so a p95 at or under 16 ms asks for
// a keystroke whose handling and frame fit in the gap before the next vsync nearly every time.
// The floor: the same typing into a bare page holding one <textarea> of the editor's size and font with
// the same text. App and floor are measured in turns, twice, with the machine's load beside each run.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { wordCount } from '@/domain/attempt';
import type { BenchResult } from './bench-bundle';
import { launchBenchChromium, serveDist } from './bench-browser';

const GOAL_MS = 16;
const KEYSTROKES = 200;
const BURST = 20;
const KEY_GAP_MS = 60;
const PAUSE_MS = 700;
const TARGET_WORDS = 10_000;
const ROUNDS = 2;

/** A Markdown answer of about 10,000 words, full of what is slow to render: bold, code, links, lists, tables. */
export function markdownHeavyAnswer(words = TARGET_WORDS): string {
  const blocks = [
    'We **cache** the `top-k` results for [30 minutes](https://example.com/cache) because **p95** must stay under `800 ms`; misses go to the `hybrid` index.',
    '- **Chunking**: 512 tokens, `overlap=64`, see [the ADR](https://example.com/adr-12)\n- **Rerank**: cross-encoder on the top `50`, keep `8`\n- **Filters**: ACL before ranking, *never* after',
    '| Metric | Target | Owner |\n| --- | --- | --- |\n| Recall@8 | **>= 0.9** | `search` |\n| p95 latency | `< 800 ms` | [SRE](https://example.com/sre) |',
    '1. Parse with `unstructured`, keep **headings** and *tables*\n2. Embed with `text-embedding-3-small` at **$0.02 / 1M tokens**\n3. Store in `pgvector` with [HNSW](https://example.com/hnsw)',
  ];
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const block = blocks[i % blocks.length]!;
    parts.push(block);
    count += wordCount(block);
  }
  return parts.join('\n\n');
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

interface Run {
  /** keydown to the task after the next frame, ms */
  paint: number[];
  /**
   * keydown to that frame's animation frame callbacks, ms (diagnostic). Before them: the key's handling, any
   * wait for the frame and, when a pointer rests on the page, Chromium's hover update, which lays the page
   * out first; after them, the rest of the frame. Only the sum is the measure.
   */
  toFrame: number[];
  /** Event Timing duration per interaction (the longest of its events), ms; only those of 16 ms and more */
  eventTiming: number[];
  load: number;
}

const summary = (label: string, run: Run) => {
  const sorted = run.paint.toSorted((x, y) => x - y);
  // Keystrokes the browser did not report took under 16 ms: they sort first, as 0.
  const timing = [
    ...Array<number>(Math.max(0, run.paint.length - run.eventTiming.length)).fill(0),
    ...run.eventTiming,
  ];
  timing.sort((x, y) => x - y);
  const t = (p: number) => (percentile(timing, p) < 16 ? 'under 16' : `${percentile(timing, p)}`);
  // Where the time goes (diagnostic, see Run.toFrame): up to the frame's callbacks, then the rest of the frame.
  const toFrame = run.toFrame.toSorted((x, y) => x - y);
  const inFrame = run.paint.map((p, i) => p - (run.toFrame[i] ?? NaN)).toSorted((x, y) => x - y);
  const split = `keydown to frame callbacks p50 ${percentile(toFrame, 50).toFixed(1)} ms, rest of frame p50 ${percentile(inFrame, 50).toFixed(1)} ms`;
  return `${label}: keystroke-to-paint p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms (${split}); Event Timing p50 ${t(50)}, p95 ${t(95)} ms (${run.eventTiming.length} of ${run.paint.length} keys 16 ms or more); load ${run.load.toFixed(1)}`;
};

export async function benchEditor(dist = resolve(import.meta.dirname, '../../dist')): Promise<BenchResult> {
  if (!existsSync(join(dist, 'index.html'))) {
    return { name: 'editor', lines: ['no build found: run `npm run build` first'], ok: false };
  }
  const { server, url } = await serveDist(dist);
  const browser = await launchBenchChromium();
  try {
    const answer = markdownHeavyAnswer();
    const app: Run[] = [];
    const bare: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await page.goto(`${url}/#/prompts/legal-rag`);
      await page.getByRole('button', { name: 'Start practice attempt' }).click();
      const editor = page.getByLabel('Your answer (Markdown)');
      await editor.fill(answer);
      await page.locator('.preview table').first().waitFor({ timeout: 60_000 });
      await editor.press('End');
      // The floor's box copies the editor's size and font, so both lay out the same lines.
      const box = await editor.evaluate((el) => {
        const s = getComputedStyle(el);
        return `width:${s.width};height:${s.height};font:${s.font};padding:${s.padding};box-sizing:${s.boxSizing};border:${s.border}`;
      });
      app.push(await typeAndMeasure(page));
      await page.close();
      // The same typing into a bare textarea holding the same text: what the browser and machine cost alone.
      const floor = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await floor.setContent(`<textarea aria-label="bare" style="${box}"></textarea>`);
      await floor.getByLabel('bare').fill(answer);
      await floor.getByLabel('bare').press('End');
      bare.push(await typeAndMeasure(floor));
      await floor.close();
    }
    const all = app.flatMap((r) => r.paint).toSorted((x, y) => x - y);
    const p95 = percentile(all, 95);
    const words = wordCount(answer);
    return {
      name: 'editor',
      lines: [
        `typing into a ${words.toLocaleString('en-US')}-word Markdown answer (${answer.length.toLocaleString('en-US')} chars), preview open, ${KEYSTROKES} keystrokes in bursts of ${BURST} per run; app and bare textarea in turns, ${ROUNDS} runs each, on ${cpus().length} cores`,
        ...app.flatMap((run, i) => [
          summary(`app, run ${i + 1}`, run),
          summary(`bare textarea, run ${i + 1}`, bare[i]!),
        ]),
        `app, all runs: keystroke-to-paint p95 ${p95.toFixed(1)} ms (goal p95 <= ${GOAL_MS} ms; the bare textarea's p95 is the floor this machine allows)`,
      ],
      ok: all.length === KEYSTROKES * ROUNDS && p95 <= GOAL_MS,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

async function typeAndMeasure(page: Page): Promise<Run> {
  await page.evaluate(() => {
    const w = window as unknown as { __paint: number[]; __toFrame: number[]; __timing: Map<number, number> };
    w.__paint = [];
    w.__toFrame = [];
    w.__timing = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (!entry.interactionId) continue;
        w.__timing.set(
          entry.interactionId,
          Math.max(w.__timing.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const frame = performance.now() - t0;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            w.__paint.push(performance.now() - t0);
            w.__toFrame.push(frame);
          };
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  const loadBefore = loadavg()[0] ?? NaN;
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(i % 7 === 6 ? ' ' : 'x');
    await page.waitForTimeout(i % BURST === BURST - 1 ? PAUSE_MS : KEY_GAP_MS);
  }
  await page.waitForTimeout(PAUSE_MS);
  const { paint, toFrame, eventTiming } = await page.evaluate(() => {
    const w = window as unknown as { __paint: number[]; __toFrame: number[]; __timing: Map<number, number> };
    return { paint: w.__paint, toFrame: w.__toFrame, eventTiming: [...w.__timing.values()] };
  });
  return { paint, toFrame, eventTiming, load: ((loadavg()[0] ?? NaN) + loadBefore) / 2 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchEditor(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const line of r.lines) console.log(line);
  console.log(r.ok ? 'goal met' : 'GOAL MISSED');
}
