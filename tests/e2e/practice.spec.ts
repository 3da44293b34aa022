import { expect, test } from '@playwright/test';
import { editor, expectAccessible, startPractice } from './helpers';

const TASK = `Users are 9,000 employees asking HR and IT policy questions; success means a cited answer in under 5 seconds p95.

| Metric | Target |
| --- | --- |
| Answer accepted | >= 80% |

- We escalate to a human when confidence is low, because wrong policy answers cost trust.`;

const DATA = `We ingest Confluence (40k pages) and the ticket system nightly; we keep page ACLs as metadata and drop pages older than 2 years unless pinned.`;

test('library: search and tag filters narrow the prompts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Prompt library' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');
  expect(await cards.count()).toBeGreaterThanOrEqual(10);
  await expectAccessible(page, 'library');
  await page.getByLabel('Search prompts').fill('legal');
  await expect(cards.first()).toContainText(/legal/i);
  const searched = await cards.count();
  expect(searched).toBeLessThan(10);
  await page.getByLabel('Search prompts').fill('');
  await page
    .getByRole('group', { name: 'Filter by tag' })
    .getByRole('button', { name: 'sql', exact: true })
    .click();
  await expect(cards).not.toHaveCount(0);
  for (const card of await cards.all()) await expect(card).toContainText('sql');
});

test('practice: write, preview, grade, reload keeps everything, delete with undo', async ({ page }) => {
  // The fake clock fires the debounced save on demand instead of waiting for it in real time.
  await page.clock.install();
  const url = await startPractice(page, /internal knowledge assistant/i);
  await expectAccessible(page, 'attempt editor');

  await editor(page).fill(TASK);
  await expect(page.getByRole('table').filter({ hasText: 'Answer accepted' })).toBeVisible();
  await expect(page.getByText(/\b\d+ words\b/)).toBeVisible();

  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { name: 'Data sources', level: 2 })).toBeVisible();
  await editor(page).fill(DATA);

  await page.getByRole('button', { name: 'Grade section' }).click();
  const panel = page.getByRole('region', { name: 'Grade' });
  await expect(panel.getByRole('img', { name: /^Score \d of 4/ })).toBeVisible();
  await expect(panel.getByText(/Offline rubric check \(not an AI\)/)).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Next step' })).toBeVisible();
  await expect(panel.getByRole('blockquote').first()).toContainText('Confluence');

  await page.getByRole('button', { name: 'Grade all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Graded 11 sections' })).toBeVisible();
  await expect(page.getByText(/Total \d+\/44 \(11 of 11 graded\)/)).toBeVisible();
  await page.getByRole('button', { name: /Rollout/ }).click();
  await expect(panel.locator('[data-flag="empty"]')).toBeVisible();
  await expectAccessible(page, 'graded attempt');

  await page.getByRole('button', { name: /Data sources/ }).click();
  // Fire the debounced write, then reload: text, grades and position are all back.
  await page.clock.runFor(1_000);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data sources', level: 2 })).toBeVisible();
  await expect(editor(page)).toHaveValue(DATA);
  await expect(panel.getByRole('img', { name: /^Score \d of 4/ })).toBeVisible();
  await page.getByRole('button', { name: /User task/ }).click();
  await expect(editor(page)).toHaveValue(TASK);

  await page.getByRole('link', { name: 'Attempts' }).click();
  const row = page.getByRole('row', { name: /internal knowledge assistant/i });
  await expect(row).toContainText('Graded');
  await expect(row).toContainText('/44');
  await expectAccessible(page, 'attempts list');
  await row.getByRole('button', { name: /Delete/ }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /internal knowledge assistant/i })).toHaveCount(1);
  await page.clock.runFor(1_000);
  await page.reload();
  await expect(page.getByRole('row', { name: /internal knowledge assistant/i })).toHaveCount(1);
  await page.goto(url);
  await expect(editor(page)).toHaveValue(TASK);
});

test('typing is saved when the tab is closed right away (flush on pagehide)', async ({ page, context }) => {
  const url = await startPractice(page, /RAG system for legal documents/i);
  await editor(page).fill('Lawyers need cited answers over 2.4M pages.');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(editor(again)).toHaveValue('Lawyers need cited answers over 2.4M pages.');
});

test('a long answer typed just before the tab closes is saved (flush on pagehide)', async ({
  page,
  context,
}) => {
  const url = await startPractice(page, /RAG system for legal documents/i);
  const long = 'We cite the page and paragraph of every claim. '.repeat(100);
  await editor(page).fill(long);
  await expect(page.getByText('900 words')).toBeVisible();
  // The box is uncontrolled and its text reaches the store a frame after the key: closing at once leaves
  // the last keys of a 4,700-character answer to the flush on pagehide.
  await editor(page).press('End');
  await page.keyboard.type('Last words.');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(editor(again)).toHaveValue(`${long}Last words.`);
});
