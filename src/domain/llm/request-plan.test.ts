import { describe, expect, it } from 'vitest';
import { longAnswers, sampleGradeInput } from '../../../tests/support/sample-inputs';
import { PRESET_CONTEXT_WINDOW, effectiveContextWindow, replyReserve } from './context-window';
import { planRequests, type PlanOptions } from './request-plan';
import { requestBudgetTokens } from './token-estimate';

const input = sampleGradeInput();
const long = { ...input, answers: longAnswers(input.prompt.id, 2_400) };
// The schema response_format as the LLM adapter sends it: its size is what matters here.
const FORMAT_JSON = JSON.stringify({ type: 'json_schema', json_schema: { schema: 'x'.repeat(1_800) } });
const opts = (contextWindow: number): PlanOptions => ({
  nonce: '0123456789abcdef',
  format: 'json_schema',
  formatJson: FORMAT_JSON,
  contextWindow,
  maxOutputTokens: 2_000,
});
const words = (a: Record<string, string>) => Object.values(a).join(' ').split(/\s+/).length;

describe('planRequests: requests that fit the context window', () => {
  it('the long answer really is about 2,400 words over eleven sections', () => {
    expect(words(long.answers)).toBeGreaterThanOrEqual(2_400);
  });

  it('with 4,096 tokens (the Ollama preset) every request and its reply reserve fit', () => {
    expect(PRESET_CONTEXT_WINDOW.ollama).toBe(4_096);
    const plan = planRequests(long, long.sections, opts(4_096));
    expect(plan.replyTokens).toBe(1_024);
    for (const r of plan.requests) {
      expect(r.ok ? 'fits' : r.error).toBe('fits');
      expect(r.promptTokens + plan.replyTokens).toBeLessThanOrEqual(4_096);
    }
  });

  it('with a large window sends the whole answer and diagram, each section rubric last', () => {
    const plan = planRequests(input, input.sections, opts(128_000));
    expect(plan.layout).toMatchObject({ answer: 'whole', diagram: true, rubric: 'full' });
    for (const r of plan.requests) {
      if (!r.ok) throw new Error(r.error);
      const shared = r.messages
        .slice(0, -1)
        .map((m) => m.content)
        .join('\n');
      for (const id of input.sections) expect(shared).toContain(`section="${id}"`);
      expect(shared).toContain('answer_diagram');
      expect(r.messages.at(-1)?.content).toContain(`## Rubric for "${r.section}"`);
      // No other section's rubric travels with it.
      expect(
        r.messages
          .map((m) => m.content)
          .join('')
          .match(/## Rubric for/g),
      ).toHaveLength(1);
    }
  });

  it('keeps everything but the last message identical across the eleven requests (prefix caching)', () => {
    for (const w of [4_096, 8_192, 128_000]) {
      const plan = planRequests(long, long.sections, opts(w));
      const prefixes = plan.requests.map((r) => (r.ok ? JSON.stringify(r.messages.slice(0, -1)) : ''));
      expect(new Set(prefixes).size).toBe(1);
    }
  });

  it('in a mid-size window sends a digest of the others and this section in full', () => {
    const plan = planRequests(long, long.sections, opts(8_192));
    expect(plan.layout.answer).toBe('digest');
    const retrieval = plan.requests.find((r) => r.section === 'retrieval');
    if (!retrieval?.ok) throw new Error('retrieval did not fit');
    expect(retrieval.messages.at(-1)?.content).toContain(long.answers.retrieval.slice(0, 200));
    expect(requestBudgetTokens(retrieval.messages, FORMAT_JSON)).toBeLessThanOrEqual(
      8_192 - plan.replyTokens,
    );
  });

  it('a section too long for any layout is an error naming the window, never a request', () => {
    const huge = {
      ...input,
      answers: { ...input.answers, cost: 'We cache embeddings per chunk. '.repeat(700) },
    };
    const plan = planRequests(huge, huge.sections, opts(4_096));
    const cost = plan.requests.find((r) => r.section === 'cost');
    expect(cost?.ok).toBe(false);
    expect(cost && !cost.ok && cost.error).toMatch(/does not fit the 4,096-token context window/);
    expect(plan.requests.filter((r) => r.ok)).toHaveLength(10);
  });

  it('reserves a quarter of a small window for the reply and the output limit in a large one', () => {
    expect(replyReserve(4_096, 2_000)).toBe(1_024);
    expect(replyReserve(128_000, 2_000)).toBe(2_000);
    expect(replyReserve(2_048, 2_000)).toBe(768);
  });

  it('uses the setting, else the hosted model, else the preset', () => {
    expect(effectiveContextWindow({ provider: 'ollama', model: 'qwen3:8b', contextWindow: null })).toBe(
      4_096,
    );
    expect(effectiveContextWindow({ provider: 'ollama', model: 'qwen3:8b', contextWindow: 16_384 })).toBe(
      16_384,
    );
    expect(effectiveContextWindow({ provider: 'openai', model: 'gpt-4.1-mini-2025-04-14' })).toBe(1_047_576);
    expect(effectiveContextWindow({ provider: 'openrouter', model: 'openai/gpt-4o-mini' })).toBe(128_000);
  });
});
