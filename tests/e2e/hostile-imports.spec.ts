import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { parsePrompt } from '../../src/domain/content-parse';
import { envelopeOf, shareOutput, type Outgoing } from '../../src/domain/pack/incoming';
import { canonicalJson } from '../../src/domain/pack/checksum';
import { buildPack } from '../../src/domain/pack/pack-parse';
import type { Pack, PackPrompt } from '../../src/domain/pack/pack-schema';
import { encodePayload, LINK_PREFIX } from '../../src/domain/pack/share-codec';
import type { SharedAttempt } from '../../src/domain/pack/share-schema';
import { editor, startPractice } from './helpers';

// Everything here is an untrusted link or file. Each one must either be refused with a plain message and
// leave stored data exactly as it was, or be shown and imported inert: no script runs, no dialog opens.

const { origin: _o, ...legal } = parsePrompt(
  readFileSync('prompts/legal-rag.md', 'utf8'),
  'prompts/legal-rag.md',
);
const basePrompt: PackPrompt = { ...legal, id: 'clause-finder', title: 'Find the clause' };
const pack = (change: Partial<Parameters<typeof buildPack>[0]> = {}): Pack =>
  buildPack({ id: 'hostile', title: 'Hostile pack', author: 'Mallory', prompts: [basePrompt], ...change });
const linkOf = (out: Outgoing) => shareOutput(out, '').fragment;
const rawLink = (value: unknown) => `#/import/${encodePayload(JSON.stringify(value))}`;
const b64url = (bytes: Uint8Array) =>
  Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const XSS = `<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script>`;
const SHORT_XSS = '<img src=x onerror=window.__pwned=1>';
const JS_LINK = "[open](javascript:window.__pwned='link')";

const attempt = (change: Partial<SharedAttempt> = {}): SharedAttempt => ({
  id: 'shared-attempt-1',
  promptId: 'legal-rag',
  promptTitle: 'Build a RAG system for legal documents',
  author: 'Mallory',
  createdAt: 1_700_000_000_000,
  answers: { task: 'Lawyers need cited answers.' },
  diagram: 'flowchart LR\n  A --> B',
  ...change,
});

const checksumOff = { ...pack(), checksum: `sha256:${'0'.repeat(64)}` };
const withKey = pack({ description: 'Use my key sk-proj-AbCdEfGhIjKlMnOpQrStUv123456 for the grader' });
const dupes = buildPack({ id: 'dupes', title: 'Dupes', author: 'M', prompts: [basePrompt, basePrompt] });
const oversized = buildPack({
  id: 'big',
  title: 'Big',
  author: 'M',
  prompts: [{ ...basePrompt, body: 'x'.repeat(60_000) }],
});
const small: PackPrompt = {
  ...basePrompt,
  body: basePrompt.body.slice(0, 200),
  scale: basePrompt.scale.slice(0, 3),
  followUps: basePrompt.followUps.slice(0, 3).map((f) => ({ ...f, question: 'How does it scale?' })),
  reference: Object.fromEntries(
    Object.keys(basePrompt.reference).map((k) => [k, ['Names the users first.', 'Sets a measurable goal.']]),
  ) as PackPrompt['reference'],
};
const tooMany = { ...pack(), prompts: Array.from({ length: 201 }, (_, i) => ({ ...small, id: `p-${i}` })) };
const good = linkOf({ kind: 'pack', pack: pack() });
const bomb = LINK_PREFIX + b64url(deflateSync(new Uint8Array(4_000_000).fill(32), { level: 9 }));

