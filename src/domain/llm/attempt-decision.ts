import { adaptToRejection, type EndpointProfile } from './endpoint-profile';
import type { Failure } from './failure';
import type { ProviderId } from './provider-presets';
import { parseGradeReply, type GradeReply } from './reply-schema';
import { retryDelayMs, type RetryPolicy } from './retry-policy';

/** What one request to the endpoint came back with. */
export type AttemptOutcome =
  | { type: 'failed'; failure: Failure }
  | {
      type: 'replied';
      content: string;
      refusal: string;
      finishReason: string | null;
      /** usage.prompt_tokens as the server reported it; null when it sent no usage. */
      promptTokens: number | null;
      /** Our typical-ratio estimate of the prompt that was sent. */
      sentTokens: number;
    };

/** What happened so far in one section's grading. */
export interface AttemptState {
  retries: number;
  timeouts: number;
  adaptations: number;
  repaired: boolean;
}

export const INITIAL_ATTEMPT_STATE: AttemptState = {
  retries: 0,
  timeouts: 0,
  adaptations: 0,
  repaired: false,
};

export interface DecisionContext {
  policy: RetryPolicy;
  provider: ProviderId;
  profile: EndpointProfile;
  /** 0..1, for backoff jitter; tests pass a fixed value. */
  random: number;
}

type Decision =
  | { action: 'accept'; reply: GradeReply }
  /** Resend with a request shape the endpoint accepts; not counted as an attempt. */
  | { action: 'adapt'; profile: EndpointProfile }
  | { action: 'retry'; delayMs: number; failure: Failure }
  /** Send the bad output back with what was wrong with it, once. */
  | { action: 'repair'; badOutput: string; error: string }
  | { action: 'fail'; failure: Failure };

/**
 * A server that kept far fewer prompt tokens than were sent cut the prompt (Ollama drops the front of
 * an over-long prompt without an error). Tokenizers differ from our estimate by well under 25%.
 */
const CUT_PROMPT_RATIO = 0.75;
/** Context sizes servers are started with: Ollama reports exactly its num_ctx after cutting. */
const COMMON_WINDOWS = new Set([2_048, 4_096, 8_192, 16_384, 32_768, 65_536, 131_072]);

/**
 * True when usage.prompt_tokens says the server kept less than was sent: far fewer tokens than the
 * estimate, or fewer than estimated and exactly a common window size (a small overflow cut to fit).
 */
function promptWasCut(reported: number, sent: number): boolean {
  return reported < sent * CUT_PROMPT_RATIO || (reported < sent && COMMON_WINDOWS.has(reported));
}

const MAX_ADAPTATIONS = 5;
const CONTEXT_OVERFLOW =
  /context[ _-]?length|context window|maximum context|too many tokens|exceeds? the (model's )?(context|maximum)|prompt is too long/i;

function onFailure(failure: Failure, state: AttemptState, ctx: DecisionContext): [Decision, AttemptState] {
  if (failure.kind === 'aborted') return [{ action: 'fail', failure }, state];
  if (failure.kind === 'bad-request') {
    if (CONTEXT_OVERFLOW.test(failure.detail ?? ''))
      return [{ action: 'fail', failure: { ...failure, kind: 'context-overflow' } }, state];
    const adapted =
      state.adaptations < MAX_ADAPTATIONS &&
      adaptToRejection(ctx.profile, failure.detail ?? '', ctx.provider);
    if (adapted)
      return [
        { action: 'adapt', profile: adapted },
        { ...state, adaptations: state.adaptations + 1 },
      ];
  }
  const timeouts = state.timeouts + (failure.kind === 'timeout' ? 1 : 0);
  const delay = retryDelayMs(failure, state.retries + 1, ctx.policy, ctx.random, timeouts);
  if (delay === null)
    return [
      { action: 'fail', failure },
      { ...state, timeouts },
    ];
  return [
    { action: 'retry', delayMs: delay, failure },
    { ...state, timeouts, retries: state.retries + 1 },
  ];
}

/**
 * The one place that decides what follows a request: accept the grade, adapt the request shape, retry
 * after a delay, ask once for a repaired reply, or fail with a classified failure. Pure: no network,
 * no clock, no randomness of its own.
 */
export function decideNext(
  outcome: AttemptOutcome,
  state: AttemptState,
  ctx: DecisionContext,
): [Decision, AttemptState] {
  if (outcome.type === 'failed') return onFailure(outcome.failure, state, ctx);
  if (outcome.refusal.trim() || outcome.finishReason === 'content_filter') {
    const detail = outcome.refusal.trim() || 'the provider filtered the reply';
    return [{ action: 'fail', failure: { kind: 'refusal', detail } }, state];
  }
  if (outcome.promptTokens !== null && promptWasCut(outcome.promptTokens, outcome.sentTokens)) {
    const failure: Failure = {
      kind: 'prompt-cut',
      promptTokens: outcome.promptTokens,
      sentTokens: outcome.sentTokens,
    };
    return [{ action: 'fail', failure }, state];
  }
  if (outcome.finishReason === 'length') return [{ action: 'fail', failure: { kind: 'length' } }, state];
  const parsed = parseGradeReply(outcome.content);
  if (parsed.ok) return [{ action: 'accept', reply: parsed.reply }, state];
  if (!outcome.finishReason) {
    // The stream stopped without a finish reason: a cut connection, worth a retry, not a repair.
    return onFailure({ kind: 'truncated', detail: 'the stream ended without a finish reason' }, state, ctx);
  }
  if (!state.repaired)
    return [
      { action: 'repair', badOutput: outcome.content, error: parsed.error },
      { ...state, repaired: true },
    ];
  return [{ action: 'fail', failure: { kind: 'invalid-output', detail: parsed.error } }, state];
}
