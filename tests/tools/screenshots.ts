// `npm run screenshots`: drives the production build (served by `vite preview` on 4173) in real Chromium
// and writes the README's screenshots to public/screenshots/. Run `npm run build` and
// `npx vite preview --port 4173` first.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const OUT = 'public/screenshots';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const TASK = `Users are **900 lawyers** (associates, partners, paralegals) who need cited answers across 2.4M pages.

| Metric | Target |
| --- | --- |
| Verified citations | >= 95% |
| p95 latency | < 8 s |

- Success means every claim links to a page and paragraph; we measure time saved per research task against a 25-minute baseline.
- Non-goal: drafting filings, because the risk of an unreviewed filing is too high.`;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const colorScheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme });
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { name: 'Prompt library' }).waitFor();
  await page.screenshot({ path: `${OUT}/library-${colorScheme}.png` });
  await page.getByRole('link', { name: /legal/i }).click();
  await page.getByRole('button', { name: 'Start practice attempt' }).click();
  await page.getByLabel('Your answer (Markdown)').fill(TASK);
  await page.getByRole('button', { name: 'Grade section' }).click();
  await page.locator('.grade-panel .score-badge').waitFor();
  await page.screenshot({ path: `${OUT}/attempt-${colorScheme}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${OUT}/`);
