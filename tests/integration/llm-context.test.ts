// Context budgets against a scripted server that cuts long prompts the way Ollama does, the total
// deadline per section, and the reply checks that keep a bad grade from counting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsTowardTotal } from '@/domain/evidence';
import type { GradeOutcome } from '@/domain/grading';
import { createEndpointMemory, gradeWithLlm } from '@/lib/llm/grade-with-llm';
import {
  longAnswers,
  sampleGradeInput,
  startScriptedLlmServer,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';

const base = sampleGradeInput();
const long = { ...base, answers: longAnswers(base.prompt.id, 2_400) };
let ollama: ScriptedServer;
let server: ScriptedServer;

beforeAll(async () => {
  ollama = await startScriptedLlmServer({ contextLimit: 4_096 });
  server = await startScriptedLlmServer();
});
afterAll(async () => {
  await ollama.close();
  await server.close();
});

const ok = (outcomes: GradeOutcome[]) => outcomes.flatMap((o) => (o.ok ? [o.grade] : []));
const errors = (outcomes: GradeOutcome[]) => outcomes.flatMap((o) => (o.ok ? [] : [o.error]));

describe('an Ollama-like server that cuts prompts to 4,096 tokens', () => {
  it('a larger context window in Settings than the server keeps: every section is an error with the fix', async () => {
    ollama.reset();
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'ollama', baseUrl: ollama.url, model: 'scripted-grader', contextWindow: 16_384 },
      input: long,
      endpointMemory: createEndpointMemory(),
    });
    expect(ok(outcomes)).toHaveLength(0);
    for (const e of errors(outcomes)) {
      expect(e).toMatch(
        /^Ollama cut the prompt to 4,096 tokens \(about [\d,]+ were sent for a 16,384-token context window\)/,
      );
      expect(e).toContain('OLLAMA_CONTEXT_LENGTH=16384');
      expect(e).toContain('or lower the context window in Settings to 4,096');
    }
    expect(ollama.chatRequests()).toHaveLength(11);
  });

  it('a prompt only a little over the server window is caught too: the cut leaves exactly 4,096', async () => {
    ollama.reset();
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'ollama', baseUrl: ollama.url, model: 'scripted-grader', contextWindow: 8_192 },
      input: base,
      endpointMemory: createEndpointMemory(),
    });
    const sent = ollama.chatRequests().map((r) => r.promptTokens);
    // Each request is under 1.3x the kept 4,096: a ratio test alone would call them whole.
    for (const n of sent) expect(n).toBeLessThan(4_096 * 1.3);
    expect(ok(outcomes)).toHaveLength(0);
    for (const e of errors(outcomes)) expect(e).toMatch(/^Ollama cut the prompt to 4,096 tokens/);
  });

  it('the Ollama preset (4,096 tokens) plans requests that fit, reply reserve included, and grades all eleven', async () => {
    ollama.reset();
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'ollama', baseUrl: ollama.url, model: 'scripted-grader' },
      input: long,
      endpointMemory: createEndpointMemory(),
    });
    expect(errors(outcomes)).toEqual([]);
    expect(ok(outcomes)).toHaveLength(11);
    for (const r of ollama.chatRequests()) {
      const reserve = Number(r.body?.max_tokens);
      expect(reserve).toBe(1_024);
      expect(r.promptTokens + reserve).toBeLessThanOrEqual(4_096);
    }
    // Each request still carries the graded section in full, as nonce-tagged data.
    const retrieval = ollama.chatRequests().find((r) => r.section === 'retrieval');
    expect(retrieval?.promptText).toContain(long.answers.retrieval.split('\n\n')[0]);
    expect(retrieval?.promptText).toMatch(/<answer_section id="[0-9a-f]{16}" section="retrieval"/);
  });
});

describe('a hosted window', () => {
  it('one full grading of the bench answer sends at most half the old 153,391 input tokens', async () => {
    server.reset();
    const outcomes = await gradeWithLlm({
      cfg: {
        provider: 'custom',
        baseUrl: server.url,
        model: 'gpt-4o-mini-2024-07-18',
        contextWindow: 128_000,
      },
      input: base,
      fresh: true,
      endpointMemory: createEndpointMemory(),
    });
    expect(errors(outcomes)).toEqual([]);
    const sent = server.chatRequests().reduce((n, r) => n + r.promptTokens, 0);
    expect(sent).toBeLessThanOrEqual(153_391 / 2);
  });
});

