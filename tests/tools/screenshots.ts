// `npm run screenshots`: drives the production build in real Chromium and writes every screen to
// public/screenshots/ at 1280 px (`<screen>-<light|dark>.png`) and 390 px (`<screen>-<light|dark>-phone.png`).
// Run `npm run build` and `npx vite preview --port 4173` first (or set BASE_URL). The history shown is
// seeded into IndexedDB (tests/tools/screenshot-seed.ts) with the clock fixed, so the images are stable;
// the mock interview and the authoring form are driven through the UI.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Attempt } from '../../src/domain/attempt';
import { SECTION_IDS } from '../../src/domain/sections';
import { KNOWLEDGE_MID } from './screenshot-answers';
import { candidateAttempts, IDS, NOW, packLinkPath, receivedAttempt } from './screenshot-seed';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const OUT = process.env.SCREENSHOTS_DIR ?? 'public/screenshots';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const VARIANTS = [
  { suffix: '', width: 1280, height: 860 },
  { suffix: '-phone', width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

async function seed(page: Page, attempts: Attempt[]): Promise<void> {
  await page.goto(`${BASE}/#/attempts`);
  await page.getByRole('heading', { name: 'Your attempts' }).waitFor();
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('design-dojo');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error)));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('attempts', 'readwrite');
      for (const r of records) tx.objectStore('attempts').put(r);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, attempts);
  // The app reads its saved attempts once, at start-up.
  await page.reload();
  await page.getByRole('heading', { name: 'Your attempts' }).waitFor();
}

const settled = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Takes the four variants of the screen `ready` leads to; `ready` runs again after each resize. */
async function shoot(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  for (const v of VARIANTS) {
    await page.setViewportSize({ width: v.width, height: v.height });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await ready();
      await settled(page);
      await page.screenshot({ path: `${OUT}/${name}-${colorScheme}${v.suffix}.png` });
    }
  }
  console.log(`  ${name}`);
}

async function open(page: Page, hash: string, heading: string | RegExp): Promise<() => Promise<void>> {
  const ready = async () => {
    if (!page.url().endsWith(hash)) await page.goto(`${BASE}/${hash}`);
    await page.getByRole('heading', { name: heading, level: 1 }).first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  };
  await page.goto(`${BASE}/${hash}`);
  await ready();
  return ready;
}

