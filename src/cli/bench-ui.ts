// `npm run bench` (UI block), or `npx tsx src/cli/bench-ui.ts`: the review screens with a long history, in
// real Chromium on the production build. 500 generated attempts (ten prompts, every section graded, some
// re-graded, mocks and practice over 20 weeks) are written to IndexedDB, as a build before attempt
// summaries left them. Cold loads are timed from navigation start (a fresh page load) until the screen's
// content is in the DOM and a frame has been painted: the first start (which summarises all 500), then app
// start, the progress page, the attempts list and one attempt. Warm visits are timed from the hash change
// (opened from a light route). Goals: the progress page <= 200 ms, the library <= 100 ms (warm medians).
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { hashText, newAttempt, withGradeRecorded, type Attempt } from '@/domain/attempt';
import { summarizeAttempt } from '@/domain/attempt-summary';
import type { Grade } from '@/domain/grade-schema';
import { SECTION_IDS } from '@/domain/sections';
import { endEvent, focusEvent, mockMode } from '@/domain/timer';
import type { BenchResult } from './bench-bundle';
import { launchBenchChromium, serveDist } from './bench-browser';

const ATTEMPTS = 500;
const RUNS = 15;
const LOADS = 5;
const GOALS = { progress: 200, library: 100 } as const;
const DAY = 86_400_000;
const START = Date.UTC(2026, 6, 6, 9);

/** A deterministic pseudo-random sequence, so every run measures the same history. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function grade(
  section: (typeof SECTION_IDS)[number],
  score: number,
  at: number,
  text: string,
  llm: boolean,
): Grade {
  return {
    section,
    score,
    rubricVersion: '1.1.0',
    grader: llm
      ? { kind: 'llm', model: 'bench-model', endpoint: 'http://127.0.0.1' }
      : { kind: 'offline', version: '1.2.0' },
    criteria: ['Decision', 'Numbers', 'Trade-off', 'Failure'].map((label, i) => ({
      id: label.toLowerCase(),
      label,
      verdict: i < score ? 'met' : 'missing',
      found: 'Found in the answer.',
      missing: i < score ? '' : 'Say what you would do.',
    })),
    evidence: [{ quote: text.slice(0, 80), verified: true }],
    reasoning: 'Generated for the benchmark.',
    missing: [],
    nextStep: 'Quantify the target.',
    followUp: null,
    flags: [],
    answerHash: hashText(text),
    gradedAt: at,
    usage: null,
  };
}

/** 500 attempts over 20 weeks: every section answered (about 120 words) and graded, a third re-graded. */
export function generatedAttempts(promptIds: string[], count = ATTEMPTS): Attempt[] {
  const random = rng(42);
  const sentence =
    'We pick hybrid search with a cross-encoder reranker because recall at 8 must reach 0.9 within 800 ms p95. ';
  return Array.from({ length: count }, (_, i) => {
    const at = START + Math.floor((i / count) * 140 * DAY);
    const promptId = promptIds[i % promptIds.length]!;
    const mock = i % 3 === 0;
    let a = newAttempt({
      id: `bench-${i}`,
      promptId,
      promptTitle: `Prompt ${promptId}`,
      now: at,
      ...(mock ? { mode: mockMode('standard', false) } : {}),
    });
    const llm = i % 5 === 0;
    SECTION_IDS.forEach((section, k) => {
      const text = sentence.repeat(6) + `Section ${section}, attempt ${i}.`;
      a = { ...a, answers: { ...a.answers, [section]: { text, updatedAt: at + k * 60_000 } } };
      const score = Math.min(4, Math.floor(random() * 3) + Math.floor((i / count) * 2));
      if (random() < 0.33) {
        const draft = text.slice(0, 200);
        a = withGradeRecorded(a, grade(section, Math.max(0, score - 1), at + k * 60_000, draft, llm), draft);
      }
      a = withGradeRecorded(a, grade(section, score, at + (k + 1) * 60_000, text, llm), text);
    });
    const end = at + 40 * 60_000;
    const clock = [...a.clock, focusEvent(at + 10 * 60_000, 'retrieval'), endEvent(end, 'submitted')];
    return { ...a, clock, updatedAt: end };
  });
}

