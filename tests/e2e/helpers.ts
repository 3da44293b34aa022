import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { SECTIONS } from '../../src/domain/sections';

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

/** Fills the authoring form with a complete recipe-assistant prompt by Ada (every required field). */
export async function fillRecipePrompt(page: Page, title: string): Promise<void> {
  await page.goto('/#/author');
  await expect(page.getByRole('heading', { name: 'Write a prompt' })).toBeVisible();
  await page.getByLabel('Your name').fill('Ada');
  await page.getByLabel('Id', { exact: true }).fill('recipe-rag');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page
    .getByLabel('Summary (for the library card)')
    .fill('A cooking site wants answers grounded in its 40,000 recipes.');
  await page.getByLabel('Tags').fill('rag, cooking');
  for (const [i, [label, value, unit]] of [
    ['Recipes', '40000', 'recipes'],
    ['Users', '2000000', 'per month'],
    ['Budget', '3000', 'USD per month'],
  ].entries()) {
    await page.getByLabel(`Fact ${i + 1} label`).fill(label!);
    await page.getByLabel(`Fact ${i + 1} value`).fill(value!);
    await page.getByLabel(`Fact ${i + 1} unit`).fill(unit!);
  }
  for (const i of [1, 2, 3])
    await page
      .getByLabel(`Follow-up ${i} question`)
      .fill(`How would you handle follow-up case ${i} at scale?`);
  for (const s of SECTIONS)
    await page
      .getByLabel(`Reference notes: ${s.title}`)
      .fill(
        `A strong answer covers ${s.title} for recipes.\nIt names numbers and trade-offs for ${s.title}.`,
      );
}
