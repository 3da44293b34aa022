import type { Failure, FailureKind } from './failure';

/** Failures a retry can fix. Auth, unknown models, bad requests, refusals and CORS fail at once. */
const RETRYABLE: ReadonlySet<FailureKind> = new Set([
  'rate-limit',
  'server',
  'timeout',
  'reset',
  'truncated',
]);

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer wait than this gets an error saying when to come back. */
  maxRetryAfterMs: number;
  /** Timeouts already cost a full timeout each: retry them at most this often. */
  maxTimeoutRetries: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  maxTimeoutRetries: 1,
};

/**
 * How long to wait before retry number `retry` (1-based) after `failure`, or null to give up.
 * Honours the server's retry-after; otherwise exponential backoff with up to 25% jitter (`random` in 0..1).
 */
export function retryDelayMs(
  failure: Failure,
  retry: number,
  policy: RetryPolicy,
  random: number,
  timeoutsSoFar = 0,
): number | null {
  if (!RETRYABLE.has(failure.kind) || retry > policy.maxRetries) return null;
  if (failure.kind === 'timeout' && timeoutsSoFar > policy.maxTimeoutRetries) return null;
  if (failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs > policy.maxRetryAfterMs ? null : Math.max(0, failure.retryAfterMs);
  }
  const backoff = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  return Math.round(backoff * (1 - 0.25 * random));
}

/** Reads `retry-after-ms` or `retry-after` (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(
  header: { retryAfterMs?: string | null; retryAfter?: string | null },
  now: number,
): number | undefined {
  const ms = header.retryAfterMs ? Number.parseFloat(header.retryAfterMs) : Number.NaN;
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header.retryAfter?.trim();
  if (!raw) return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
