import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GradeOutcome } from '@/domain/grading';
import type { LlmConfigInput } from '@/domain/llm/llm-config';
import {
  createEndpointMemory,
  gradeWithLlm,
  type GradeEvent,
  type GradeWithLlmOptions,
} from '@/lib/llm/grade-with-llm';
import {
  browserLikeFetch,
  sampleGradeInput,
  startScriptedLlmServer,
  type Fault,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';
import { scriptedConfig } from '../support/scripted-config';

const KEY = 'sk-proj-SECRETkey0123456789abcdefXYZ';
const input = sampleGradeInput();
let server: ScriptedServer;
/** Every message any test surfaced, checked for the key at the end. */
const surfaced: string[] = [];

const cfg = scriptedConfig(() => ({ baseUrl: server.url, apiKey: KEY, timeoutMs: 30_000 }));

async function grade(
  opts: Partial<GradeWithLlmOptions> = {},
): Promise<{ outcomes: GradeOutcome[]; events: GradeEvent[] }> {
  const events: GradeEvent[] = [];
  const outcomes = await gradeWithLlm({
    cfg: cfg(),
    input,
    endpointMemory: createEndpointMemory(),
    retryPolicy: { baseDelayMs: 10, maxDelayMs: 40 },
    ...opts,
    onEvent: (e) => {
      events.push(e);
      if (e.type === 'error') surfaced.push(e.message);
    },
  });
  for (const o of outcomes) if (!o.ok) surfaced.push(o.error);
  return { outcomes, events };
}

function errorOf(outcomes: GradeOutcome[], section: string): string {
  const o = outcomes.find((x) => x.section === section);
  if (!o || o.ok) throw new Error(`${section} did not fail`);
  return o.error;
}

function othersOk(outcomes: GradeOutcome[], failed: string) {
  const others = outcomes.filter((o) => o.section !== failed);
  expect(others).toHaveLength(10);
  for (const o of others) expect(o.ok ? 'ok' : `${o.section}: ${o.error}`).toBe('ok');
}

beforeAll(async () => {
  server = await startScriptedLlmServer();
});
afterAll(async () => {
  await server.close();
  expect(surfaced.length).toBeGreaterThan(20);
  for (const m of surfaced) {
    expect(m).not.toContain(KEY);
    for (let i = 0; i + 8 <= KEY.length; i++) expect(m).not.toContain(KEY.slice(i, i + 8));
  }
});
beforeEach(() => {
  server.reset();
  server.script([]);
});

const CASES: [string, Fault, RegExp][] = [
  [
    '401',
    { kind: 'status', status: 401, message: `Incorrect API key provided: ${KEY}` },
    /rejected the API key \(401\)/,
  ],
  ['403', { kind: 'status', status: 403, message: 'Project does not have access' }, /refused access \(403\)/],
  [
    '404 unknown model',
    { kind: 'status', status: 404, code: 'model_not_found', message: 'The model does not exist' },
    /no model named "scripted-grader" \(404\)/,
  ],
  ['429 without retry-after', { kind: 'status', status: 429 }, /Rate limited \(429\) \(tried 3 times\)/],
  ['429 asking for a long wait', { kind: 'status', status: 429, retryAfter: '120' }, /asks to wait 120 s/],
  ['500', { kind: 'status', status: 500 }, /server failed \(HTTP 500\) \(tried 3 times\)/],
  ['503', { kind: 'status', status: 503 }, /server failed \(HTTP 503\)/],
  ['hang (timeout)', { kind: 'hang' }, /No reply within 1\.5 s \(tried 2 times\)/],
  ['connection reset', { kind: 'destroy' }, /was dropped before the reply finished/],
  ['truncated stream', { kind: 'truncate' }, /stream .* ended before the grade was complete/],
  [
    'malformed JSON',
    { kind: 'malformed' },
    /not a valid grade, even after one repair attempt: the reply is not valid JSON/,
  ],
  ['schema-breaking JSON', { kind: 'schema-break' }, /does not match the grade schema \(evidence: /],
  ['refusal', { kind: 'refusal' }, /refused to grade this section: "I'm sorry/],
  ['finish_reason length', { kind: 'length' }, /reply was cut at the output limit \(2,000 tokens\)/],
];

describe('per-section faults: a clear message for that section, the others graded', () => {
  it.each(CASES)('%s', async (_name, fault, expected) => {
    server.script([{ section: 'retrieval', fault }]);
    const { outcomes, events } = await grade({
      // The hang needs a short timeout; it applies to every section, so it stays well above what a
      // healthy reply takes on a loaded machine.
      cfg: cfg({ timeoutMs: fault.kind === 'hang' ? 1_500 : 30_000 }),
    });
    expect(errorOf(outcomes, 'retrieval')).toMatch(expected);
    othersOk(outcomes, 'retrieval');
    expect(events.filter((e) => e.type === 'error').map((e) => e.section)).toEqual(['retrieval']);
  });

  it('tries a malformed reply once more with the validation error (repair), then accepts the fixed one', async () => {
    server.script([{ section: 'data', times: 1, fault: { kind: 'malformed' } }]);
    const { outcomes } = await grade();
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const data = server.chatRequests().filter((r) => r.section === 'data');
    expect(data).toHaveLength(2);
    const repair = data[1]?.body?.messages ?? [];
    expect(repair.at(-2)).toMatchObject({
      role: 'assistant',
      content: expect.stringContaining('unterminated'),
    });
    expect(repair.at(-1)?.content).toMatch(/cannot be used: the reply is not valid JSON/);
    // The repair keeps the shared prefix: it appends, it does not rebuild.
    expect(data[1]?.promptText.startsWith(data[0]?.promptText ?? 'x')).toBe(true);
  });

  it('honours retry-after on 429 and then succeeds', async () => {
    server.script([{ section: 'cost', times: 1, fault: { kind: 'status', status: 429, retryAfter: '1' } }]);
    const { outcomes, events } = await grade();
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const [first, second] = server.chatRequests().filter((r) => r.section === 'cost');
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(events).toContainEqual({
      type: 'retrying',
      section: 'cost',
      attempt: 2,
      delayMs: 1000,
      reason: 'rate-limit',
    });
  });

  it('retries a 500 and a dropped connection and recovers', async () => {
    server.script([
      { section: 'model', times: 1, fault: { kind: 'status', status: 500 } },
      { section: 'evals', times: 1, fault: { kind: 'destroy' } },
      { section: 'safety', times: 1, fault: { kind: 'truncate' } },
    ]);
    const { outcomes } = await grade();
    expect(outcomes.every((o) => o.ok)).toBe(true);
    for (const s of ['model', 'evals', 'safety'])
      expect(server.chatRequests().filter((r) => r.section === s)).toHaveLength(2);
  });

  it('fails every section with the start hint when nothing listens', async () => {
    const gone = await startScriptedLlmServer();
    const url = gone.url;
    await gone.close();
    const { outcomes } = await grade({ cfg: cfg({ baseUrl: url, provider: 'ollama' }) });
    for (const o of outcomes)
      expect(o.ok ? '' : o.error).toMatch(/Nothing is listening at .*connection refused.*ollama serve/);
  });
});

describe('response format fallback', () => {
  it('falls back from json_schema to json_object on a 400 and remembers it for the endpoint', async () => {
    const strict = await startScriptedLlmServer({ rejectFormats: ['json_schema'] });
    try {
      const memory = createEndpointMemory();
      const first = await grade({
        cfg: cfg({ baseUrl: strict.url }),
        endpointMemory: memory,
        concurrency: 1,
      });
      expect(first.outcomes.every((o) => o.ok)).toBe(true);
      const formats = strict.chatRequests().map((r) => r.body?.response_format?.type);
      expect(formats).toEqual(['json_schema', ...Array<string>(11).fill('json_object')]);
      strict.reset();
      await grade({ cfg: cfg({ baseUrl: strict.url }), endpointMemory: memory });
      expect(strict.chatRequests().map((r) => r.body?.response_format?.type)).toEqual(
        Array<string>(11).fill('json_object'),
      );
    } finally {
      await strict.close();
    }
  });

  it('falls back to the schema spelled out in the prompt when both JSON modes are refused', async () => {
    const plain = await startScriptedLlmServer({ rejectFormats: ['json_schema', 'json_object'] });
    try {
      const { outcomes } = await grade({ cfg: cfg({ baseUrl: plain.url }) });
      expect(outcomes.every((o) => o.ok)).toBe(true);
      const last = plain.chatRequests().at(-1);
      expect(last?.body?.response_format).toBeUndefined();
      expect(last?.body?.messages?.[0]?.content).toMatch(/It must match this JSON Schema:\n\{/);
    } finally {
      await plain.close();
    }
  });

  it('skips json_object for LM Studio and drops parameters a server does not know', async () => {
    const picky = await startScriptedLlmServer({
      rejectFormats: ['json_schema'],
      rejectParams: ['prompt_cache_key'],
    });
    try {
      const { outcomes } = await grade({
        cfg: cfg({ baseUrl: picky.url, provider: 'lmstudio' }),
        concurrency: 1,
      });
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(picky.chatRequests().some((r) => r.body?.response_format?.type === 'json_object')).toBe(false);
      picky.reset();
      const openai = await grade({ cfg: cfg({ baseUrl: picky.url, provider: 'openai' }), concurrency: 1 });
      expect(openai.outcomes.every((o) => o.ok)).toBe(true);
      expect(picky.chatRequests().at(-1)?.body?.prompt_cache_key).toBeUndefined();
    } finally {
      await picky.close();
    }
  });
});

describe('browser CORS failures', () => {
  const ORIGIN = 'http://localhost:5173';
  const browser = { fetch: browserLikeFetch(ORIGIN), runtime: 'browser' as const, origin: ORIGIN };
  const fixes: [LlmConfigInput['provider'], RegExp][] = [
    ['ollama', /OLLAMA_ORIGINS=http:\/\/localhost:5173 ollama serve/],
    ['lmstudio', /lms server start --cors.*"Enable CORS"/],
    ['vllm', /--allowed-origins '\["http:\/\/localhost:5173"\]'/],
    ['llamacpp', /Authorization header.*Leave the API key empty/],
    ['custom', /Access-Control-Allow-Headers/],
  ];

  it.each(fixes)('%s: explains the exact setting to fix', async (provider, fix) => {
    const refusing = await startScriptedLlmServer({ cors: 'refuse' });
    try {
      const { outcomes } = await grade({ cfg: cfg({ baseUrl: refusing.url, provider }), transport: browser });
      for (const o of outcomes) {
        const message = o.ok ? '' : o.error;
        expect(message).toMatch(/The browser could not reach .*refused this page's origin \(CORS\)/);
        expect(message).toMatch(fix);
      }
    } finally {
      await refusing.close();
    }
  });

  it('llama.cpp-style `Allow-Headers: *` refuses a key but works without one (no Authorization sent)', async () => {
    const llama = await startScriptedLlmServer({ cors: 'wildcard-headers' });
    try {
      const withKey = await grade({
        cfg: cfg({ baseUrl: llama.url, provider: 'llamacpp' }),
        transport: browser,
        input: { ...input, sections: ['task'] },
      });
      expect(withKey.outcomes[0]?.ok).toBe(false);
      const noKey = await grade({
        cfg: cfg({ baseUrl: llama.url, provider: 'llamacpp', apiKey: '' }),
        transport: browser,
      });
      expect(noKey.outcomes.every((o) => o.ok)).toBe(true);
      expect(llama.chatRequests().every((r) => r.headers.authorization === undefined)).toBe(true);
    } finally {
      await llama.close();
    }
  });
});

describe('keys and cancellation', () => {
  it('never surfaces the API key, even when the server echoes it', async () => {
    const guarded = await startScriptedLlmServer({ requireApiKey: 'the-right-key-000000' });
    try {
      const { outcomes, events } = await grade({ cfg: cfg({ baseUrl: guarded.url }) });
      const messages = [
        ...outcomes.map((o) => (o.ok ? '' : o.error)),
        ...events.map((e) => ('message' in e ? e.message : '')),
      ];
      expect(messages.filter((m) => m.includes('401'))).toHaveLength(22);
      for (const m of messages) expect(m).not.toContain(KEY);
      expect(messages[0]).toContain('[key hidden]');
    } finally {
      await guarded.close();
    }
  });

  it('aborts in-flight requests and reports the rest as cancelled', async () => {
    // The server would answer after a minute: only the abort can end the run before the test times out.
    const slow = await startScriptedLlmServer({ latencyMs: 60_000 });
    try {
      const controller = new AbortController();
      const run = grade({ cfg: cfg({ baseUrl: slow.url, timeoutMs: 90_000 }), signal: controller.signal });
      await vi.waitFor(() => expect(slow.chatRequests()).toHaveLength(4), { timeout: 10_000 });
      controller.abort();
      const { outcomes, events } = await run;
      expect(outcomes.every((o) => !o.ok && /cancelled/.test(o.error))).toBe(true);
      expect(events.filter((e) => e.type === 'started')).toHaveLength(4);
      await vi.waitFor(() => expect(slow.chatRequests().every((r) => r.clientClosed)).toBe(true));
      expect(slow.chatRequests()).toHaveLength(4);
    } finally {
      await slow.close();
    }
  });
});
