// The LLM adapter: the only code that imports `openai`. It owns the SDK client, turns SDK and fetch
// errors into domain Failures, and streams chat completions. Grading policy (prompts, retries, parsing,
// fallbacks) lives in src/domain/llm so it can be read and tested without a network.
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Failure } from '@/domain/llm/failure';
import type { LlmConfig } from '@/domain/llm/llm-config';
import { parseRetryAfter } from '@/domain/llm/retry-policy';

/** Test and runtime seams: a custom fetch (e.g. one that enforces CORS like a browser) and where we run. */
export interface LlmTransport {
  fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  runtime?: 'browser' | 'node';
  /** The page origin, for CORS explanations. */
  origin?: string;
}

export type ChatClient = OpenAI;

export function detectRuntime(transport?: LlmTransport): 'browser' | 'node' {
  if (transport?.runtime) return transport.runtime;
  return typeof window !== 'undefined' && typeof document !== 'undefined' ? 'browser' : 'node';
}

export function pageOrigin(transport?: LlmTransport): string | undefined {
  return transport?.origin ?? (globalThis as { location?: { origin?: string } }).location?.origin;
}

/** A path-only base URL (the dev proxy) is resolved against the page's origin. */
export function resolveBaseUrl(baseUrl: string, transport?: LlmTransport): string {
  const url = baseUrl.trim().replace(/\/+$/, '');
  if (!url.startsWith('/')) return url;
  return `${pageOrigin(transport) ?? 'http://127.0.0.1:5173'}${url}`;
}

/**
 * One SDK client per grading run. Retries are off here because the domain retry policy decides them
 * (it honours retry-after, caps waits and reports each retry). Without a key the Authorization header is
 * omitted entirely: local servers do not need it and llama.cpp's CORS preflight would reject it.
 */
export function createChatClient(cfg: LlmConfig, transport?: LlmTransport): ChatClient {
  return new OpenAI({
    apiKey: cfg.apiKey || 'no-key',
    baseURL: resolveBaseUrl(cfg.baseUrl, transport),
    organization: null,
    project: null,
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: cfg.timeoutMs,
    logLevel: 'off',
    defaultHeaders: {
      ...(cfg.apiKey ? {} : { Authorization: null }),
      // The dev proxy serves only pages that send this header (or a same-origin Origin).
      ...(cfg.provider === 'dev-proxy' ? { 'x-design-dojo-proxy': '1' } : {}),
    },
    ...(transport?.fetch ? { fetch: transport.fetch } : {}),
  });
}

/** Thrown inside the adapter with an already classified failure. */
export class LlmFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.detail ?? failure.kind);
  }
}

function causeChain(err: unknown): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [err];
  while (queue.length && out.length < 12) {
    const e = queue.shift();
    if (!e || typeof e !== 'object') continue;
    out.push(e);
    const rec = e as { cause?: unknown; errors?: unknown };
    if (rec.cause) queue.push(rec.cause);
    if (Array.isArray(rec.errors)) queue.push(...rec.errors);
  }
  return out;
}

function networkFailure(err: unknown, streaming: boolean): Failure {
  const chain = causeChain(err);
  const codes = chain.map((e) => String((e as { code?: unknown }).code ?? ''));
  const text = chain.map((e) => String((e as { message?: unknown }).message ?? '')).join(' | ');
  if (codes.includes('ECONNREFUSED')) return { kind: 'refused', detail: text };
  if (codes.some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN')) return { kind: 'dns', detail: text };
  if (codes.some((c) => /TIMEOUT/i.test(c)) || /timed? ?out/i.test(text))
    return { kind: 'timeout', detail: text };
  if (streaming) return { kind: 'truncated', detail: text };
  if (
    codes.some((c) => c === 'ECONNRESET' || c === 'UND_ERR_SOCKET' || c === 'EPIPE') ||
    /other side closed|terminated|socket hang up/i.test(text)
  ) {
    return { kind: 'reset', detail: text };
  }
  return { kind: 'network', detail: text };
}

function statusFailure(err: APIError): Failure {
  const status = err.status ?? 0;
  const detail = err.message.replace(/^\d{3}\s+/, '');
  if (status === 401) return { kind: 'auth', status, detail };
  if (status === 403) return { kind: 'forbidden', status, detail };
  if (status === 404) {
    const aboutModel = err.code === 'model_not_found' || /model/i.test(detail);
    return { kind: aboutModel ? 'model-not-found' : 'not-found', status, detail };
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(
      { retryAfterMs: err.headers?.get('retry-after-ms'), retryAfter: err.headers?.get('retry-after') },
      Date.now(),
    );
    return { kind: 'rate-limit', status, detail, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (status === 400 || status === 422) return { kind: 'bad-request', status, detail };
  if (status === 408) return { kind: 'timeout', status, detail };
  if (status >= 500 || status === 409) return { kind: 'server', status, detail };
  return { kind: 'unknown', status, detail };
}

interface ClassifyContext {
  /** Our own idle timer fired. */
  timedOut: boolean;
  /** The caller's signal fired. */
  userAborted: boolean;
  /** The response had started streaming: a network error now means a truncated stream. */
  streaming: boolean;
}

/** Turns whatever the SDK or fetch threw into a Failure. */
export function classifyError(err: unknown, ctx: ClassifyContext): Failure {
  if (err instanceof LlmFailure) return err.failure;
  if (ctx.userAborted) return { kind: 'aborted' };
  if (ctx.timedOut || err instanceof APIConnectionTimeoutError) return { kind: 'timeout' };
  if (err instanceof APIUserAbortError) return { kind: 'aborted' };
  if (err instanceof APIConnectionError) return networkFailure(err, ctx.streaming);
  if (err instanceof APIError) {
    if (err.status !== undefined) return statusFailure(err);
    return { kind: 'server', detail: err.message };
  }
  if (err instanceof SyntaxError)
    return { kind: 'truncated', detail: 'the server sent a malformed stream chunk' };
  if (err instanceof TypeError) return networkFailure(err, ctx.streaming);
  return { kind: 'unknown', detail: err instanceof Error ? err.message : String(err) };
}
