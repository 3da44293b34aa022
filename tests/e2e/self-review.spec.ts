import { expect, test } from '@playwright/test';
import { editor, expectAccessible } from './helpers';

test('a mock keeps its secrets: no outline before, no grades during, a scorecard first at the end', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await page.goto('/#/prompts/internal-knowledge-assistant');
  // The rubric focus is folded away on the prompt page.
  const listens = page.getByText('What the interviewer listens for');
  await expect(listens).toBeVisible();
  await expect(page.getByText(/what a mock interview is graded on/)).toBeHidden();

  const setup = page.getByRole('form', { name: 'Mock interview' });
  await setup.getByLabel('Custom length', { exact: true }).check();
  await setup.getByLabel('Custom length (minutes)').fill('2');
  await expect(setup.getByRole('rowheader', { name: 'Retrieval' })).toBeVisible();
  await expect(setup.getByLabel('Retrieval')).toHaveValue(/^\d+:\d\d$/);
  await setup.getByRole('button', { name: 'Start mock interview' }).click();

  await editor(page).fill('Employees ask HR and IT questions; success is a cited answer in under 5 s p95.');
  await expect(page.getByRole('button', { name: 'Grade section' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Grade all' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Grade' }).click();
  await expect(page.getByText(/stay hidden until the interview ends/)).toBeVisible();
  await expect(page.getByText('Model-answer outline for this prompt')).toHaveCount(0);

  // Pausing stops the writing too.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(editor(page)).toHaveJSProperty('readOnly', true);
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(editor(page)).toHaveJSProperty('readOnly', false);

  await page.clock.runFor(2_000);
  await page.clock.fastForward('02:05');
  const card = page.getByRole('region', { name: 'Interview scorecard' });
  await expect(card).toBeVisible();
  await expect(card.getByText(/total over 11 of 11 sections/)).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Work on these first' })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(2);
  await expect(card.getByRole('table').filter({ hasText: 'Budget' })).toBeVisible();
  // The scorecard comes first, then the follow-ups, then the answer.
  const round = page.getByRole('region', { name: 'Follow-up questions' });
  await expect(round).toBeVisible();
  const above = async (a: typeof card, b: typeof card) =>
    ((await a.boundingBox())?.y ?? 0) < ((await b.boundingBox())?.y ?? 0);
  expect(await above(card, round)).toBe(true);
  expect(await above(round, editor(page))).toBe(true);
  await expectAccessible(page, 'mock scorecard');
});

test('practice offers the follow-up round once every section is graded', async ({ page }) => {
  await page.goto('/#/prompts/internal-knowledge-assistant');
  await page.getByRole('button', { name: 'Start practice attempt' }).click();
  await editor(page).fill('Employees ask HR and IT questions; success is a cited answer in under 5 s p95.');
  await expect(page.getByRole('region', { name: 'Follow-up questions' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Grade all' }).click();
  const round = page.getByRole('region', { name: 'Follow-up questions' });
  await expect(round.getByRole('button', { name: 'Start follow-up round' })).toBeVisible();
});
