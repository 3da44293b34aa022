import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';
import { DAY, T0, seedAttempts, seededAttempt } from './seed-attempts';

const THREE = [
  seededAttempt({ id: 'p1', at: T0, scores: { task: 1, data: 2, retrieval: 1, evals: 0, cost: 2 } }),
  seededAttempt({ id: 'p2', at: T0 + DAY, scores: { task: 2, data: 2, retrieval: 2, evals: 1, cost: 3 } }),
  seededAttempt({
    id: 'p3',
    at: T0 + 2 * DAY,
    scores: { task: 3, data: 3, retrieval: 3, evals: 1, cost: 3 },
  }),
];

test('progress after three attempts: charts, weakest sections, totals, table and report', async ({
  page,
}) => {
  await page.clock.setFixedTime(T0 + 2 * DAY + 3_600_000);
  await seedAttempts(page, THREE);
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();

  const charts = page.getByRole('list', { name: 'Score over time per section' }).getByRole('listitem');
  await expect(charts).toHaveCount(11);
  await expect(
    page.getByRole('img', { name: /^Retrieval: 1, 2, 3 over 3 grades; from 1 to 3$/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Holding you back' }).getByRole('listitem').first(),
  ).toContainText('Evals');
  const row = page.getByRole('row', { name: /legal documents/i });
  await expect(row).toContainText('3');
  await expect(row.getByRole('cell').nth(1)).toHaveText(/13\/44/);
  await page.getByText('Scores as a table').click();
  await expect(page.getByRole('row', { name: /^Evals/ })).toContainText('0 on');
  await expectAccessible(page, 'progress');

  // Filters live in the URL; an LLM-only view of offline grades is empty and says so.
  await page.getByLabel('Grader').selectOption('llm');
  await expect(page).toHaveURL(/#\/progress\?grader=llm/);
  await expect(page.getByText('No graded sections match these filters.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Grader')).toHaveValue('llm');
  await page.getByLabel('Grader').selectOption('');

  await page.getByRole('link', { name: 'Progress report' }).click();
  await expect(page.getByRole('heading', { name: 'Design Dojo progress report' })).toBeVisible();
  await expectAccessible(page, 'progress report');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  const md = Buffer.concat(text).toString('utf8');
  expect(md).toContain('## Sections, weakest first');
  expect(md).toMatch(/\| Evals \| 0\.7 \| 1 \(Superficial\) \| 3 \| 0 → 1 → 1 \|/);
});

test('mixing offline and LLM grades is said out loud', async ({ page }) => {
  await page.clock.setFixedTime(T0 + 2 * DAY);
  await seedAttempts(page, [
    THREE[0]!,
    seededAttempt({ id: 'l1', at: T0 + DAY, scores: { task: 4 }, llm: true }),
  ]);
  await page.goto('/#/progress');
  await expect(page.getByRole('note')).toContainText('different scales');
  await page.getByLabel('Grader').selectOption('offline');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('the review list moves with the clock and starts a drill', async ({ page }) => {
  const weak = seededAttempt({ id: 'w1', at: T0, scores: { retrieval: 2, task: 3 } });
  await page.clock.setFixedTime(T0 + DAY / 2);
  await seedAttempts(page, [weak]);
  await page.goto('/#/');
  const due = page.getByRole('region', { name: 'What to do next' });
  await expect(due).toContainText('Nothing due today. Next: Retrieval, due within a day.');

  await page.clock.setFixedTime(T0 + DAY + 120_000);
  await page.reload();
  await expect(page.getByRole('button', { name: /Drill Retrieval in Build a RAG system/ })).toBeVisible();
  await page.goto('/#/progress');
  await expect(page.getByRole('list', { name: 'Due for review' })).toContainText('review 1 of 4');
  await expectAccessible(page, 'progress with due list');

  // Five days on, the 1-day review was never done: the same item is four days overdue.
  await page.clock.setFixedTime(T0 + 5 * DAY + 120_000);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Due for review' })).toContainText('4 days overdue');
  await page.getByRole('button', { name: /Drill Retrieval in Build a RAG system/ }).click();
  await expect(page).toHaveURL(/#\/attempts\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Retrieval', level: 2 })).toBeVisible();
});

test('dark mode: library, progress and compare pass axe; the report prints without the app chrome', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.setFixedTime(T0 + 4 * DAY);
  await seedAttempts(page, THREE);
  await page.goto('/#/');
  await expect(page.getByRole('button', { name: /^Drill / }).first()).toBeVisible();
  await expectAccessible(page, 'library, dark');
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expectAccessible(page, 'progress, dark');
  await page.goto('/#/compare?a=p1&b=p3');
  await expect(page.getByRole('region', { name: 'Retrieval' })).toBeVisible();
  await expectAccessible(page, 'compare, dark');
  await page.goto('/#/report');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.getByRole('heading', { name: 'Design Dojo progress report' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});

test('the two or three weakest due sections of a prompt start as one drill', async ({ page }) => {
  await page.clock.setFixedTime(T0 + 2 * DAY);
  await seedAttempts(page, [
    seededAttempt({ id: 'g1', at: T0, scores: { evals: 0, cost: 1, task: 2, data: 2 } }),
  ]);
  await page.goto('/#/progress');
  await page
    .getByRole('button', { name: /^Drill 3 together: Evals, Cost, User task in Build a RAG/ })
    .click();
  await expect(page).toHaveURL(/#\/attempts\/[\w-]+$/);
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('button', { name: /Evals/ })).toBeVisible();
  await expect(rail.getByRole('button', { name: /Cost/ })).toBeVisible();
  await expect(rail.getByRole('button', { name: /Data sources/ })).toHaveCount(0);
});