/** Opens `hash` from a light route and returns ms until `selector` is in the DOM and a frame was painted. */
function timeVisit(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    async ([h, sel]) => {
      location.hash = '#/bench-idle';
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t0 = performance.now();
      location.hash = h;
      await new Promise<void>((done) => {
        if (document.querySelector(sel)) return done();
        const seen = new MutationObserver(() => {
          if (!document.querySelector(sel)) return;
          seen.disconnect();
          done();
        });
        seen.observe(document.body, { childList: true, subtree: true });
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    },
    [hash, selector] as const,
  );
}

/** Loads `hash` afresh and returns ms from navigation start until `selector` is in the DOM and painted. */
async function timeLoad(page: Page, url: string, hash: string, selector: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(`${url}/${hash}`);
  return page.evaluate(async (sel) => {
    await new Promise<void>((done) => {
      if (document.querySelector(sel)) return done();
      const seen = new MutationObserver(() => {
        if (!document.querySelector(sel)) return;
        seen.disconnect();
        done();
      });
      seen.observe(document.body, { childList: true, subtree: true });
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now();
  }, selector);
}

async function timeLoads(page: Page, url: string, hash: string, selector: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < LOADS; i++) out.push(await timeLoad(page, url, hash, selector));
  return out;
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => {
  const s = xs.toSorted((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
};
export async function benchUi(dist = resolve(import.meta.dirname, '../../dist')): Promise<BenchResult> {
  if (!existsSync(join(dist, 'index.html'))) {
    return { name: 'ui', lines: ['no build found: run `npm run build` first'], ok: false };
  }
  const promptIds = readdirSync(resolve(import.meta.dirname, '../../prompts'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => basename(f, '.md'));
  const attempts = generatedAttempts(promptIds);
  const { server, url } = await serveDist(dist);
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${url}/#/attempts`);
    await page.getByRole('heading', { name: 'Your attempts' }).waitFor();
    await page.evaluate(async (records) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        // eslint-disable-next-line no-restricted-globals -- runs in the benchmark's page, seeding the app's database
        const req = indexedDB.open('design-dojo');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('attempts', 'readwrite');
        for (const r of records) tx.objectStore('attempts').put(r);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, attempts);
    const bytes = Buffer.byteLength(JSON.stringify(attempts));
    const summaryBytes = Buffer.byteLength(JSON.stringify(attempts.map(summarizeAttempt)));
    const STATS = '.prompt-grid .card-stats:not(.muted)';
    const firstStart = await timeLoad(page, url, '#/', STATS);
    const start = await timeLoads(page, url, '#/', STATS);
    const coldProgress = await timeLoads(page, url, '#/progress', '.section-charts');
    const coldList = await timeLoads(page, url, '#/attempts', '.attempts-table tbody tr');
    const coldAttempt = await timeLoads(page, url, `#/attempts/bench-${ATTEMPTS / 2}`, 'textarea');
    await page.goto(`${url}/#/`);
    await page.locator(STATS).first().waitFor();
    const stats = await page.locator('.card-stats').first().textContent();
    const list: number[] = [];

    const progress: number[] = [];
    const library: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      progress.push(await timeVisit(page, '#/progress', '.section-charts'));
      library.push(await timeVisit(page, '#/', '.prompt-grid .card-stats'));
      list.push(await timeVisit(page, '#/attempts', '.attempts-table tbody tr'));
    }
    const ok = median(progress) <= GOALS.progress && median(library) <= GOALS.library;
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, p95 ${p95(xs).toFixed(0)} ms`;
    const cold = (xs: number[]) => `median ${median(xs).toFixed(0)} ms over ${LOADS} loads`;
    return {
      name: 'ui',
      lines: [
        `${ATTEMPTS} stored attempts (${(bytes / 1e6).toFixed(1)} MB of records, every section graded, a third re-graded; their summaries ${(summaryBytes / 1e6).toFixed(1)} MB)`,
        `progress page: ${fmt(progress)} over ${RUNS} visits (goal <= ${GOALS.progress} ms)`,
        `library: ${fmt(library)} over ${RUNS} visits (goal <= ${GOALS.library} ms); a card reads "${stats?.trim()}"`,
        `attempts list: ${fmt(list)} over ${RUNS} visits`,
        `first start after seeding (summaries built from every attempt), to library stats: ${firstStart.toFixed(0)} ms`,
        `app start to library stats: ${cold(start)}`,
        `progress page on a fresh load: ${cold(coldProgress)}`,
        `attempts list on a fresh load: ${cold(coldList)}`,
        `one attempt on a fresh load: ${cold(coldAttempt)}`,
      ],
      ok,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchUi(process.argv[2] ? resolve(process.argv[2]) : undefined);
  for (const line of r.lines) console.log(line);
  process.exitCode = r.ok ? 0 : 1;
}
