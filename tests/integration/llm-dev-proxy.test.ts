import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEndpointMemory, gradeWithLlm } from '@/lib/llm/grade-with-llm';
import { testConnection } from '@/lib/llm/test-connection';
import { createLlmProxyHandler } from '@/lib/node/llm-dev-proxy';
import {
  sampleGradeInput,
  startScriptedLlmServer,
  type ScriptedServer,
} from '../support/scripted-llm-server';

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
