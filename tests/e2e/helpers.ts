import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails on any serious or critical axe violation on the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Opens a prompt from the library and starts a practice attempt; returns the attempt URL. */
export async function startPractice(page: Page, title: RegExp): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Start practice attempt' }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  return page.url();
}

export const editor = (page: Page) => page.getByLabel('Your answer (Markdown)');
