import { expect, test } from '@playwright/test';
import { startPractice } from './helpers';

// Mermaid bakes the theme into the SVG it draws. A diagram drawn while the page was light must be drawn
// again when the page turns dark, or its dark-grey edges and arrowheads vanish on the dark card.
test('a diagram is drawn again with light edges when the page turns dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await startPractice(page, /legal documents/i);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: /Architecture diagram/ })
    .click();
  await page.getByRole('button', { name: 'Insert starter template' }).click();
  const preview = page.getByRole('figure', { name: 'Architecture diagram preview' });
  const edge = preview.locator('svg path.flowchart-link').first();
  await expect(edge).toBeAttached();
  const luminance = () =>
    edge.evaluate((el) => {
      const [r = 0, g = 0, b = 0] = (getComputedStyle(el).stroke.match(/\d+/g) ?? []).map(Number);
      return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
    });
  expect(await luminance()).toBeLessThan(128);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(luminance).toBeGreaterThan(128);
});
