import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { editor, expectAccessible, startPractice } from './helpers';
import { seedIndexedDb, storedFixture } from './idb-seed';

test('without IndexedDB (private mode, blocked storage) the app says so and practice still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await startPractice(page, /Build a RAG system for legal/);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /could not be loaded|not saved/ })
      .first(),
  ).toBeVisible();
  await editor(page).fill('Lawyers need cited answers.');
  await expect(editor(page)).toHaveValue('Lawyers need cited answers.');
  await page.getByRole('button', { name: 'Grade section' }).click();
  await expect(page.getByRole('img', { name: /^Score \d of 4/ }).first()).toBeVisible();
});

test('damaged saved records stay listed in Settings: export, try to restore, delete', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Kept aside' })).toBeVisible();
  // A record no version can read (answers lost), and an entry an earlier build quarantined whole for one bad grade.
  const broken = {
    ...(storedFixture('attempt-v1-mock-ended.json') as object),
    id: 'att-broken',
    answers: 'lost',
  };
  const oldEntry = (storedFixture('quarantine-v1-attempt.json') as { value: unknown }).value;
  await seedIndexedDb(page, { attempts: [broken], quarantine: [oldEntry] });

  // Loading the attempts moves the broken record aside; it is still listed after a reload.
  await page.goto('/#/attempts');
  await page.reload();
  await expect(page.getByText(/could not be read and were kept aside/)).toBeVisible();
  await page.getByRole('link', { name: 'Export, restore or delete them in Settings' }).click();
  await page.reload();
  const list = page.getByRole('list', { name: 'Kept-aside records' });
  const brokenEntry = list.getByRole('listitem', { name: 'Attempt att-broken' });
  const oldRulesEntry = list.getByRole('listitem', { name: 'Attempt att-0e2f6b18-broken' });
  await expect(brokenEntry).toContainText('Not a valid saved attempt: answers');
  await expect(oldRulesEntry).toContainText('grades.data.score');
  await expectAccessible(page, 'kept aside');

  const download = page.waitForEvent('download');
  await brokenEntry.getByRole('button', { name: 'Export as JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { id: string; raw: { answers: unknown } }[];
  expect(exported.map((e) => [e.id, e.raw.answers])).toEqual([['att-broken', 'lost']]);

  // Still unreadable: it stays. The old entry reads today without its bad grade: it comes back.
  await brokenEntry.getByRole('button', { name: 'Try to restore' }).click();
  await expect(page.getByRole('status')).toContainText('Not restored: It still cannot be read.');
  await oldRulesEntry.getByRole('button', { name: 'Try to restore' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Restored “Design a natural-language analytics assistant with safe SQL”. 2 parts that still cannot be read stay here.',
  );
  await expect(
    list.getByRole('listitem', { name: 'Part “grades.data” of attempt att-0e2f6b18-broken' }),
  ).toBeVisible();

  await brokenEntry.getByRole('button', { name: 'Delete…' }).click();
  await brokenEntry.getByRole('button', { name: 'Delete for good' }).click();
  await expect(brokenEntry).toHaveCount(0);

  await page.getByRole('link', { name: 'Attempts' }).click();
  await expect(
    page.getByRole('link', { name: 'Design a natural-language analytics assistant with safe SQL' }),
  ).toBeVisible();
});
