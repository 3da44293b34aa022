import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainFailure, FAILURE_KINDS, type FailureContext } from '@/domain/llm/failure';
import { PROVIDER_IDS, PROVIDER_PRESETS } from '@/domain/llm/provider-presets';
import { gradeWithLlm } from '@/lib/llm/grade-with-llm';
import { testConnection } from '@/lib/llm/test-connection';
import { sampleGradeInput } from '@/lib/node/scripted-llm-server';

// Issue 13 item 10: messages a user reads must say what happened in the words Settings uses.
const INTERNAL_NAMES =
  /\b(baseUrl|apiKey|maxOutputTokens|timeoutMs|contextWindow|maxConcurrency|maxRetries)\b/;

/** Brackets inside brackets, outside `code`: "(Start it with `ollama serve` (or open the app).)". */
function nestedBrackets(text: string): string | null {
  const prose = text.replace(/`[^`]*`/g, '`code`');
  let depth = 0;
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    if (c === '(' || c === '[') {
      depth++;
      if (depth > 1) return prose.slice(Math.max(0, i - 60), i + 40);
    } else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
  }
  return null;
}

describe('failure messages', () => {
  const ctx = (provider: (typeof PROVIDER_IDS)[number]): FailureContext => ({
    provider,
    baseUrl: PROVIDER_PRESETS[provider].baseUrl || 'http://127.0.0.1:9/v1',
    model: 'm',
    runtime: 'browser',
    origin: 'https://dojo.example',
    timeoutMs: 30_000,
    maxOutputTokens: 2_000,
    contextWindow: 8_192,
    deadlineMs: 90_000,
    attempts: 3,
    apiKey: '',
  });

  it('never nest brackets, echo "status code (no body)" or name an internal field', () => {
    for (const provider of PROVIDER_IDS) {
      for (const kind of FAILURE_KINDS) {
        for (const detail of [undefined, 'status code (no body)', '418 status code (no body)']) {
          const text = explainFailure(
            { kind, status: 418, promptTokens: 4_096, sentTokens: 9_000, ...(detail ? { detail } : {}) },
            ctx(provider),
          );
          expect(nestedBrackets(text), `${provider}/${kind}: ${text}`).toBeNull();
          expect(text, `${provider}/${kind}`).not.toMatch(/no body|Server said: ""/);
          expect(text, `${provider}/${kind}`).not.toMatch(INTERNAL_NAMES);
        }
      }
    }
  });

  it('say plainly that the server gave no reason, and what to check instead', () => {
    const text = explainFailure(
      { kind: 'unknown', status: 418, detail: 'status code (no body)' },
      ctx('custom'),
    );
    expect(text).toBe(
      'Grading failed (HTTP 418). The server sent no reason. Check the Base URL and Model in Settings and use Test connection to see what the endpoint answers.',
    );
    expect(
      explainFailure({ kind: 'bad-request', status: 400, detail: 'unknown field "seed"' }, ctx('custom')),
    ).toContain('Server said: "unknown field "seed""');
  });
});

describe('what to change names the field as Settings shows it', () => {
  it('timeout, output limit and concurrency point at their Advanced fields', () => {
    const c: FailureContext = {
      provider: 'ollama',
      baseUrl: 'http://localhost:11434/v1',
      model: 'm',
      runtime: 'node',
      timeoutMs: 30_000,
      maxOutputTokens: 2_000,
      apiKey: '',
    };
    expect(explainFailure({ kind: 'timeout' }, c)).toContain('raise “Timeout per request” under Advanced');
    expect(explainFailure({ kind: 'deadline' }, c)).toContain('raise “Timeout per request” under Advanced');
    expect(explainFailure({ kind: 'length' }, c)).toContain('Raise “Output limit” under Advanced');
    expect(explainFailure({ kind: 'rate-limit' }, c)).toContain(
      'lower “Sections in flight at once” under Advanced',
    );
  });
});

describe('over the wire', () => {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    // An endpoint that answers every request with a bare status and no body.
    server = createServer((_req, res) => {
      res.statusCode = 418;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('Test connection explains an empty error reply without the SDK\'s "status code (no body)"', async () => {
    const r = await testConnection({ provider: 'custom', baseUrl: url, model: 'm', apiKey: '' });
    expect(r.ok).toBe(false);
    expect(r.message).not.toMatch(/no body/);
    expect(r.message).toMatch(
      /HTTP 418\)\. The server sent no reason\. Check the Base URL and Model in Settings/,
    );
  });

  it('settings that do not parse are described with the labels Settings shows', async () => {
    const r = await testConnection({
      provider: 'custom',
      baseUrl: 'localhost:11434',
      model: ' ',
      apiKey: '',
    });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/Base URL: must start with http:\/\/ or https:\/\//);
    expect(r.message).toMatch(/Model: choose a model/);
    expect(r.message).not.toMatch(INTERNAL_NAMES);
    await expect(
      gradeWithLlm({
        cfg: { provider: 'custom', baseUrl: '', model: 'm', apiKey: 'sk-secret-0123456789' },
        input: sampleGradeInput(),
      }),
    ).rejects.toThrow(/^The LLM settings are incomplete\. Base URL: enter the base URL/);
  });
});
