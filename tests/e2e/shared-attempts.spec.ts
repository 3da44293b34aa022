import { expect, test } from '@playwright/test';
import { editor, expectAccessible, startPractice } from './helpers';
import { DAY, T0, seedAttempts, seededAttempt } from './seed-attempts';

// A partner's attempt imported for review carries the sender's grades as sent and their clock. It is
// someone else's work: it never counts as the user's history.
const mine = seededAttempt({ id: 'mine', at: T0, scores: { task: 1, data: 3 } });
const forged = {
  ...seededAttempt({
    id: 'forged',
    at: T0 - 3 * DAY,
    scores: { task: 4, data: 4, retrieval: 4, evals: 0, safety: 1 },
    text: () => 'tbd',
  }),
  updatedAt: T0 + DAY,
  provenance: { author: 'Sam Partner', importedFrom: 'file forged-attempt.json', importedAt: T0 + DAY },
};

test('an attempt shared with you is labelled as theirs and left out of your progress, library and review list', async ({
  page,
}) => {
  await page.clock.setFixedTime(T0 + 2 * DAY);
  await seedAttempts(page, [mine, forged]);

  const row = page.getByRole('row', { name: /legal documents/i }).filter({ hasText: 'Shared with you' });
  await expect(row.getByRole('rowheader')).toContainText('Shared with you by Sam Partner');
  await expect(row.getByRole('cell').nth(3)).toHaveText('Partly graded');
  await expect(row).toContainText('grades as sent');
  await expect(row.getByRole('cell').nth(2)).toHaveText('–');
  const own = page.getByRole('row', { name: /legal documents/i }).filter({ hasNotText: 'Shared with you' });
  await expect(own).toContainText('Partly graded');
  await expect(own).not.toContainText('grades as sent');
  await expectAccessible(page, 'attempts with a shared one');

  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  const perPrompt = page.getByRole('row', { name: /legal documents/i });
  await expect(perPrompt.getByRole('cell').nth(0)).toHaveText('1');
  await expect(perPrompt.getByRole('cell').nth(1)).toHaveText(/4\/44/);
  const due = page.getByRole('list', { name: 'Due for review' });
  await expect(due).toContainText('User task');
  await expect(due).not.toContainText('Evals');
  await expect(due).not.toContainText('Safety');

  await page.getByRole('link', { name: 'Library', exact: true }).click();
  const card = page
    .getByRole('list', { name: 'Prompts' })
    .getByRole('listitem')
    .filter({ hasText: /legal documents/i });
  await expect(card).toContainText('Attempted 1 time');
  await expect(card).toContainText('Best 4/44');

  // Still openable, but read-only: not edited, re-graded or self-scored as if it were yours.
  await page.goto('/#/attempts/forged');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(editor(page)).not.toBeEditable();
  await expect(page.getByText(/Shared with you by Sam Partner: read-only/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Grade section' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Grade all' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Review this attempt' })).toBeVisible();
  await expectAccessible(page, 'a shared attempt opened read-only');
});

test('the Progress headings keep the text colour after an attempt screen has loaded its styles', async ({
  page,
}) => {
  await page.clock.setFixedTime(T0 + 2 * DAY);
  await seedAttempts(page, [mine]);
  await page.goto('/#/attempts/mine');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  const heading = page.getByRole('heading', { name: 'Your progress' });
  await expect(heading).toBeVisible();
  const colours = await heading.evaluate((h) => ({
    heading: getComputedStyle(h).color,
    body: getComputedStyle(document.body).color,
  }));
  expect(colours.heading).toBe(colours.body);
});

test('a new practice attempt opens with the caret in the first section’s editor; reopening one does not', async ({
  page,
}) => {
  const url = await startPractice(page, /legal documents/i);
  await expect(editor(page)).toBeFocused();
  await page.keyboard.type('Lawyers');
  await expect(editor(page)).toHaveValue('Lawyers');
  await expectAccessible(page, 'new attempt');

  await page.getByRole('link', { name: 'Attempts' }).click();
  await page.goto(url);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(editor(page)).not.toBeFocused();
});
