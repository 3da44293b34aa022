import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

const CRAFTED: [string, string][] = [
  ['/#/attempts/constructor', 'Attempt not found'],
  ['/#/attempts/__proto__', 'Attempt not found'],
  ['/#/attempts/toString', 'Attempt not found'],
  ['/#/prompts/%', 'Page not found'],
  ['/#/attempts/%E0%A4%A', 'Page not found'],
  ['/#/prompts/constructor', 'Prompt not found'],
  ['/#/compare?a=__proto__&b=constructor', 'Compare two attempts'],
  ['/#/compare?attempt=constructor&section=__proto__', 'Compare'],
  ['/#/?q=%E0%A4%A&difficulty=__proto__', 'Prompt library'],
  ['/#/progress?prompt=%&mode=constructor', 'Your progress'],
];

test('crafted URLs never blank the app', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const [url, heading] of CRAFTED) {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  await page.goto('/#/attempts/constructor');
  await expectAccessible(page, 'attempt not found');
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { name: 'Prompt library' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the skip link moves focus to the content without changing the route', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(page.locator('main')).toBeFocused();
});