/** [what, link fragment, the message it must show]. */
const REFUSED_LINKS: [string, string, RegExp][] = [
  [
    'wrong pack format version',
    linkOf({ kind: 'pack', pack: { ...pack(), formatVersion: 2 } as unknown as Pack }),
    /formatVersion: the pack is format version 2/,
  ],
  ['bad checksum', linkOf({ kind: 'pack', pack: checksumOff }), /checksum: does not match/],
  [
    'duplicate prompt ids',
    linkOf({ kind: 'pack', pack: dupes }),
    /the id "clause-finder" is used more than once/,
  ],
  [
    'an API key in a field',
    linkOf({ kind: 'pack', pack: withKey }),
    /description looks like it contains an API key/,
  ],
  [
    'a bearer token in an answer',
    rawLink({
      ...envelopeOf({ kind: 'attempt', attempt: attempt(), prompt: null }),
      attempt: attempt({ answers: { task: 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345' } }),
    }),
    /looks like it contains a bearer token/,
  ],
  ['the reserved pack id', linkOf({ kind: 'pack', pack: { ...pack(), id: 'local' } }), /"local" is reserved/],
  ['201 prompts', linkOf({ kind: 'pack', pack: tooMany as Pack }), /201 prompts; the limit is 200/],
  [
    'a 60,000-character field',
    linkOf({ kind: 'pack', pack: oversized }),
    /prompt 1, brief: 60,000 characters; the limit per field is 50,000/,
  ],
  ['a truncated link', good.slice(0, good.length - 60), /cut short/],
  ['an altered link', `${good.slice(0, 40)}%3Cscript%3E`, /characters a share link never has/],
  ['a link from another app', '#/import/x9.aGVsbG8', /not made by this app/],
  ['a decompression bomb', `#/import/${bomb}`, /unpacks to more than 1\.0 MB/],
  ['not JSON', `#/import/${encodePayload('<html><script>window.__pwned=1</script>')}`, /not valid JSON/],
  [
    'wrong share format version',
    rawLink({ ...envelopeOf({ kind: 'attempt', attempt: attempt(), prompt: null }), formatVersion: 9 }),
    /share format version 9/,
  ],
  ['something else entirely', rawLink({ hello: 'world' }), /not a Design Dojo pack, attempt or review/],
  [
    'a review of an unknown attempt',
    linkOf({
      kind: 'review',
      attemptId: 'nope',
      promptTitle: 'X',
      review: {
        id: 'r',
        reviewer: 'M',
        createdAt: 1,
        overall: '',
        sections: { task: { score: 4, notes: XSS, checked: [] } },
      },
    }),
    /not in this library/,
  ],
];

async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

/** Everything stored in IndexedDB: the packs value and every attempt record. */
async function stored(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('design-dojo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['kv', 'attempts'], 'readonly');
          const packs = tx.objectStore('kv').get('packs');
          const attempts = tx.objectStore('attempts').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve(JSON.stringify({ packs: packs.result ?? null, attempts: attempts.result }));
          };
        };
      }),
  );
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

