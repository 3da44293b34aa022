// Stable scores (three samples, the median kept, the spread shown) and a key an endpoint echoes back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreSpread } from '@/domain/llm/grade-adjust';
import { createEndpointMemory, gradeWithLlm } from '@/lib/llm/grade-with-llm';
import { testConnection } from '@/lib/llm/test-connection';
import {
  sampleGradeInput,
  startScriptedLlmServer,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';

const KEY = 'sk-proj-ECHOkey0123456789abcdefXYZ';
const input = sampleGradeInput();
let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedLlmServer();
});
afterAll(async () => {
  await server.close();
});

describe('grade each section 3 times and keep the median', () => {
  it('keeps the median, records the samples and marks a spread of 2 or more uncertain', async () => {
    server.reset();
    server.script([
      { section: 'cost', times: 1, fault: { kind: 'score', score: 3 } },
      { section: 'cost', times: 1, fault: { kind: 'score', score: 1 } },
      { section: 'cost', times: 1, fault: { kind: 'score', score: 3 } },
      { section: 'latency', times: 3, fault: { kind: 'score', score: 2 } },
    ]);
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader', samples: 3 },
      input,
      endpointMemory: createEndpointMemory(),
    });
    const grade = (id: string) => outcomes.find((o) => o.section === id && o.ok);
    const cost = grade('cost');
    const latency = grade('latency');
    if (!cost?.ok || !latency?.ok) throw new Error('not graded');
    expect(cost.grade.samples).toEqual([3, 1, 3]);
    expect(cost.grade.score).toBe(3);
    expect(scoreSpread(cost.grade)).toEqual({ text: '3, 1, 3', count: 3, uncertain: true });
    expect(scoreSpread(latency.grade)).toEqual({ text: '2, 2, 2', count: 3, uncertain: false });
    expect(server.chatRequests()).toHaveLength(33);
    // Usage covers all three requests of the section.
    const perRequest = server.chatRequests().find((r) => r.section === 'cost')?.promptTokens ?? 0;
    expect(cost.grade.usage?.tokensIn).toBe(perRequest * 3);
    server.script([]);
  });

  it('asks once by default and stores no samples', async () => {
    server.reset();
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader' },
      input,
      endpointMemory: createEndpointMemory(),
    });
    expect(server.chatRequests()).toHaveLength(11);
    for (const o of outcomes) expect(o.ok && o.grade.samples).toBeUndefined();
  });
});

describe('a key the endpoint echoes back', () => {
  it('is scrubbed from the grade before it is shown or stored', async () => {
    server.reset();
    server.script([{ fault: { kind: 'echo-auth' } }]);
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader', apiKey: KEY },
      input,
      endpointMemory: createEndpointMemory(),
    });
    const text = JSON.stringify(outcomes);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(text).toContain('[key hidden]');
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(KEY.slice(10, 18));
    server.script([]);
  });

  it('is scrubbed from model ids a hostile endpoint lists', async () => {
    const hostile = await startScriptedLlmServer({ models: ['scripted-grader', `leak-${KEY}`] });
    try {
      const r = await testConnection({
        provider: 'custom',
        baseUrl: hostile.url,
        model: 'scripted-grader',
        apiKey: KEY,
      });
      expect(r.ok).toBe(true);
      expect(JSON.stringify(r)).not.toContain(KEY);
      expect(r.models).toContain('leak-[key hidden]');
    } finally {
      await hostile.close();
    }
  });

  it('a base URL carrying credentials is refused before any request, without echoing them', async () => {
    server.reset();
    for (const baseUrl of [
      `http://user:${KEY}@127.0.0.1:${server.port}/v1`,
      `${server.url}?api_key=${KEY}`,
    ]) {
      const r = await testConnection({ provider: 'custom', baseUrl, model: 'scripted-grader', apiKey: KEY });
      expect(r.ok).toBe(false);
      expect(r.message).toMatch(/must not carry a user name, password or key/);
      expect(r.message).not.toContain(KEY);
    }
    expect(server.requests).toHaveLength(0);
  });
});
