import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEndpointMemory, gradeWithLlm } from '@/lib/llm/grade-with-llm';
import { testConnection } from '@/lib/llm/test-connection';
import { createLlmProxyHandler, keyScrubber } from '@/lib/node/llm-dev-proxy';
import {
  sampleGradeInput,
  startScriptedLlmServer,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';

const SERVER_KEY = 'sk-server-side-only-0123456789';
let upstream: ScriptedServer;
let proxy: Server;
let origin: string;

beforeAll(async () => {
  upstream = await startScriptedLlmServer({ requireApiKey: SERVER_KEY });
  const handler = createLlmProxyHandler({ apiKey: SERVER_KEY, baseUrl: upstream.url });
  proxy = createServer((req, res) => {
    if (!req.url?.startsWith('/llm-proxy')) return void res.writeHead(404).end();
    req.url = req.url.slice('/llm-proxy'.length) || '/';
    void handler(req, res);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => proxy.close(r));
  await upstream.close();
});

describe('dev proxy', () => {
  const cfg = {
    provider: 'dev-proxy' as const,
    baseUrl: '/llm-proxy/v1',
    model: 'scripted-grader',
    apiKey: '',
  };
  it('lists models and grades through the proxy with the server-side key; the client sends none', async () => {
    const transport = { origin, runtime: 'node' as const };
    expect((await testConnection(cfg, { transport })).ok).toBe(true);
    const outcomes = await gradeWithLlm({
      cfg,
      input: sampleGradeInput(),
      transport,
      endpointMemory: createEndpointMemory(),
    });
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(upstream.chatRequests()).toHaveLength(11);
    expect(upstream.requests.every((r) => r.headers.authorization === `Bearer ${SERVER_KEY}`)).toBe(true);
    const status = (await (await fetch(`${origin}/llm-proxy/status`)).json()) as { available: boolean };
    expect(status.available).toBe(true);
  });

  it('refuses other origins and non-JSON posts', async () => {
    const cross = await fetch(`${origin}/llm-proxy/v1/models`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(cross.status).toBe(403);
    const simple = await fetch(`${origin}/llm-proxy/v1/chat/completions`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    });
    expect(simple.status).toBe(403);
  });
});

describe('dev proxy hardening', () => {
  const own = { 'x-design-dojo-proxy': '1' };
  const raw = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string } = {},
  ) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      // node:http keeps the path exactly as written (fetch would normalise `..` away).
      const req = request(
        `${origin}/llm-proxy${path}`,
        { method: init.method ?? 'GET', headers: init.headers },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });

  it.each([
    '/v1/../../x',
    '/v1/%2e%2e/%2e%2e/x',
    '/v1/.%2e/.%2e/x',
    '/v1/..%2f..%2fx',
    '/v1\\..\\..\\x',
    '/v1/models/../../x',
    '//v1/models',
    '/v1/embeddings',
    '/v1/files',
  ])('never forwards %s upstream', async (path) => {
    upstream.reset();
    const r = await raw(path, { headers: own });
    expect(r.status).toBe(404);
    expect(upstream.requests).toHaveLength(0);
  });

  it('forwards only GET /models and POST /chat/completions', async () => {
    upstream.reset();
    expect((await raw('/v1/models', { method: 'DELETE', headers: own })).status).toBe(405);
    expect((await raw('/v1/chat/completions', { headers: own })).status).toBe(405);
    expect(upstream.requests).toHaveLength(0);
    expect((await raw('/v1/models', { headers: own })).status).toBe(200);
  });

  it('requires a same-origin Origin or the app header: <img>, <script> and no-cors requests send neither', async () => {
    upstream.reset();
    expect((await raw('/v1/models')).status).toBe(403);
    expect((await raw('/v1/models', { headers: { origin: 'http://127.0.0.1:1' } })).status).toBe(403);
    expect((await raw('/v1/models', { headers: { ...own, 'sec-fetch-site': 'same-site' } })).status).toBe(
      403,
    );
    expect((await raw('/v1/models', { headers: { origin } })).status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it('accepts exactly application/json for posts', async () => {
    upstream.reset();
    for (const type of [
      'text/plain',
      'application/json-patch+json',
      'application/x-www-form-urlencoded',
      'application/json; boundary=x',
    ]) {
      const r = await raw('/v1/chat/completions', {
        method: 'POST',
        headers: { ...own, 'content-type': type },
        body: '{}',
      });
      expect(r.status).toBe(415);
    }
    expect(upstream.requests).toHaveLength(0);
  });

  it('strips the key from reply bodies, streamed ones too', async () => {
    upstream.reset();
    upstream.script([{ fault: { kind: 'echo-auth' } }]);
    const transport = { origin, runtime: 'node' as const };
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'dev-proxy', baseUrl: '/llm-proxy/v1', model: 'scripted-grader', apiKey: '' },
      input: sampleGradeInput(),
      transport,
      endpointMemory: createEndpointMemory(),
    });
    upstream.script([]);
    const text = JSON.stringify(outcomes);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(text).toContain('[key hidden]');
    expect(text).not.toContain(SERVER_KEY);
  });

  it('the scrubber finds a key split across chunks', () => {
    const s = keyScrubber(SERVER_KEY);
    const out = s.push(`a ${SERVER_KEY.slice(0, 9)}`) + s.push(`${SERVER_KEY.slice(9)} b`) + s.flush();
    expect(out).toBe('a [key hidden] b');
  });
});
