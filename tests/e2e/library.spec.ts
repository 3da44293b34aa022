import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

test('keyboard: the tag chips are one tab stop, and a skip link reaches the prompts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Prompt library' })).toBeVisible();
  const firstPrompt = page.getByRole('list', { name: 'Prompts' }).getByRole('link').first();
  // From the search box to the first prompt: difficulty, length, the whole tag group as one stop, then the
  // prompt (it was one stop per chip: 28 presses from the top of the page).
  await page.getByLabel('Search prompts').focus();
  let presses = 0;
  while (presses < 40) {
    await page.keyboard.press('Tab');
    presses++;
    if (await firstPrompt.evaluate((el) => el === document.activeElement)) break;
  }
  expect(presses).toBe(4);

  const group = page.getByRole('group', { name: 'Filter by tag' });
  await group.getByRole('button').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(group.getByRole('button').nth(1)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button').nth(2)).not.toBeFocused();

  await page.goto('/');
  const skip = page.getByRole('link', { name: 'Skip to the prompts' });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(firstPrompt).toBeFocused();
  await expect(page).toHaveURL(/:\d+\/(#\/)?$/);
});

test('search reads every visible field and survives opening a prompt and going back', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');
  await page.getByLabel('Search prompts').fill('foundation');
  await expect(cards).toHaveCount(2);
  await expect(page).toHaveURL(/#\/\?q=foundation$/);
  await page.getByLabel('Difficulty').selectOption('foundation');
  await page.getByLabel('Length').selectOption('short');
  await expect(page).toHaveURL(/difficulty=foundation&length=short/);
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  await cards.first().getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/#\/prompts\//);
  await page.goBack();
  await expect(page.getByLabel('Search prompts')).toHaveValue('foundation');
  await expect(page.getByLabel('Difficulty')).toHaveValue('foundation');
  await expect(cards).toHaveCount(count);
  await expectAccessible(page, 'library with filters');
});

test('a tag on a card filters the library by that tag', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');
  await cards.first().getByRole('link', { name: 'Show prompts tagged legal' }).click();
  await expect(page).toHaveURL(/tag=legal/);
  await expect(
    page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'legal', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  for (const card of await cards.all()) await expect(card).toContainText('legal');
});
