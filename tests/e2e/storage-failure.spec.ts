import { expect, test } from '@playwright/test';
import { editor, startPractice } from './helpers';

test('without IndexedDB (private mode, blocked storage) the app says so and practice still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await startPractice(page, /legal/i);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /could not be loaded|not saved/ })
      .first(),
  ).toBeVisible();
  await editor(page).fill('Lawyers need cited answers.');
  await expect(editor(page)).toHaveValue('Lawyers need cited answers.');
  await page.getByRole('button', { name: 'Grade section' }).click();
  await expect(page.getByRole('region', { name: 'Grade' }).locator('.score-badge')).toBeVisible();
});
