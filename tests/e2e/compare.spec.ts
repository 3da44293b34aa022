import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';
import { DAY, T0, seedAttempts, seededAttempt, seedGrade } from './seed-attempts';
import { withGradeRecorded } from '../../src/domain/attempt';

test('compare two attempts at the same prompt: scores, criteria, evidence and word diff', async ({
  page,
}) => {
  const before = seededAttempt({
    id: 'c1',
    at: T0,
    scores: { retrieval: 1, task: 2 },
    text: (s) => (s === 'retrieval' ? 'We use BM25 over the clauses.' : 'Lawyers need cited answers.'),
  });
  const after = seededAttempt({
    id: 'c2',
    at: T0 + DAY,
    scores: { retrieval: 3, task: 2 },
    text: (s) =>
      s === 'retrieval'
        ? 'We use BM25 and a cross-encoder reranker over the top 50 clauses.'
        : 'Lawyers need cited answers.',
  });
  await page.clock.setFixedTime(T0 + 2 * DAY);
  await seedAttempts(page, [before, after]);
  await page.getByRole('link', { name: /^Compare the attempt at Build a RAG system/ }).click();
  await expect(page.getByRole('heading', { name: 'Compare two attempts' })).toBeVisible();
  await expect(page.getByText(/Sections graded in both \(2\): 3 → 5/)).toBeVisible();
  const retrieval = page.getByRole('region', { name: 'Retrieval' });
  await expect(retrieval.getByText('+2', { exact: true })).toBeVisible();
  await expect(retrieval.getByText('Gained: Numbers')).toBeVisible();
  await expect(
    retrieval.getByText('We use BM25 and a cross-encoder reranker over the top 50 clauses'),
  ).toBeVisible();
  await expect(retrieval.locator('ins')).toContainText(['and a cross-encoder reranker']);
  await expect(page.getByRole('region', { name: 'User task' }).getByText('Text unchanged.')).toBeVisible();
  await expectAccessible(page, 'compare attempts');

  // The pickers offer only attempts at the same prompt and keep the choice in the URL.
  await page.getByLabel('After').selectOption({ index: 0 });
  await expect(page).toHaveURL(/#\/compare\?a=c1$/);
});

test('compare two graded versions of one section', async ({ page }) => {
  let a = seededAttempt({ id: 'v1', at: T0, scores: { evals: 1 }, text: () => 'A golden set.' });
  const edited = 'A golden set of 200 cases, re-run on every prompt change.';
  a = { ...a, answers: { ...a.answers, evals: { text: edited, updatedAt: T0 + DAY } } };
  a = withGradeRecorded(a, seedGrade('evals', 3, T0 + DAY, edited, true), edited);
  await page.clock.setFixedTime(T0 + 2 * DAY);
  await seedAttempts(page, [a]);
  await page.goto('/#/compare?attempt=v1&section=evals');
  await expect(page.getByRole('heading', { name: 'Evals: graded versions' })).toBeVisible();
  await expect(page.getByLabel('Before')).toHaveValue('0');
  await expect(page.getByLabel('After')).toHaveValue('1');
  const region = page.getByRole('region', { name: 'Evals' });
  await expect(region.getByText('+2', { exact: true })).toBeVisible();
  await expect(region.getByText(/different graders/)).toBeVisible();
  await expect(region.locator('ins')).toContainText([/of 200 cases/]);
  await expectAccessible(page, 'compare versions');
});
