import { expect, test, type Browser, type Page } from '@playwright/test';
import { decodePayload } from '../../src/domain/pack/share-codec';
import { editor, expectAccessible, fillRecipePrompt } from './helpers';

const TITLE = 'Build a recipe assistant with RAG';

async function person(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('dialog', (d) => void d.dismiss());
  return page;
}

/** The link in a share panel, checked to carry no key and no setting. */
async function shareLink(page: Page, label: RegExp): Promise<string> {
  const link = await page.getByLabel(label).inputValue();
  const payload = new URL(link).hash.replace('#/import/', '');
  const decoded = decodePayload(payload);
  expect(decoded.ok).toBe(true);
  const json = decoded.ok ? decoded.value : '';
  for (const word of ['apiKey', 'baseUrl', 'rememberKey', 'sk-']) expect(json).not.toContain(word);
  return link;
}

async function writePrompt(page: Page) {
  await fillRecipePrompt(page, TITLE);
  await expect(page.getByRole('status').filter({ hasText: 'Ready to save' })).toBeVisible();
  await page.getByRole('button', { name: 'Save prompt' }).click();
  await expect(page.getByRole('heading', { name: `Edit “${TITLE}”` })).toBeVisible();
  await expectAccessible(page, 'author');
}

test('study group: a prompt, a pack, an attempt and a review travel between browsers by link', async ({
  browser,
}) => {
  // Three people and eleven screens: longer than one screen's test on a shared 2-core machine.
  test.setTimeout(150_000);
  const ada = await person(browser);
  const ben = await person(browser);
  const cat = await person(browser);

  // Ada writes a prompt and sends it as a link.
  await writePrompt(ada);
  const promptLink = await shareLink(ada, /Share link for this prompt/);

  // Ben previews, imports and practises it; the library shows its pack and author.
  await ben.goto(promptLink);
  await expect(ben.getByRole('heading', { name: new RegExp(`Pack: ${TITLE}`) })).toBeVisible();
  await expect(ben.getByRole('heading', { name: 'New prompts (1)' })).toBeVisible();
  await expectAccessible(ben, 'import preview');
  await ben.getByRole('button', { name: 'Import pack' }).click();
  await expect(ben.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  await ben.goto('/#/');
  const card = ben.getByRole('listitem').filter({ has: ben.getByRole('link', { name: TITLE }) });
  await expect(card).toContainText(`From “${TITLE}” by Ada`);
  await card.getByRole('link', { name: TITLE }).click();
  await ben.getByRole('button', { name: 'Start practice attempt' }).click();
  await editor(ben).fill(
    'Home cooks ask what to make with what they have; success is a recipe they cook within 10 minutes of asking.',
  );
  await ben.getByRole('button', { name: 'Grade section' }).click();
  await expect(
    ben.getByRole('region', { name: 'Grade' }).getByRole('img', { name: /^Score \d of 4/ }),
  ).toBeVisible();
  await ben.getByRole('link', { name: 'Share for review' }).click();
  await expect(ben.getByRole('heading', { name: `Reviews of your attempt at “${TITLE}”` })).toBeVisible();
  await ben.getByLabel('Your name (shown to your partner)').fill('Ben');
  const attemptLink = await shareLink(ben, /Share link for this attempt/);

  // Ada reviews Ben's attempt against the rubric and sends the review back.
  await ada.goto(attemptLink);
  await expect(ada.getByRole('heading', { name: new RegExp(`Attempt at “${TITLE}”`) })).toBeVisible();
  await ada.getByRole('button', { name: 'Import and review' }).click();
  await expect(ada.getByRole('heading', { name: /Review Ben’s attempt/ })).toBeVisible();
  await expect(ada.getByText('Home cooks ask what to make')).toBeVisible();
  await ada.getByRole('group', { name: 'Criteria met in “User task”' }).getByRole('checkbox').first().check();
  await ada.getByRole('group', { name: 'Score for “User task”' }).getByRole('radio', { name: '0' }).check();
  await ada.getByLabel('Notes on “User task”').fill('Name the users and a baseline.');
  await ada.getByLabel('Your name').fill('Ada');
  await ada.getByRole('button', { name: 'Save and create review link' }).click();
  await expectAccessible(ada, 'review');
  const reviewLink = await shareLink(ada, /Share link for your review/);

  // Ben adds the review and sees self, partner and grader side by side.
  await ben.goto(reviewLink);
  await expect(ben.getByRole('heading', { name: /Review by Ada/ })).toBeVisible();
  await ben.getByRole('button', { name: 'Add review' }).click();
  const table = ben.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Ada' })).toBeVisible();
  const task = table.getByRole('row').filter({ has: ben.getByRole('rowheader', { name: /User task/ }) });
  await expect(task.getByRole('cell').nth(1)).toHaveText('0/4');
  await expect(task.getByRole('cell').nth(2)).toHaveText(/^[0-4]\/4$/);
  await expectAccessible(ben, 'side by side');

  // Ben passes the whole pack on to Cat as a link.
  await ben.goto('/#/import');
  await ben.getByRole('button', { name: `Share “${TITLE}”` }).click();
  const packLink = await shareLink(ben, /Share link for this pack/);
  await cat.goto(packLink);
  await cat.getByRole('button', { name: 'Import pack' }).click();
  await cat.goto('/#/');
  await expect(cat.getByRole('link', { name: TITLE })).toBeVisible();
  await cat.getByRole('link', { name: TITLE }).click();
  await cat.getByRole('link', { name: 'Interviewer kit' }).click();
  await expect(cat.getByRole('heading', { name: `Interviewer kit: ${TITLE}` })).toBeVisible();
  await expect(cat.getByRole('heading', { name: 'Follow-up ladder' })).toBeVisible();
  await expectAccessible(cat, 'kit');
});
