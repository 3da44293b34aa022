import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Grade } from '@/domain/grade-schema';
import type { GradeOutcome } from '@/domain/grading';
import { gradeCacheKey, memoryGradeCache, type CacheKeyParts } from '@/domain/llm/grade-cache';
import { createEndpointMemory, gradeWithLlm, type GradeEvent } from '@/lib/llm/grade-with-llm';
import {
  sampleGradeInput,
  startScriptedLlmServer,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';
import { scriptedConfig } from '../support/scripted-config';

let server: ScriptedServer;
const input = sampleGradeInput();
const cfg = scriptedConfig(() => ({ baseUrl: server.url }));
const okGrades = (outcomes: GradeOutcome[]) => outcomes.flatMap((o) => (o.ok ? [o.grade] : []));

beforeAll(async () => {
  server = await startScriptedLlmServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe('grade cache', () => {
  it('serves a re-grade of the same answer, model and rubric from the cache, and bypasses it when fresh', async () => {
    const cache = memoryGradeCache();
    const first = okGrades(
      await gradeWithLlm({ cfg: cfg(), input, cache, endpointMemory: createEndpointMemory() }),
    );
    expect(first).toHaveLength(11);
    expect(server.chatRequests()).toHaveLength(11);
    expect(cache.map.size).toBe(11);

    const events: GradeEvent[] = [];
    const again = okGrades(await gradeWithLlm({ cfg: cfg(), input, cache, onEvent: (e) => events.push(e) }));
    expect(server.chatRequests()).toHaveLength(11);
    expect(again).toEqual(first);
    const done = events.filter((e) => e.type === 'done');
    expect(done).toHaveLength(11);
    expect(done.every((e) => e.type === 'done' && e.cached)).toBe(true);

    await gradeWithLlm({ cfg: cfg(), input, cache, fresh: true });
    expect(server.chatRequests()).toHaveLength(22);
  });

  it('re-grades only what changed: one section text, the model, or a rubric version', async () => {
    const cache = memoryGradeCache();
    await gradeWithLlm({ cfg: cfg(), input, cache });
    server.reset();

    await gradeWithLlm({
      cfg: cfg(),
      input: { ...input, answers: { ...input.answers, cost: `${input.answers.cost ?? ''} Plus a cache.` } },
      cache,
    });
    expect(server.chatRequests().map((r) => r.section)).toEqual(['cost']);

    server.reset();
    const bumped = { ...input.rubrics.evals, version: '9.9.9' };
    await gradeWithLlm({
      cfg: cfg(),
      input: { ...input, rubrics: { ...input.rubrics, evals: bumped } },
      cache,
    });
    expect(server.chatRequests().map((r) => r.section)).toEqual(['evals']);

    server.reset();
    await gradeWithLlm({ cfg: cfg({ model: 'gpt-4o-mini-2024-07-18' }), input, cache });
    expect(server.chatRequests()).toHaveLength(11);
  });

  it('ignores a cache entry that is not a valid grade, and a cache that throws', async () => {
    const broken = memoryGradeCache();
    await gradeWithLlm({ cfg: cfg(), input: { ...input, sections: ['task'] }, cache: broken });
    const [key] = [...broken.map.keys()];
    broken.map.set(key ?? '', { nonsense: true } as unknown as Grade);
    server.reset();
    const outcomes = await gradeWithLlm({
      cfg: cfg(),
      input: { ...input, sections: ['task'] },
      cache: broken,
    });
    expect(outcomes[0]?.ok).toBe(true);
    expect(server.chatRequests()).toHaveLength(1);

    const throwing = {
      get: () => Promise.reject(new Error('IndexedDB is closed')),
      set: () => Promise.reject(new Error('quota')),
    };
    const again = await gradeWithLlm({
      cfg: cfg(),
      input: { ...input, sections: ['task'] },
      cache: throwing,
    });
    expect(again[0]?.ok).toBe(true);
  });

  it('keys on model, rubric version, prompt, section text, diagram, endpoint and grader-prompt version', () => {
    const base: CacheKeyParts = {
      baseUrl: 'http://localhost:11434/v1',
      model: 'qwen3:8b',
      rubricVersion: '1.0.0',
      promptId: 'legal-rag',
      section: 'retrieval',
      sectionText: 'Hybrid search with a reranker.',
      diagram: 'flowchart LR\n a --> b',
    };
    const key = gradeCacheKey(base);
    expect(gradeCacheKey({ ...base })).toBe(key);
    expect(gradeCacheKey({ ...base, baseUrl: 'http://localhost:11434/v1/' })).toBe(key);
    const variants: Partial<CacheKeyParts>[] = [
      { model: 'qwen3:14b' },
      { rubricVersion: '1.0.1' },
      { promptId: 'ai-email-agent' },
      { section: 'model' },
      { sectionText: 'Hybrid search with a re-ranker.' },
      { diagram: 'flowchart LR\n a --> c' },
      { baseUrl: 'http://localhost:8000/v1' },
      { graderPromptVersion: '0.9.0' },
    ];
    for (const v of variants) expect(gradeCacheKey({ ...base, ...v })).not.toBe(key);
  });
});
