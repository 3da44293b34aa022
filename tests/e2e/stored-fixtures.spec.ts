import { expect, test } from '@playwright/test';
import { seedIndexedDb, storedFixture } from './idb-seed';

const ATTEMPTS = [
  'attempt-v1-practice-graded.json',
  'attempt-v1-mock-ended.json',
  'attempt-v1-imported-strict-timeup.json',
].map(storedFixture);

test('attempts saved by the first release open in today’s app with their answers and grades', async ({
  page,
}) => {
  await page.goto('/#/attempts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedIndexedDb(page, { attempts: ATTEMPTS });
  await page.reload();

  for (const title of [
    'Build a RAG system for legal documents',
    'Build a support knowledge assistant with citations and escalation',
    'Design an AI email agent for a shared customer inbox',
  ]) {
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
  }
  await expect(page.getByRole('alert')).toHaveCount(0);
  const row = (title: RegExp) => page.getByRole('row', { name: title });
  await expect(row(/legal documents/)).toContainText('Practice');
  await expect(row(/legal documents/)).toContainText('12/44');
  await expect(row(/support knowledge assistant/)).toContainText('Mock, 45 min');
  await expect(row(/support knowledge assistant/)).toContainText('8/44');
  await expect(row(/AI email agent/)).toContainText('Ended');

  // The practice attempt opens where it was left, with every grade it had.
  await page.getByRole('link', { name: 'Build a RAG system for legal documents' }).first().click();
  await expect(page.getByLabel('Your answer (Markdown)')).toHaveValue(
    /^Ethical walls enforced at retrieval time/,
  );
  await expect(page.getByText('Total 12/44 (4 of 11 graded)')).toBeVisible();
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('img', { name: /^Score 4 of 4/ })).toHaveCount(2);
  await expect(rail.getByRole('img', { name: /^Score 3 of 4/ })).toHaveCount(1);
  await expect(rail.getByRole('img', { name: /^Score 1 of 4/ })).toHaveCount(1);
  await expect(page.getByText(/Possible prompt injection/)).toBeVisible();

  await rail.getByRole('button', { name: /Retrieval/ }).click();
  await expect(page.getByLabel('Your answer (Markdown)')).toHaveValue(
    /^## Retrieval\n\nChunk by clause and paragraph/,
  );
});