async function candidateScreens(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await seed(page, candidateAttempts());

  await shoot(page, 'library', await open(page, '#/', 'Prompt library'));
  await shoot(
    page,
    'prompt',
    await open(page, '#/prompts/legal-rag', 'Build a RAG system for legal documents'),
  );

  await shoot(page, 'attempts', await open(page, '#/attempts', 'Your attempts'));
  const progress = await open(page, '#/progress', 'Your progress');
  await shoot(page, 'progress', async () => {
    await progress();
    await page.getByRole('heading', { name: 'Holding you back' }).waitFor();
  });
  await shoot(page, 'progress-charts', async () => {
    await progress();
    await page.getByRole('heading', { name: 'Each section over time' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -80));
  });
  await shoot(
    page,
    'compare',
    await open(page, `#/compare?a=${IDS.legalDraft}&b=${IDS.legalStrong}`, /Compare/),
  );
  await shoot(page, 'review', await open(page, `#/review/${IDS.legalStrong}`, /Reviews of your attempt/));
  await shoot(page, 'kit', await open(page, '#/kit/legal-rag', /Interviewer kit/));
  await shoot(page, 'settings', await open(page, '#/settings', 'Settings'));
  await shoot(page, 'import', async () => {
    await page.goto(`${BASE}/${packLinkPath()}`);
    await page.getByRole('button', { name: 'Import pack' }).waitFor();
  });

  // The attempt screen last: its stylesheet, once loaded, greys the progress page's headings (a reported bug).
  await page.goto(`${BASE}/#/attempts/${IDS.legalStrong}`);
  await shoot(page, 'attempt', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).waitFor();
    await page.getByRole('region', { name: 'Grade' }).getByText('Next step').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await page.goto(`${BASE}/#/author`);
  const form = page.getByRole('form', { name: 'Prompt' });
  await form.getByRole('textbox', { name: /^Your name/ }).fill('Dana');
  await form.getByRole('textbox', { name: /^Id/ }).fill('clinic-triage-assistant');
  await form.getByRole('textbox', { name: /^Title/ }).fill('Design a triage assistant for a clinic network');
  await form
    .getByRole('textbox', { name: /^Summary/ })
    .fill('A 60-clinic network wants patient messages sorted by urgency, with a nurse always in the loop.');
  await form.getByRole('textbox', { name: /^Tags/ }).fill('healthcare, safety, human-in-the-loop');
  await form.getByRole('textbox', { name: 'Brief (Markdown)' }).fill(
    `## The brief

Northfield Health runs 60 clinics. Patients send 9,000 portal messages a day; nurses read every one, and
urgent ones wait behind prescription refills. Design an assistant that sorts messages by urgency and drafts
replies a nurse approves.

## Constraints

- No message is answered without a nurse.
- Anything that could be an emergency reaches a nurse within 5 minutes.`,
  );
  const facts: [string, string, string][] = [
    ['Clinics', '60', 'clinics'],
    ['Messages', '9000', 'per day'],
    ['Nurses', '140', 'nurses'],
  ];
  for (const [i, [label, value, unit]] of facts.entries()) {
    await form.getByRole('textbox', { name: `Fact ${i + 1} label` }).fill(label);
    await form.getByRole('spinbutton', { name: `Fact ${i + 1} value` }).fill(value);
    await form.getByRole('textbox', { name: `Fact ${i + 1} unit` }).fill(unit);
  }
  await shoot(page, 'author', async () => {
    await page.getByRole('heading', { name: 'Write a prompt', level: 1 }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await page.close();

  // A 45-minute mock run to its end with the page's clock, so it finishes in seconds.
  const mock = await context.newPage();
  await mock.clock.install({ time: NOW });
  await mock.goto(`${BASE}/#/prompts/internal-knowledge-assistant`);
  await mock
    .getByRole('form', { name: 'Mock interview' })
    .getByRole('button', { name: 'Start mock interview' })
    .click();
  await mock.getByRole('region', { name: 'Mock interview clock' }).waitFor();
  const editor = mock.getByLabel('Your answer (Markdown)');
  for (const section of SECTION_IDS) {
    await editor.fill(KNOWLEDGE_MID[section]);
    await mock.clock.runFor(2_000);
    await mock.clock.fastForward('03:50');
    await mock.keyboard.press('Alt+ArrowDown');
  }
  await mock.clock.fastForward('03:00');
  await mock.getByText('Time is up.').waitFor();
  await shoot(mock, 'scorecard', async () => {
    await mock.getByRole('heading', { name: 'Interview scorecard' }).waitFor();
    await mock.evaluate(() => window.scrollTo(0, 0));
  });
  await mock.close();
}

async function reviewerScreens(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  await seed(page, [receivedAttempt()]);
  const ready = await open(page, `#/review/${IDS.received}`, /Review Priya/);
  for (const [section, score, notes] of [
    ['User task', '3', 'Users and targets are clear; how often do they search today?'],
    ['Data sources', '4', 'Good: OCR confidence and the 15-minute freshness for new versions.'],
  ] as const) {
    await page
      .getByRole('group', { name: `Score for “${section}”` })
      .getByRole('radio', { name: score })
      .check();
    await page.getByRole('textbox', { name: `Notes on “${section}”` }).fill(notes);
  }
  await shoot(page, 'partner-review', async () => {
    await ready();
    await page.getByRole('img', { name: "The candidate's architecture diagram" }).first().waitFor();
  });
  await page.close();
}

const candidate = await browser.newContext();
await candidateScreens(candidate);
await candidate.close();
const reviewer = await browser.newContext();
await reviewerScreens(reviewer);
await reviewer.close();
await browser.close();
console.log(`screenshots written to ${OUT}/`);
