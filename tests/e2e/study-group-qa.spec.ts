import { expect, test, type Page } from '@playwright/test';
import { shareOutput } from '../../src/domain/pack/incoming';
import type { SharedAttempt } from '../../src/domain/pack/share-schema';
import { fillRecipePrompt } from './helpers';

// Findings from trying the study-group screens as a stranger would: odd ids in the address, a key typed
// into a prompt, a review left half-written, a phone-sized kit.

const attempt: SharedAttempt = {
  id: 'partner-attempt-1',
  promptId: 'legal-rag',
  promptTitle: 'Build a RAG system for legal documents',
  author: 'Ben',
  createdAt: 1_700_000_000_000,
  answers: { task: 'Lawyers need cited answers within a minute.', data: 'Contracts from the DMS.' },
  diagram: '',
};

async function openForReview(page: Page) {
  await page.goto(`/${shareOutput({ kind: 'attempt', attempt, prompt: null }, '').fragment}`);
  await page.getByRole('button', { name: 'Import and review' }).click();
  await expect(page.getByRole('heading', { name: /Review Ben’s attempt/ })).toBeVisible();
}

for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
  test(`#/author/${id} says the prompt is not found`, async ({ page }) => {
    await page.goto(`/#/author/${id}`);
    await expect(page.getByRole('heading', { name: 'Prompt not found' })).toBeVisible();
    await expect(page.getByText(`You have not written a prompt “${id}” here.`)).toBeVisible();
  });
}

test('a key typed into a prompt is flagged where it is typed and the prompt cannot be saved', async ({
  page,
}) => {
  await page.goto('/#/author');
  const notes = page.getByLabel('Reference notes: User task');
  await notes.fill('Names the users.\nUse sk-proj-abcdefghijklmnopqrstuvwx1234 for the grader.');
  await expect(notes).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/line 2 looks like it contains an API key/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save prompt' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'still to fill in or fix' })).toBeVisible();
});

test('a saved prompt edited to hold a key loses its share link until the key is gone', async ({ page }) => {
  await fillRecipePrompt(page, 'Build a recipe assistant with RAG');
  await page.getByRole('button', { name: 'Save prompt' }).click();
  const link = page.getByLabel(/Share link for this prompt/);
  await expect(link).toBeVisible();
  const notes = page.getByLabel('Reference notes: User task');
  await notes.fill('Names the users.\nUse sk-proj-abcdefghijklmnopqrstuvwx1234 for the grader.');
  await expect(page.getByText(/line 2 looks like it contains an API key/)).toBeVisible();
  await expect(link).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download file' })).toHaveCount(0);
  await notes.fill('Names the users.\nSets a measurable goal.');
  await expect(link).toBeVisible();
});

test('a partner review is kept as it is typed, through reloads and later edits', async ({ page }) => {
  await openForReview(page);
  const score = page.getByRole('group', { name: 'Score for “User task”' });
  await score.getByRole('radio', { name: '2' }).check();
  await page.getByLabel('Notes on “User task”').fill('Name a baseline.');
  await page.getByLabel('Overall comments').fill('Clear on users, thin on data.');
  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.reload();
  await expect(score.getByRole('radio', { name: '2' })).toBeChecked();
  await expect(page.getByLabel('Notes on “User task”')).toHaveValue('Name a baseline.');
  await expect(page.getByLabel('Overall comments')).toHaveValue('Clear on users, thin on data.');

  // A review already sent, then changed: the change survives navigation too.
  await page.getByLabel('Your name').fill('Ada');
  await page.getByRole('button', { name: 'Save and create review link' }).click();
  await expect(page.getByLabel(/Share link for your review/)).toBeVisible();
  await score.getByRole('radio', { name: '3' }).check();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.goto('/#/attempts');
  await page.goto(`/#/review/${attempt.id}`);
  await expect(score.getByRole('radio', { name: '3' })).toBeChecked();
  await expect(page.getByLabel('Your name')).toHaveValue('Ada');
});

test.describe('phones', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the interviewer kit does not scroll sideways at 360 px', async ({ page }) => {
    await page.goto('/#/kit/legal-rag');
    await expect(page.getByRole('heading', { name: 'Scoring sheet' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