test('settings saved by the first release load in today’s app', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const { key, value } = storedFixture('settings-v1-llm-openai.json') as { key: string; value: string };
  await seedIndexedDb(page, { kv: [{ key, value }] });
  await page.reload();
  await expect(page.getByRole('radio', { name: /LLM grader/ })).toBeChecked();
  await expect(page.getByLabel('Provider')).toHaveValue('openai');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('gpt-4.1-mini-2025-04-14');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('settings that cannot be read are reported and kept aside, not silently reset', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const broken = { state: { grader: 'llm', llm: { provider: 'nowhere' }, rememberKey: false }, version: 2 };
  await seedIndexedDb(page, { kv: [{ key: 'persist:persist:settings', value: JSON.stringify(broken) }] });
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved settings could not be read' });
  await expect(alert).toContainText('llm.provider');
  await expect(
    page.getByRole('list', { name: 'Kept-aside records' }).getByRole('listitem', { name: 'Saved settings' }),
  ).toContainText('llm.provider');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

const V2_ATTEMPTS = [
  'attempt-v2-practice-history.json',
  'attempt-v2-drill-graded.json',
  'attempt-v2-mock-followups.json',
  'attempt-v2-imported-pack-prompt.json',
].map(storedFixture);

test('schema-2 attempts open with their graded versions, self-scores, drill, mock and pack prompt', async ({
  page,
}) => {
  await page.goto('/#/attempts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const packs = storedFixture('kv-packs-v1-imported-and-authored.json') as { key: string; value: unknown };
  await seedIndexedDb(page, { attempts: V2_ATTEMPTS, kv: [packs] });
  await page.reload();

  const row = (title: RegExp) => page.getByRole('row', { name: title });
  await expect(row(/safe SQL/)).toContainText('Practice');
  await expect(row(/safe SQL/)).toContainText('12/44');
  await expect(row(/legal documents/)).toContainText('Drill, 10 min');
  await expect(row(/legal documents/)).toContainText('5/8');
  await expect(row(/AI support agent/)).toContainText('Mock, 30 min');
  await expect(row(/AI support agent/)).toContainText('10/44');
  await expect(row(/ticket triage agent/)).toContainText('10/44');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The practice attempt opens on its evals section: the LLM grade with its samples, the self-score
  // beside it, and both graded versions.
  await page
    .getByRole('link', { name: 'Design a natural-language analytics assistant with safe SQL' })
    .first()
    .click();
  await expect(page.getByLabel('Your answer (Markdown)')).toHaveValue(/^Golden set of 250 questions/);
  await expect(page.getByText('Total 12/44 (5 of 11 graded)')).toBeVisible();
  const grade = page.getByRole('region', { name: 'Grade' });
  await expect(grade.getByText('LLM grade by gpt-4.1-mini-2025-04-14')).toBeVisible();
  await expect(grade.getByText(/^Graded 3 times/)).toBeVisible();
  const selfVsGrader = grade.getByLabel("Your score and the grader's");
  await expect(selfVsGrader).toContainText('You3/4');
  await expect(selfVsGrader).toContainText('Grader3/4');
  await expect(selfVsGrader).toContainText('You and the grader agree.');
  await grade.getByText('Graded versions (2)').click();
  const versions = grade.getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0)).toContainText('LLM gpt-4.1-mini-2025-04-14 · latest');
  await expect(versions.nth(1)).toContainText('offline check');
  await expect(grade.getByRole('link', { name: 'Compare versions' })).toBeVisible();
  // The latency section was edited after its grade, and says so in the rail.
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('button', { name: /Latency/ })).toContainText('edited since grading');
  await expect(page.getByRole('link', { name: 'Share for review (1 received)' })).toBeVisible();

  // The attempt shared at a pack's prompt opens with that prompt (resolved from the stored pack).
  await page.goto('/#/attempts');
  await page.getByRole('link', { name: 'Design a ticket triage agent for an IT help desk' }).first().click();
  await expect(page.getByLabel('Your answer (Markdown)')).toHaveValue(/^Employees file IT tickets/);
  await expect(page.getByRole('link', { name: 'Review this attempt' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a schema-2 drill and mock open on their scorecards, the mock with its follow-ups', async ({ page }) => {
  await page.goto('/#/attempts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedIndexedDb(page, { attempts: V2_ATTEMPTS });
  await page.reload();

  await page.getByRole('link', { name: 'Build a RAG system for legal documents' }).first().click();
  const drillCard = page.getByRole('region', { name: 'Drill scorecard' });
  await expect(drillCard).toContainText('5/8');
  await expect(drillCard).toContainText('total over 2 of 2 sections');
  const rail = page.getByRole('navigation', { name: 'Sections' });
  await expect(rail.getByRole('listitem')).toHaveCount(2);
  await expect(rail.getByRole('button', { name: /Latency/ })).toBeVisible();
  await expect(rail.getByRole('button', { name: /Cost/ })).toBeVisible();

  await page.goto('/#/attempts');
  await page.getByRole('link', { name: 'Evaluate an AI support agent before scaling it up' }).first().click();
  const mockCard = page.getByRole('region', { name: 'Interview scorecard' });
  await expect(mockCard).toContainText('10/44');
  await expect(mockCard).toContainText('total over 4 of 11 sections');
  const followUps = page.getByRole('region', { name: 'Follow-up questions' });
  await expect(followUps).toContainText('Which do you trust, and what do you investigate?');
  await expect(followUps).toContainText(/I trust the reopen rate/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('settings saved at version 2 load with their context window and samples', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const { key, value } = storedFixture('settings-v2-offline-ollama-window.json') as {
    key: string;
    value: string;
  };
  await seedIndexedDb(page, { kv: [{ key, value }] });
  await page.reload();
  await expect(page.getByRole('radio', { name: /Offline/ })).toBeChecked();
  await expect(page.getByLabel('Provider')).toHaveValue('ollama');
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('qwen2.5:14b-instruct');
  await expect(page.getByLabel('Context window (tokens)')).toHaveValue('16384');
  await expect(page.getByRole('checkbox', { name: /Grade each section 3 times/ })).not.toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
