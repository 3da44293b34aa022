import { expect, test, type Page } from '@playwright/test';
import { editor, expectAccessible, startPractice } from './helpers';

/** The stored text of one section of the only attempt, read straight from IndexedDB. */
async function storedTaskText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('design-dojo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('attempts').objectStore('attempts').getAll();
          request.onsuccess = () => {
            const [attempt] = request.result as { answers: { task: { text: string } } }[];
            open.result.close();
            resolve(attempt?.answers.task.text ?? null);
          };
        };
      }),
  );
}

/** The reasons of everything kept aside in the quarantine. */
async function keptAsideTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('design-dojo');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('quarantine').objectStore('quarantine').getAll();
          request.onsuccess = () => {
            const entries = request.result as { raw: { answers?: { task?: { text?: string } } } }[];
            open.result.close();
            resolve(entries.map((e) => e.raw.answers?.task?.text ?? ''));
          };
        };
      }),
  );
}

test('two tabs: the other tab’s saved text never loses silently, and the user chooses per section', async ({
  context,
}) => {
  const tabA = await context.newPage();
  const url = await startPractice(tabA, /Build a RAG system for legal/);
  const tabB = await context.newPage();
  await tabB.goto(url);
  await expect(editor(tabB)).toBeVisible();

  // Tab A types and its text is saved.
  await editor(tabA).fill('Text written in tab A');
  await expect.poll(() => storedTaskText(tabA)).toBe('Text written in tab A');

  // Tab B, which loaded before A's save, types: its save is refused and both versions are offered.
  await editor(tabB).fill('Text written in tab B');
  const dialogB = tabB.getByRole('dialog', { name: /Two versions of/ });
  await expect(dialogB).toBeVisible();
  await expect(dialogB.getByLabel('Other tab’s User task', { exact: true })).toHaveText(
    'Text written in tab A',
  );
  await expect(dialogB.getByLabel('This tab’s User task', { exact: true })).toHaveText(
    'Text written in tab B',
  );
  expect(await storedTaskText(tabB)).toBe('Text written in tab A');
  await expectAccessible(tabB, 'two versions');

  // Following the old advice and reloading B must not write B's rejected version over A's.
  await tabB.reload();
  const reopened = tabB.getByRole('dialog', { name: /Two versions of/ });
  await expect(reopened).toBeVisible();
  // The tab was reloaded, not closed: the explanation must be true for both.
  await expect(reopened).toContainText('after a tab was closed or reloaded with typing it had not saved yet');
  await expect(reopened.getByLabel('This tab’s User task', { exact: true })).toHaveText(
    'Text written in tab B',
  );
  expect(await storedTaskText(tabB)).toBe('Text written in tab A');

  // The user keeps B's text for this section; A's version stays recoverable in the quarantine.
  await reopened.getByRole('radio', { name: 'Keep this tab’s User task' }).check();
  await reopened.getByRole('button', { name: 'Save my choice' }).click();
  await expect(reopened).toBeHidden();
  await expect(editor(tabB)).toHaveValue('Text written in tab B');
  await expect.poll(() => storedTaskText(tabB)).toBe('Text written in tab B');
  expect(await keptAsideTexts(tabB)).toEqual(['Text written in tab A']);
});

test('two tabs: keeping both turns this tab’s version into a separate attempt', async ({ context }) => {
  const tabA = await context.newPage();
  const url = await startPractice(tabA, /Build a RAG system for legal/);
  const tabB = await context.newPage();
  await tabB.goto(url);
  await expect(editor(tabB)).toBeVisible();

  await editor(tabA).fill('Kept from tab A');
  await expect.poll(() => storedTaskText(tabA)).toBe('Kept from tab A');
  await editor(tabB).fill('Kept from tab B');
  const dialog = tabB.getByRole('dialog', { name: /Two versions of/ });
  await dialog.getByRole('button', { name: 'Keep both as separate attempts' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(tabB)).toHaveValue('Kept from tab A');

  await tabB.goto('/#/attempts');
  await expect(tabB.getByRole('link', { name: /\(copy from another tab\)/ }).first()).toBeVisible();
});

test('one tab: typing after its own saves, then closing at once, comes back without a false conflict', async ({
  context,
}) => {
  const page = await context.newPage();
  const url = await startPractice(page, /Build a RAG system for legal/);
  for (const text of ['First saved draft', 'Second saved draft']) {
    await editor(page).fill(text);
    await expect.poll(() => storedTaskText(page)).toBe(text);
  }
  // Unsaved when the tab closes: only the pagehide journal has it.
  await editor(page).fill('Typed just before closing');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await expect(editor(again)).toHaveValue('Typed just before closing');
  await expect(again.getByRole('dialog', { name: /Two versions of/ })).toHaveCount(0);
  await expect.poll(() => storedTaskText(again)).toBe('Typed just before closing');
});
