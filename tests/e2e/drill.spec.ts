import { expect, test } from '@playwright/test';
import { editor, expectAccessible } from './helpers';

test('a drill of two sections runs on a short clock, hides grades, and is graded at the end', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await page.goto('/#/prompts/legal-rag');
  // Time stands still until the test moves it, so the clock reads 02:00 however slow the machine is.
  await page.clock.pauseAt(new Date('2026-11-25T10:01:00Z'));
  const drill = page.getByRole('form', { name: 'Drill' });
  await drill.getByRole('button', { name: 'Start drill' }).click();
  await expect(drill.getByRole('alert')).toHaveText('Pick at least one section to drill.');
  await drill.getByLabel('Evals').check();
  await drill.getByLabel('Cost').check();
  await drill.getByLabel('Minutes per section').fill('1');
  await drill.getByRole('button', { name: 'Start drill' }).click();

  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Evals', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Drill clock' }).getByRole('timer')).toHaveText('02:00');
  await expect(page.getByRole('button', { name: 'Grade section' })).toHaveCount(0);
  // axe waits on timers of its own.
  await page.clock.resume();
  await expectAccessible(page, 'drill');

  await editor(page).fill(
    'We score 300 labelled questions weekly; release blocks if citation accuracy < 95%.',
  );
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('heading', { name: 'Cost', level: 2 })).toBeVisible();
  await page.keyboard.type('About $0.01 per query at 6,000 queries a day: $60 a day.');

  await page.clock.runFor(2_000);
  await page.clock.fastForward('02:05');
  const card = page.getByRole('region', { name: 'Drill scorecard' });
  await expect(card).toBeVisible();
  await expect(card.getByText(/total over 2 of 2 sections/)).toBeVisible();
  await expect(card.getByRole('row', { name: /^Evals Score [0-4] of 4/ })).toBeVisible();
  await expect(card.getByRole('row', { name: /^Cost Score [0-4] of 4/ })).toBeVisible();
  await expect(card.getByRole('row', { name: /^Total \d+:\d\d 2:00 / })).toBeVisible();
  await expect(editor(page)).toHaveJSProperty('readOnly', true);
  await expectAccessible(page, 'drill scorecard');
});
