import { expect, test, type Page } from '@playwright/test';
import { editor, expectAccessible } from './helpers';

const START = new Date('2026-11-25T10:00:00Z');

async function startMock(page: Page, minutes: number | 'standard') {
  await page.goto('/');
  await page.getByRole('link', { name: /internal knowledge assistant/i }).click();
  const setup = page.getByRole('form', { name: 'Mock interview' });
  if (minutes !== 'standard') {
    await setup.getByLabel('Custom length', { exact: true }).check();
    await setup.getByLabel('Custom length (minutes)').fill(String(minutes));
  }
  await setup.getByRole('button', { name: 'Start mock interview' }).click();
  await expect(page.getByRole('region', { name: 'Mock interview clock' })).toBeVisible();
}

test('a custom 2-minute mock runs out, locks the answer, grades it and reports time per section', async ({
  page,
}) => {
  await page.clock.install({ time: START });
  await startMock(page, 2);
  await expectAccessible(page, 'mock interview');
  await editor(page).fill('Employees ask HR and IT questions; success is a cited answer in under 5 s p95.');
  await page.clock.runFor(2_500);
  await page.clock.fastForward('02:05');
  await expect(page.getByText('Time is up.')).toBeVisible();
  await expect(editor(page)).toHaveJSProperty('readOnly', true);
  await expect(editor(page)).toHaveValue(/cited answer/);
  await expect(page.getByText(/Total \d+\/44 \(11 of 11 graded\)/)).toBeVisible();
  await expect(page.getByRole('table').filter({ hasText: 'Budget' })).toBeVisible();
  await expectAccessible(page, 'mock interview ended');

  // Follow-ups: the offline grader asks the prompt's own questions; answer one and grade it.
  const round = page.getByRole('region', { name: 'Follow-up questions' });
  await round.getByRole('button', { name: 'Start follow-up round' }).click();
  const reply = round.getByRole('textbox').first();
  await reply.fill(
    'We filter by ACL before ranking, because post-filtering leaks document existence; p95 stays under 300 ms.',
  );
  await round.getByRole('button', { name: 'Submit answer' }).click();
  await expect(round.getByRole('img', { name: /^Score \d of 4/ }).first()).toBeVisible();
  for (let i = 0; i < 2; i++) {
    const next = round.getByRole('button', { name: 'Next question' });
    if (!(await next.isVisible())) break;
    await next.click();
    await round
      .getByRole('textbox')
      .first()
      .fill('A bounded pipeline with a fallback to a human when confidence < 0.6.');
    await round.getByRole('button', { name: 'Submit answer' }).click();
  }
  await expect(round.getByText('Follow-up round complete.')).toBeVisible();

  await page.getByRole('link', { name: 'Attempts' }).click();
  const row = page.getByRole('row', { name: /internal knowledge assistant/i });
  await expect(row).toContainText('Mock, 2 min');
  await expect(row).toContainText('2 min of 2 min');
});

test('a reload mid-interview keeps the remaining time', async ({ page }) => {
  // Date.now() is pinned, so no real time passes between the two readings, the reload included.
  await page.clock.setFixedTime(START);
  await startMock(page, 'standard');
  const timer = page.getByRole('timer').first();
  await expect(timer).toHaveText(/45:00/);
  await page.clock.setFixedTime(new Date(START.getTime() + 90_000));
  await expect(timer).toHaveText(/43:30/);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Mock interview clock' })).toBeVisible();
  await expect(timer).toHaveText(/43:30/);
});

test('diagrams: the starter renders, an invalid one shows its error and keeps the last preview, a hostile one runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  await page.getByRole('link', { name: /codebase onboarding/i }).click();
  await page.getByRole('button', { name: 'Start practice attempt' }).click();
  await page.getByRole('button', { name: 'Architecture diagram' }).click();
  await page.getByRole('button', { name: /starter/i }).click();
  const preview = page.getByRole('img', { name: 'Architecture diagram preview' });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'diagram editor');

  const source = page.getByLabel('Diagram source (mermaid)');
  await source.fill('flowchart LR\n  a[Client] --> b[API]\n  b --> ');
  await expect(page.getByText(/Syntax error on line \d+/)).toBeVisible();
  await expect(preview).toBeVisible();

  await source.fill(
    [
      'flowchart LR',
      '  a["<img src=x onerror=window.__pwned=1>"] --> b[API]',
      '  click a "javascript:window.__pwned=2"',
      '  click b callback',
      '  c["<script>window.__pwned=3</script>"] --> b',
      '  b --> d[Afterwards]',
    ].join('\n'),
  );
  await expect(preview.getByText('Afterwards')).toBeVisible();
  await expect(page.getByText(/Syntax error/)).toHaveCount(0);
  await preview.getByText('API').click();
  await expect(preview.locator('script, [onerror], [onclick], [href^="javascript" i]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // A mermaid block inside a section's Markdown renders in the preview.
  await page.getByRole('button', { name: /User task/ }).click();
  await editor(page).fill('Flow:\n\n```mermaid\nflowchart LR\n  u[User] --> s[Search]\n```\n');
  await expect(page.getByRole('img', { name: 'Diagram in your answer' })).toBeVisible({ timeout: 20_000 });
});
