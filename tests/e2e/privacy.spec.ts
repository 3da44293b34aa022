import { expect, test, type Page } from '@playwright/test';
import { editor, startPractice } from './helpers';

// Hosts that stand for a tracker and a linked page. Every request to them is answered here (the test
// never leaves 127.0.0.1) and recorded, so the test can show the app made none it should not.
const TRACKER = 'https://tracker.example';
const DOCS = 'https://docs.example';

const ANSWER = `We route requests by intent.

![team photo](${TRACKER}/pixel.png?who=reader)

\`\`\`mermaid
flowchart LR
  cam@{ img: "${TRACKER}/shape.png", label: "Camera", pos: "t", w: 60, h: 60 }
  cam --> docs[Docs]
  click docs href "${DOCS}/page" _self
\`\`\`
`;

async function recordRequests(page: Page, origin: string): Promise<string[]> {
  const seen: string[] = [];
  await page.context().route(`${origin}/**`, (route) => {
    seen.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>outside</title>' });
  });
  return seen;
}

async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (e) =>
      store.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('remote images in an answer and its diagram are never requested', async ({ page }) => {
  const trackerHits = await recordRequests(page, TRACKER);
  await recordRequests(page, DOCS);
  const violations = await recordCspViolations(page);
  await startPractice(page, /email agent/i);
  await editor(page).fill(ANSWER);

  const note = page.getByRole('note', { name: 'Image not loaded: team photo' });
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: `${TRACKER}/pixel.png?who=reader` })).toBeVisible();
  const diagram = page.getByRole('img', { name: 'Diagram in your answer' });
  await expect(diagram.getByText('Camera')).toBeVisible();

  expect(trackerHits).toEqual([]);
  expect(await violations()).toEqual([]);
});

test('a link in a diagram opens a new tab and leaves the app where it was', async ({ page }) => {
  const docsHits = await recordRequests(page, DOCS);
  await startPractice(page, /email agent/i);
  const attemptUrl = page.url();
  await editor(page).fill(ANSWER);
  const diagram = page.getByRole('img', { name: 'Diagram in your answer' });
  const popup = page.waitForEvent('popup');
  await diagram.getByText('Docs').click();
  await expect(await popup).toHaveURL(`${DOCS}/page`);
  expect(page.url()).toBe(attemptUrl);
  await expect(editor(page)).toHaveValue(ANSWER);
  expect(docsHits).toEqual([`${DOCS}/page`]);
});

test('the page ships a Content-Security-Policy that blocks scripts and images from other hosts', async ({
  page,
}) => {
  const trackerHits = await recordRequests(page, TRACKER);
  const violations = await recordCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("img-src 'self' data: blob:;");
  await page.evaluate((tracker) => {
    const img = document.createElement('img');
    img.src = `${tracker}/direct.png`;
    document.body.append(img);
    const script = document.createElement('script');
    script.src = `${tracker}/direct.js`;
    document.body.append(script);
  }, TRACKER);
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([`img-src ${TRACKER}/direct.png`, `script-src-elem ${TRACKER}/direct.js`]),
    );
  expect(trackerHits).toEqual([]);
});
