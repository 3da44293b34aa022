import { expect, test } from '@playwright/test';
import { LLM_PORT } from '../../playwright.config';
import { editor, expectAccessible, startPractice } from './helpers';

const BASE = `http://127.0.0.1:${LLM_PORT}/v1`;

test('settings: a wrong address explains itself; the scripted endpoint lists its models and grades an attempt', async ({
  page,
}) => {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expectAccessible(page, 'settings');

  await page.getByLabel('Provider').selectOption('custom');
  await page.getByLabel('Base URL').fill('http://127.0.0.1:9/v1');
  await page.getByLabel('Model', { exact: true }).fill('scripted-grader');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-error')).toBeVisible();

  await page.getByLabel('Base URL').fill(BASE);
  await page.getByLabel(/API key/).fill('sk-test-secret-123');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const ok = page.getByTestId('connection-ok');
  await expect(ok).toBeVisible();
  await expect(ok.getByRole('button', { name: 'scripted-grader' })).toBeVisible();
  await ok.getByRole('button', { name: 'scripted-grader' }).click();
  await page.getByLabel(/LLM grader/).check();
  // A custom endpoint is planned for 8,192 tokens unless told otherwise; the setting says how it is used.
  const windowField = page.getByLabel('Context window (tokens)');
  await expect(windowField).toHaveAttribute('placeholder', '8192 (default)');
  await windowField.fill('100');
  await expect(page.getByText(/Enter a whole number of tokens from 2,048/)).toBeVisible();
  await windowField.fill('16384');
  await expect(page.getByText(/Enter a whole number of tokens/)).toBeHidden();

  await startPractice(page, /Build a RAG system for legal documents/i);
  await expect(page.getByText(/Grader: LLM grader \(scripted-grader\)/)).toBeVisible();
  await editor(page).fill(
    'Lawyers (900) need cited answers across 2.4M pages in under 8 seconds p95. We measure verified-citation accuracy, target >= 95%, because a wrong citation costs trust.',
  );
  // Before sending anything: what grading all will send (no price row for this model name).
  await expect(page.getByText(/^about [\d.]+k tokens; no price for this model in Settings$/)).toBeVisible();
  await page.getByRole('button', { name: 'Grade all' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Graded 11 sections/ })).toBeVisible({
    timeout: 30_000,
  });
  const panel = page.getByRole('region', { name: 'Grade' });
  await expect(panel.getByText(/LLM grade by scripted-grader/)).toBeVisible();
  await expect(panel.locator('.evidence').first()).toContainText(/cited answers|verified-citation/);
  await expect(panel.getByRole('heading', { name: 'An interviewer would ask' })).toBeVisible();
  await expect(panel.getByText(/tokens in/)).toBeVisible();
  // The key never lands in what the page shows.
  expect(await page.content()).not.toContain('sk-test-secret-123');
});
