import { expect, test, type Page } from '@playwright/test';
import { editor, expectAccessible } from './helpers';

const TASK =
  'Users are 9,000 employees asking HR and IT policy questions; success is a cited answer in under 5 s p95.';

async function startPracticeOn(page: Page, promptId: string) {
  await page.goto(`/#/prompts/${promptId}`);
  await page.getByRole('button', { name: 'Start practice attempt' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
}

/** Characters of the editor's font that fit on one line of the answer box. */
const charsPerLine = (page: Page) =>
  editor(page).evaluate((box: HTMLTextAreaElement) => {
    const style = getComputedStyle(box);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = style.font;
    const sample = 'The p95 latency target is 5 s; we cache 80% of hits. ';
    const charWidth = ctx.measureText(sample).width / sample.length;
    const inner = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.floor(inner / charWidth);
  });

test('keyboard: Alt+Down lands in the next editor and keeps every keystroke; the editor is wide', async ({
  page,
}) => {
  await startPracticeOn(page, 'internal-knowledge-assistant');
  expect(await charsPerLine(page)).toBeGreaterThanOrEqual(60);
  await editor(page).fill(TASK);
  await editor(page).focus();
  // Typed at once after the shortcut: nothing may fall between the sections.
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.type('Confluence, 40k pages.');
  await expect(page.getByRole('heading', { name: 'Data sources', level: 2 })).toBeVisible();
  await expect(editor(page)).toHaveValue('Confluence, 40k pages.');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.type(' More.');
  await expect(editor(page)).toHaveValue(`${TASK} More.`);
  await expectAccessible(page, 'workspace');
});

test('grade history: edit after grading shows it, re-grading keeps both versions and links to compare', async ({
  page,
}) => {
  await startPracticeOn(page, 'internal-knowledge-assistant');
  await editor(page).fill(TASK);
  await page.getByRole('button', { name: 'Grade section' }).click();
  const panel = page.getByRole('region', { name: 'Grade' });
  await expect(panel.getByRole('heading', { name: 'Next step' })).toBeVisible();
  await expect(panel.getByText(/^Criteria: \d+ of \d+ met$/)).toBeVisible();

  await editor(page).press('End');
  await editor(page).pressSequentially(' We review answers weekly with HR.');
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByText('edited since grading')).toBeVisible();
  await expect(panel.getByText('Graded an earlier version.')).toBeVisible();

  await page.getByRole('button', { name: 'Grade section' }).click();
  await expect(rail.getByText('edited since grading')).toHaveCount(0);
  await panel.getByText('Graded versions (2)').click();
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  const compare = panel.getByRole('link', { name: 'Compare versions' });
  await expect(compare).toHaveAttribute('href', /#\/compare\?attempt=[^&]+&section=task$/);
  await expectAccessible(page, 'graded workspace');
});

test('self-assessment: a score given before grading shows beside the grader’s', async ({ page }) => {
  await startPracticeOn(page, 'internal-knowledge-assistant');
  await editor(page).fill(TASK);
  await page.getByRole('tab', { name: 'Grade' }).click();
  const panel = page.getByRole('region', { name: 'Grade' });
  await panel.getByRole('radio', { name: '2' }).check();
  await expect(panel.getByText(/You gave 2\/4/)).toBeVisible();
  await page.getByRole('button', { name: 'Grade section' }).click();
  const pair = panel.getByLabel("Your score and the grader's");
  await expect(pair).toContainText('You2/4');
  await expect(pair).toContainText(/Grader[0-4]\/4/);
  await page.reload();
  await page.getByRole('tab', { name: 'Grade' }).click();
  await expect(
    page.getByRole('region', { name: 'Grade' }).getByLabel("Your score and the grader's"),
  ).toContainText('You2/4');
});

test('phones: no sideways scrolling on the prompt and attempt screens, and Start is in the first screenful', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/prompts/legal-rag');
  const start = page.getByRole('button', { name: 'Start practice attempt' });
  await expect(start).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await start.click();
  await editor(page).fill(TASK);
  await page.getByRole('button', { name: 'Grade section' }).click();
  await expect(
    page.getByRole('region', { name: 'Grade' }).getByRole('heading', { name: 'Next step' }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('one unreachable endpoint is one message with its count, not eleven', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel(/LLM grader/).check();
  await page.getByLabel('Provider').selectOption('custom');
  await page.getByLabel('Base URL').fill('http://127.0.0.1:9/v1');
  await page.getByLabel('Model', { exact: true }).fill('scripted-grader');
  await startPracticeOn(page, 'legal-rag');
  // Empty sections are graded without a request: write three so three requests fail alike.
  for (const line of [TASK, 'We index 2.4M pages nightly.', 'Hybrid BM25 + dense search, reranked.']) {
    await editor(page).fill(line);
    await page.keyboard.press('Alt+ArrowDown');
  }
  await page.getByRole('button', { name: 'Grade all' }).click();
  const status = page.getByRole('status').filter({ hasText: 'could not be graded' });
  await expect(status).toContainText(
    'Graded 8; 3 could not be graded. User task, Data sources, Retrieval failed the same way:',
    { timeout: 30_000 },
  );
  expect(((await status.textContent()) ?? '').match(/could not reach/g)).toHaveLength(1);
  const text = (await status.textContent()) ?? '';
  expect(text.length).toBeLessThan(700);
  await expect(editor(page)).toBeInViewport();
});

test('a long answer is graded offline in a worker, with the same kind of result', async ({ page }) => {
  await startPracticeOn(page, 'legal-rag');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const paragraph =
    'We chunk contracts by clause (512 tokens, 64 overlap) and rerank the top 50 with a cross-encoder, because clause-level recall matters more than speed; p95 stays under 800 ms.\n\n';
  await editor(page).fill(paragraph.repeat(260));
  await page.getByRole('button', { name: 'Grade section' }).click();
  const panel = page.getByRole('region', { name: 'Grade' });
  await expect(panel.getByRole('heading', { name: 'Next step' })).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText(/Offline rubric check \(not an AI\)/)).toBeVisible();
  expect(workers.some((url) => /offline-grade\.worker/.test(url))).toBe(true);
});

test('every offline grading runs in one kept worker: a short answer with × and ≈ too, graded twice', async ({
  page,
}) => {
  await startPracticeOn(page, 'legal-rag');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await editor(page).fill(
    '6,000 queries/day × 22 working days ≈ 132k/month; ~12k input + 800 output tokens (~$3/$15 per M) ≈ $6.4k/month.',
  );
  const panel = page.getByRole('region', { name: 'Grade' });
  await page.getByRole('button', { name: 'Grade section' }).click();
  await expect(panel.getByText(/Offline rubric check \(not an AI\)/)).toBeVisible({ timeout: 30_000 });
  await editor(page).fill(
    'We chunk contracts by clause and rerank the top 50, because recall matters more than speed.',
  );
  await page.getByRole('button', { name: 'Grade section' }).click();
  await expect(panel.getByText(/graded an earlier version/i)).toHaveCount(0, { timeout: 30_000 });
  await expect(panel.getByText(/Offline rubric check \(not an AI\)/)).toBeVisible();
  expect(workers.filter((url) => /offline-grade\.worker/.test(url))).toHaveLength(1);
});
