import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '@/lib/llm/test-connection';
import {
  browserLikeFetch,
  startScriptedLlmServer,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';
import { scriptedConfig } from '../support/scripted-config';

const KEY = 'sk-live-connection0123456789abcdef';
let server: ScriptedServer;
let guarded: ScriptedServer;
const cfg = scriptedConfig(() => ({ baseUrl: server.url, apiKey: KEY, timeoutMs: 30_000 }));

beforeAll(async () => {
  server = await startScriptedLlmServer();
  guarded = await startScriptedLlmServer({ requireApiKey: 'another-key-entirely' });
});
afterAll(async () => {
  await server.close();
  await guarded.close();
});

describe('testConnection', () => {
  it('lists the models and confirms the chosen one', async () => {
    const r = await testConnection(cfg());
    expect(r).toMatchObject({
      ok: true,
      modelListed: true,
      models: ['gpt-4o-mini-2024-07-18', 'scripted-grader'],
    });
    expect(r.message).toMatch(/2 models\. "scripted-grader" is available\./);
  });

  it('explains an unknown model and lists what the endpoint serves', async () => {
    const r = await testConnection(cfg({ provider: 'ollama', model: 'llama9:70b' }));
    expect(r).toMatchObject({ ok: false, kind: 'model-not-found' });
    expect(r.message).toMatch(
      /no model named "llama9:70b".*It serves: gpt-4o-mini-2024-07-18, scripted-grader\..*ollama pull llama9:70b/,
    );
  });

  it('accepts any model name on llama.cpp, which serves whatever it loaded', async () => {
    const r = await testConnection(cfg({ provider: 'llamacpp', model: 'whatever' }));
    expect(r.ok).toBe(true);
  });

  it('explains a wrong key without showing it', async () => {
    const r = await testConnection(cfg({ baseUrl: guarded.url }));
    expect(r).toMatchObject({ ok: false, kind: 'auth' });
    expect(r.message).toMatch(/rejected the API key \(401\)/);
    expect(r.message).not.toContain(KEY);
    expect(r.message).not.toContain(KEY.slice(10, 20));
  });

  it('explains a base URL that is not an OpenAI-compatible root', async () => {
    const r = await testConnection(cfg({ baseUrl: server.url.replace(/\/v1$/, '') }));
    expect(r).toMatchObject({ ok: false, kind: 'not-found' });
    expect(r.message).toMatch(/usually end in \/v1/);
  });

  it('explains a server that is not running, with how to start it', async () => {
    const gone = await startScriptedLlmServer();
    const url = gone.url;
    await gone.close();
    const r = await testConnection(cfg({ baseUrl: url, provider: 'lmstudio' }));
    expect(r).toMatchObject({ ok: false, kind: 'refused' });
    expect(r.message).toMatch(/Nothing is listening .*lms server start/);
  });

  it('explains a CORS refusal in the browser with the setting for that server', async () => {
    const refusing = await startScriptedLlmServer({ cors: 'refuse' });
    try {
      const origin = 'http://127.0.0.1:4173';
      const transport = { fetch: browserLikeFetch(origin), runtime: 'browser' as const, origin };
      const r = await testConnection(cfg({ baseUrl: refusing.url, provider: 'ollama' }), { transport });
      expect(r).toMatchObject({ ok: false, kind: 'network' });
      expect(r.message).toMatch(/CORS.*OLLAMA_ORIGINS=http:\/\/127\.0\.0\.1:4173 ollama serve/);
      const ok = await testConnection(cfg(), { transport });
      expect(ok.ok).toBe(true);
    } finally {
      await refusing.close();
    }
  });

  it('reports incomplete settings instead of throwing', async () => {
    const r = await testConnection(cfg({ baseUrl: 'localhost:11434', model: ' ' }));
    expect(r).toMatchObject({ ok: false, kind: 'invalid-config' });
    expect(r.message).toMatch(/Base URL: must start with http:\/\/ or https:\/\/; Model: choose a model/);
  });
});