describe('replies that must not count', () => {
  it('finish_reason "length" is an error that says the reply was cut', async () => {
    server.reset();
    server.script([{ section: 'evals', fault: { kind: 'length' } }]);
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader' },
      input: base,
      endpointMemory: createEndpointMemory(),
    });
    expect(errors(outcomes)).toEqual([expect.stringMatching(/^The reply was cut at the output limit/)]);
    server.script([]);
  });

  it('a reply quoting a ``` fence inside its JSON strings is parsed as JSON, not cut at the fence', async () => {
    server.reset();
    const section =
      'The diagram:\n```mermaid\nflowchart LR\n  a --> b\n```\nWe rerank the top 50 passages with a cross-encoder.';
    const reply = {
      evidence: [
        'We rerank the top 50 passages with a cross-encoder.',
        '```mermaid\nflowchart LR\n  a --> b\n```',
      ],
      reasoning: 'Quotes the block ```mermaid``` and the reranker.',
      criteria: [],
      missing: [],
      score: 2,
      nextStep: 'Say why 50.',
      followUp: null,
      flags: [],
    };
    server.script([{ section: 'retrieval', fault: { kind: 'reply', content: JSON.stringify(reply) } }]);
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader' },
      input: { ...base, answers: { ...base.answers, retrieval: section } },
      endpointMemory: createEndpointMemory(),
    });
    const retrieval = ok(outcomes).find((g) => g.section === 'retrieval');
    expect(retrieval?.score).toBe(2);
    expect(retrieval?.evidence[0]?.verified).toBe(true);
    server.script([]);
  });

  it('evidence of fragments ("We use", "agents") verifies nothing, and the grade is not counted', async () => {
    server.reset();
    const text = 'We use agents with tools to triage every ticket, and a human approves refunds.';
    const reply = {
      evidence: ['We use', 'agents'],
      reasoning: 'r',
      criteria: [],
      missing: [],
      score: 4,
      nextStep: 'n',
      followUp: null,
      flags: [],
    };
    server.script([{ section: 'workflow', fault: { kind: 'reply', content: JSON.stringify(reply) } }]);
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader' },
      input: { ...base, answers: { ...base.answers, workflow: text } },
      endpointMemory: createEndpointMemory(),
    });
    const workflow = ok(outcomes).find((g) => g.section === 'workflow');
    expect(workflow?.evidence.map((e) => e.verified)).toEqual([false, false]);
    expect(workflow?.flags.map((f) => f.kind)).toContain('unverified-evidence');
    expect(workflow && countsTowardTotal(workflow)).toBe(false);
    expect(
      ok(outcomes)
        .filter((g) => g.section !== 'workflow')
        .every(countsTowardTotal),
    ).toBe(true);
    server.script([]);
  });
});

describe('a total deadline per section', () => {
  it('a server dripping a few characters at a time cannot keep a section grading past its deadline', async () => {
    server.reset();
    server.script([{ section: 'task', fault: { kind: 'drip', chars: 4, everyMs: 300 } }]);
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'custom', baseUrl: server.url, model: 'scripted-grader', timeoutMs: 2_000 },
      input: base,
      endpointMemory: createEndpointMemory(),
    });
    // 2 s idle timeout, never idle that long: only the 4 x 2 s total limit stops it. The margins are wide
    // (a chunk every 0.3 s against 2 s; healthy sections have 8 s) so a loaded machine cannot change the result.
    expect(errors(outcomes)).toEqual([
      expect.stringMatching(/^No complete grade within 8 s, the time limit for one section/),
    ]);
    server.script([]);
  });
});

describe('the context window a server reports', () => {
  it('reads vLLM max_model_len from /v1/models and llama-server n_ctx from /props', async () => {
    const { testConnection } = await import('@/lib/llm/test-connection');
    const vllm = await startScriptedLlmServer({
      modelEntries: [{ id: 'Qwen/Qwen3-8B', object: 'model', owned_by: 'vllm', max_model_len: 32_768 }],
    });
    const llama = await startScriptedLlmServer({ nCtx: 8_192 });
    try {
      const v = await testConnection({ provider: 'vllm', baseUrl: vllm.url, model: 'Qwen/Qwen3-8B' });
      expect(v.ok && v.contextWindow).toEqual({ tokens: 32_768, source: 'max_model_len of Qwen/Qwen3-8B' });
      const l = await testConnection({ provider: 'llamacpp', baseUrl: llama.url, model: 'local-model' });
      expect(l.ok && l.contextWindow).toEqual({ tokens: 8_192, source: 'n_ctx at /props' });
      const plain = await testConnection({
        provider: 'custom',
        baseUrl: server.url,
        model: 'scripted-grader',
      });
      expect(plain.ok && plain.contextWindow).toBeNull();
    } finally {
      await vllm.close();
      await llama.close();
    }
  });
});