async function seed(page: Page): Promise<string> {
  await page.goto(
    `/${linkOf({ kind: 'pack', pack: buildPack({ id: 'ours', title: 'Our pack', author: 'Us', prompts: [basePrompt] }) })}`,
  );
  await page.getByRole('button', { name: 'Import pack' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const url = await startPractice(page, /legal documents/i);
  await editor(page).fill('Our own answer, which no import may touch.');
  await expect.poll(async () => (await stored(page)).includes('no import may touch')).toBe(true);
  return url.split('#/attempts/')[1]!;
}

test('refused links, files and addresses say what is wrong and change nothing stored', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = await guard(page);
  const ownId = await seed(page);
  const before = await stored(page);
  const cases: [string, string, RegExp][] = [
    ...REFUSED_LINKS,
    [
      'an attempt with the id of my own',
      linkOf({ kind: 'attempt', attempt: attempt({ id: ownId }), prompt: null }),
      /This is your own attempt/,
    ],
  ];
  for (const [what, fragment, message] of cases) {
    await test.step(what, async () => {
      await page.goto(`/${fragment}`);
      await expect(page.getByRole('heading', { name: 'Import from a link' })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('button', { name: /Import|Replace|Add review/ })).toHaveCount(0);
    });
  }
  await page.goto('/#/import');
  const file = page.getByLabel('From a file on this computer (.json)');
  await test.step('a 5 MB file', async () => {
    await file.setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5_000_000, 32),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: 'the file is 5.0 MB; the limit is 1.0 MB' }),
    ).toBeVisible();
  });
  await test.step('an image renamed to .json', async () => {
    await file.setInputFiles({
      name: 'pic.json',
      mimeType: 'application/json',
      buffer: Buffer.from('\x89PNG\r\n\x1a\n<svg onload=alert(1)>'),
    });
    await expect(
      page.getByRole('alert').filter({ hasText: /the file pic\.json.*not valid JSON/s }),
    ).toBeVisible();
  });
  await test.step('an address nothing answers at', async () => {
    await page.getByLabel(/From a web address/).fill('http://127.0.0.1:9/pack.json');
    await page.getByRole('button', { name: 'Fetch and preview' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: /did not let this page read the file.*CORS/s }),
    ).toBeVisible();
  });
  await test.step('a javascript: address', async () => {
    await page.getByLabel(/From a web address/).fill('javascript:window.__pwned=1');
    await page.getByRole('button', { name: 'Fetch and preview' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  });
  expect(await stored(page)).toBe(before);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('script in every text field, javascript: links, an SVG diagram and a built-in id import inert', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dialogs = await guard(page);
  const ownId = await seed(page);
  const ours = JSON.parse(await stored(page)) as {
    packs: { packs: { pack: { id: string } }[] };
    attempts: { id: string }[];
  };
  const ourPack = canonicalJson(ours.packs.packs.find((p) => p.pack.id === 'ours'));
  const ourAttempt = canonicalJson(ours.attempts.find((a) => a.id === ownId));

  const evil: PackPrompt = {
    ...basePrompt,
    id: 'legal-rag',
    title: `Evil ${SHORT_XSS}`,
    summary: `${XSS} ${JS_LINK}`,
    body: `## Brief\n\n${XSS}\n\n${JS_LINK} and <a href="javascript:window.__pwned='a'">raw</a>\n\n<svg onload="window.__pwned='svg'"></svg>\n\n${'padding '.repeat(20)}`,
    scale: basePrompt.scale.map((f) => ({ ...f, label: SHORT_XSS, unit: '<b onclick=alert(1)>u</b>' })),
    followUps: basePrompt.followUps.map((f) => ({ ...f, question: `${XSS} ${JS_LINK}` })),
    reference: Object.fromEntries(
      Object.entries(basePrompt.reference).map(([k, v]) => [k, v.map(() => `${XSS} ${JS_LINK}`)]),
    ) as PackPrompt['reference'],
  };
  const evilPack = buildPack({
    id: 'evil',
    title: `Evil pack ${SHORT_XSS}`,
    author: SHORT_XSS,
    description: `${XSS}\n\n${JS_LINK}`,
    prompts: [evil],
  });

  await test.step('a pack with script in every field and a built-in prompt id', async () => {
    await page.goto(`/${linkOf({ kind: 'pack', pack: evilPack })}`);
    await expect(page.getByText('They are kept apart under this pack')).toBeVisible();
    await page.getByRole('button', { name: 'Import pack' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await page.goto(`/#/prompts/${encodeURIComponent('pack:evil/legal-rag')}`);
    await expect(page.getByRole('heading', { name: /Evil/, level: 1 })).toBeVisible();
    await expect(page.getByText('From the pack “Evil pack')).toBeVisible();
    await page.goto(`/#/kit/${encodeURIComponent('pack:evil/legal-rag')}`);
    await expect(page.getByRole('heading', { name: 'Follow-up ladder' })).toBeVisible();
    await page.goto('/#/');
    await expect(page.getByRole('link', { name: /Evil/ })).toBeVisible();
    await page.goto('/#/prompts/legal-rag');
    await expect(
      page.getByRole('heading', { name: 'Build a RAG system for legal documents', level: 1 }),
    ).toBeVisible();
  });

  await test.step('an attempt with script in its answers and an SVG payload in its diagram', async () => {
    const diagram = `flowchart LR\n  A["<img src=x onerror=window.__pwned='mermaid'>"] --> B["<svg onload=window.__pwned='svg'>"]\n  click A href "javascript:window.__pwned='click'"`;
    await page.goto(
      `/${linkOf({ kind: 'attempt', attempt: attempt({ answers: { task: XSS, data: JS_LINK }, diagram }), prompt: null })}`,
    );
    await page.getByRole('button', { name: 'Import and review' }).click();
    await expect(page.getByRole('heading', { name: /Review Mallory’s attempt/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'open' })).toHaveCount(0);
  });

  for (const href of await page
    .locator('main a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
    expect(href.toLowerCase()).not.toContain('javascript:');
  expect(await page.locator('main script, main [onerror], main [onload]').count()).toBe(0);
  const after = JSON.parse(await stored(page)) as typeof ours;
  expect(canonicalJson(after.packs.packs.find((p) => p.pack.id === 'ours'))).toBe(ourPack);
  expect(canonicalJson(after.attempts.find((a) => a.id === ownId))).toBe(ourAttempt);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
