import { describe, expect, it } from 'vitest';
import {
  decideNext,
  INITIAL_ATTEMPT_STATE,
  type AttemptOutcome,
  type AttemptState,
  type DecisionContext,
} from './attempt-decision';
import { initialProfile } from './endpoint-profile';
import type { FailureKind } from './failure';
import { DEFAULT_RETRY_POLICY } from './retry-policy';

const ctx: DecisionContext = {
  policy: DEFAULT_RETRY_POLICY,
  provider: 'custom',
  profile: initialProfile('custom'),
  random: 0,
};
const GOOD = JSON.stringify({
  evidence: ['We retrieve with BM25 plus dense vectors.'],
  reasoning: 'ok',
  criteria: [],
  missing: [],
  score: 3,
  nextStep: 'x',
  followUp: null,
  flags: [],
});
const replied = (over: Partial<Extract<AttemptOutcome, { type: 'replied' }>> = {}): AttemptOutcome => ({
  type: 'replied',
  content: GOOD,
  refusal: '',
  finishReason: 'stop',
  promptTokens: 1000,
  sentTokens: 1000,
  ...over,
});
const failed = (kind: FailureKind, detail = ''): AttemptOutcome => ({
  type: 'failed',
  failure: { kind, detail },
});

describe('decideNext: what follows one request', () => {
  it('accepts a valid reply', () => {
    const [d] = decideNext(replied(), INITIAL_ATTEMPT_STATE, ctx);
    expect(d.action).toBe('accept');
  });

  it('fails a reply whose prompt the server cut, naming what was kept and sent', () => {
    const [d] = decideNext(replied({ promptTokens: 4096, sentTokens: 9000 }), INITIAL_ATTEMPT_STATE, ctx);
    expect(d).toEqual({
      action: 'fail',
      failure: { kind: 'prompt-cut', promptTokens: 4096, sentTokens: 9000 },
    });
  });

  it('fails a small overflow cut to exactly a common window size (Ollama reports its num_ctx)', () => {
    const [d] = decideNext(replied({ promptTokens: 4096, sentTokens: 4750 }), INITIAL_ATTEMPT_STATE, ctx);
    expect(d.action === 'fail' && d.failure.kind).toBe('prompt-cut');
    expect(
      decideNext(replied({ promptTokens: 4096, sentTokens: 4000 }), INITIAL_ATTEMPT_STATE, ctx)[0].action,
    ).toBe('accept');
  });

  it('accepts a prompt the tokenizer counted a little lower than our estimate, and one without usage', () => {
    expect(decideNext(replied({ promptTokens: 800 }), INITIAL_ATTEMPT_STATE, ctx)[0].action).toBe('accept');
    expect(decideNext(replied({ promptTokens: null }), INITIAL_ATTEMPT_STATE, ctx)[0].action).toBe('accept');
  });

  it('fails finish_reason "length" even when the JSON happens to parse', () => {
    const [d] = decideNext(replied({ finishReason: 'length' }), INITIAL_ATTEMPT_STATE, ctx);
    expect(d).toEqual({ action: 'fail', failure: { kind: 'length' } });
  });

  it('fails refusals and content filters without retrying', () => {
    expect(decideNext(replied({ refusal: 'no' }), INITIAL_ATTEMPT_STATE, ctx)[0]).toEqual({
      action: 'fail',
      failure: { kind: 'refusal', detail: 'no' },
    });
    expect(
      decideNext(replied({ finishReason: 'content_filter' }), INITIAL_ATTEMPT_STATE, ctx)[0].action,
    ).toBe('fail');
  });

  it('repairs an invalid reply once, then fails it', () => {
    const [d1, s1] = decideNext(replied({ content: '{"score": "great"}' }), INITIAL_ATTEMPT_STATE, ctx);
    expect(d1.action).toBe('repair');
    expect(s1.repaired).toBe(true);
    const [d2] = decideNext(replied({ content: '{"score": "great"}' }), s1, ctx);
    expect(d2.action).toBe('fail');
    expect(d2.action === 'fail' && d2.failure.kind).toBe('invalid-output');
  });

  it('retries a stream that stopped without a finish reason, as a truncation', () => {
    const [d, s] = decideNext(replied({ content: '{"evid', finishReason: null }), INITIAL_ATTEMPT_STATE, ctx);
    expect(d).toMatchObject({ action: 'retry', delayMs: 500, failure: { kind: 'truncated' } });
    expect(s.retries).toBe(1);
  });

  it('backs off exponentially and gives up after maxRetries', () => {
    let state: AttemptState = INITIAL_ATTEMPT_STATE;
    const delays: number[] = [];
    for (;;) {
      const [d, next] = decideNext(failed('server'), state, ctx);
      state = next;
      if (d.action !== 'retry') {
        expect(d.action).toBe('fail');
        break;
      }
      delays.push(d.delayMs);
    }
    expect(delays).toEqual([500, 1000]);
  });

  it('retries a timeout at most maxTimeoutRetries times', () => {
    const [d1, s1] = decideNext(failed('timeout'), INITIAL_ATTEMPT_STATE, ctx);
    expect(d1.action).toBe('retry');
    const [d2] = decideNext(failed('timeout'), s1, ctx);
    expect(d2.action).toBe('fail');
  });

  it('adapts the request shape on a 400 naming an unsupported parameter, at most five times', () => {
    const [d, s] = decideNext(
      failed('bad-request', "Unrecognized request argument: 'temperature'"),
      INITIAL_ATTEMPT_STATE,
      ctx,
    );
    expect(d).toEqual({ action: 'adapt', profile: { ...ctx.profile, temperature: false } });
    expect(s.adaptations).toBe(1);
    const [d6] = decideNext(failed('bad-request', 'temperature'), { ...s, adaptations: 5 }, ctx);
    expect(d6.action).toBe('fail');
  });

  it('turns a 400 about the context length into a context error, not a retry', () => {
    const [d] = decideNext(
      failed(
        'bad-request',
        "This model's maximum context length is 8192 tokens. However, you requested 9000",
      ),
      INITIAL_ATTEMPT_STATE,
      ctx,
    );
    expect(d.action === 'fail' && d.failure.kind).toBe('context-overflow');
  });

  it('never retries auth errors or a cancelled run', () => {
    expect(decideNext(failed('auth'), INITIAL_ATTEMPT_STATE, ctx)[0].action).toBe('fail');
    expect(decideNext(failed('aborted'), INITIAL_ATTEMPT_STATE, ctx)[0].action).toBe('fail');
  });
});
