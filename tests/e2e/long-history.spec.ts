import { expect, test, type Page } from '@playwright/test';
import { DAY, T0, seedAttempts, seededAttempt } from './seed-attempts';

const COUNT = 120;
// Attempts written as a build before summaries left them: start-up must summarise every one of them.
const HISTORY = Array.from({ length: COUNT }, (_, i) =>
  seededAttempt({
    id: `h${String(i).padStart(3, '0')}`,
    at: T0 + i * 3_600_000,
    scores: { task: i % 5, retrieval: (i + 2) % 5, cost: 2 },
    text: (section, score) => `Attempt ${i}: for ${section} we decide step ${score}. It costs ${score} ms.`,
  }),
);

/** How many records each IndexedDB store holds (read in the page, as the app stored them). */
function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('design-dojo');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const names = ['attempts', 'summaries'];
    const counts = await Promise.all(
      names.map(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const req = db.transaction(name).objectStore(name).count();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(names.map((name, i) => [name, counts[i]!]));
  });
}

test('a long history: summaries built once, the list pages, one attempt opens by itself', async ({
  page,
}) => {
  await page.clock.setFixedTime(T0 + 10 * DAY);
  await seedAttempts(page, HISTORY);

  // The first start summarises every attempt and keeps the summaries.
  await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible();
  await expect(page.getByText(`Showing the newest 50 of ${COUNT} attempts.`)).toBeVisible();
  await expect.poll(() => countRecords(page)).toEqual({ attempts: COUNT, summaries: COUNT });

  // Newest first, 50 at a time.
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Build a RAG system for legal documents');
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(101);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(COUNT + 1);
  // The keyboard carries on from the first row added (the 101st newest attempt, h019).
  await expect(
    rows.nth(101).getByRole('link', { name: 'Build a RAG system for legal documents', exact: true }),
  ).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);

  // The library's cards and the progress page read the summaries.
  await page.getByRole('link', { name: 'Library' }).click();
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Build a RAG system for legal documents' }) });
  await expect(card.getByText(`Attempted ${COUNT} times`)).toBeVisible();
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('img', { name: /^User task: .* over 120 grades/ })).toBeVisible();

  // One attempt opens from a fresh load, read by its key, with its own text.
  await page.goto('/#/attempts/h042');
  await expect(page.getByLabel('Your answer (Markdown)')).toHaveValue(
    'Attempt 42: for task we decide step 2. It costs 2 ms.',
  );
  await page.goto('/#/attempts/h999');
  await expect(page.getByRole('heading', { name: 'Attempt not found' })).toBeVisible();
});

test('deleting an attempt from the list removes its summary, and Undo brings back its text', async ({
  page,
}) => {
  await page.clock.setFixedTime(T0 + 10 * DAY);
  await seedAttempts(page, HISTORY.slice(0, 3));
  await page
    .getByRole('button', { name: /^Delete attempt at .*/ })
    .first()
    .click();
  await expect(page.getByRole('status')).toContainText('Deleted the attempt');
  await expect.poll(() => countRecords(page)).toEqual({ attempts: 2, summaries: 2 });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => countRecords(page)).toEqual({ attempts: 3, summaries: 3 });
  await page.reload();
  await page.goto('/#/attempts/h002');
  await expect(page.getByLabel('Your answer (Markdown)')).toHaveValue(
    'Attempt 2: for task we decide step 2. It costs 2 ms.',
  );
});
