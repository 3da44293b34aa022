import { expect, test, type Page } from '@playwright/test';
import { DAY, T0, seedAttempts, seededAttempt } from './seed-attempts';

// Phones: no screen may scroll sideways at 360 px, and each screen's main action shows without scrolling.
test.use({ viewport: { width: 360, height: 740 } });

const ATTEMPTS = [
  seededAttempt({ id: 's1', at: T0, scores: { task: 1, data: 2, retrieval: 1, evals: 0 } }),
  seededAttempt({ id: 's2', at: T0 + DAY, scores: { task: 3, data: 2, retrieval: 3, evals: 2 } }),
];

/** The elements that stick out past the right edge, for a readable failure. */
async function overflow(page: Page): Promise<{ width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *, header *'))) {
      const box = el.getBoundingClientRect();
      const hiddenByParent = el.closest('.table-scroll, [data-scrolls]') !== null;
      if (box.width > 0 && box.right > window.innerWidth + 1 && !hiddenByParent) {
        culprits.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ')[0]}`);
      }
    }
    return { width: document.documentElement.scrollWidth, culprits: [...new Set(culprits)].slice(0, 8) };
  });
}

async function expectNoSidewaysScroll(page: Page, screen: string) {
  const o = await overflow(page);
  expect(o.width, `${screen} is ${o.width}px wide at 360px: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(
    360,
  );
}

async function expectInFirstScreen(page: Page, name: string, locator: ReturnType<Page['getByRole']>) {
  const box = await locator.boundingBox();
  expect(box, `${name} is missing`).not.toBeNull();
  expect(box!.y + box!.height, `${name} starts below the first screenful`).toBeLessThanOrEqual(740);
}

test('every screen fits 360 px with its main action in the first screenful', async ({ page }) => {
  await page.clock.setFixedTime(T0 + 4 * DAY);
  await seedAttempts(page, ATTEMPTS);

  const screens: [string, string, (p: Page) => ReturnType<Page['getByRole']>][] = [
    ['/#/', 'library', (p) => p.getByRole('link', { name: 'Open the prompt' })],
    ['/#/attempts', 'attempts', (p) => p.getByRole('link', { name: /legal documents/i }).first()],
    ['/#/progress', 'progress', (p) => p.getByRole('button', { name: /^Drill / }).first()],
    ['/#/compare?a=s1&b=s2', 'compare', (p) => p.getByRole('heading', { name: 'User task' })],
    ['/#/report', 'report', (p) => p.getByRole('button', { name: 'Download Markdown' })],
    ['/#/settings', 'settings', (p) => p.getByRole('heading', { level: 1 })],
    ['/#/prompts/legal-rag', 'prompt', (p) => p.getByRole('heading', { level: 1 })],
    ['/#/nowhere', 'not found', (p) => p.getByRole('link', { name: 'Go to the library' })],
  ];
  for (const [url, name, action] of screens) {
    await page.goto(url);
    await expect(action(page)).toBeVisible();
    await expectNoSidewaysScroll(page, name);
    await expectInFirstScreen(page, `${name}: main action`, action(page));
  }
});

test('the prompt page and the attempt screen fit 360 px', async ({ page }) => {
  await page.goto('/#/prompts/legal-rag');
  await expect(page.getByRole('button', { name: 'Start practice attempt' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'prompt page');
  await page.getByRole('button', { name: 'Start practice attempt' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expectNoSidewaysScroll(page, 'attempt screen');
});

test('the main navigation fits one row at 360 px', async ({ page }) => {
  await page.goto('/#/');
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  await expect(links).toHaveCount(5);
  const tops = await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size, `link tops: ${tops.join(', ')}`).toBe(1);
});
