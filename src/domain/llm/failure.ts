import { contextFix, promptCutFix } from './context-window';
import { corsFixFor, PROVIDER_PRESETS, type ProviderId } from './provider-presets';

export const FAILURE_KINDS = [
  'auth',
  'forbidden',
  'model-not-found',
  'not-found',
  'rate-limit',
  'server',
  'bad-request',
  'timeout',
  'refused',
  'reset',
  'dns',
  'network',
  'truncated',
  'invalid-output',
  'refusal',
  'length',
  'prompt-cut',
  'context-overflow',
  'deadline',
  'aborted',
  'unknown',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** What went wrong with one request, already classified by the transport adapter. */
export interface Failure {
  kind: FailureKind;
  status?: number;
  /** Server or parser text; scrubbed before it is shown. */
  detail?: string;
  retryAfterMs?: number;
  /** prompt-cut: what the server says it kept, and what we sent (typical estimate). */
  promptTokens?: number;
  sentTokens?: number;
}

export interface FailureContext {
  provider: ProviderId;
  baseUrl: string;
  model: string;
  /** A browser hides why a fetch failed (CORS, server down, mixed content): the message lists the causes. */
  runtime: 'browser' | 'node';
  origin?: string;
  timeoutMs: number;
  maxOutputTokens: number;
  /** The context window the requests were planned for. */
  contextWindow?: number;
  /** The whole-section time limit. */
  deadlineMs?: number;
  /** How many attempts were made, for "retried N times". */
  attempts?: number;
  apiKey: string;
}

/**
 * Removes the API key from text that will be shown or stored: the exact key, any 8-character piece of
 * it (masked echoes such as `sk-abc...wxyz` keep pieces), and anything shaped like a bearer token or key.
 */
export function scrubSecret(text: string, secret: string): string {
  let out = text;
  const key = secret.trim();
  if (key) {
    out = out.split(key).join('[key hidden]');
    if (key.length >= 12) {
      for (let i = 0; i + 8 <= key.length; i++) {
        const piece = key.slice(i, i + 8);
        if (out.includes(piece))
          out = out.replace(new RegExp(`\\S*${escapeRegExp(piece)}\\S*`, 'g'), '[key hidden]');
      }
    }
  }
  return out
    .replace(/Bearer\s+[^\s"',]+/gi, 'Bearer [key hidden]')
    .replace(/\b(sk|rk|pk)-[A-Za-z0-9_*.-]{6,}/g, '[key hidden]')
    .replace(/\b(sk-or-v1|gsk|xai)[-_][A-Za-z0-9_*.-]{6,}/g, '[key hidden]');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** The server's own words, or null when it sent none (the SDK then says "status code (no body)"). */
function serverText(f: Failure): string | null {
  const d = f.detail?.trim().replace(/\s+/g, ' ') ?? '';
  if (!d || /^(\d{3} )?status code \(no body\)$/i.test(d)) return null;
  return d.length > 300 ? `${d.slice(0, 300)}…` : d;
}

function detailSuffix(f: Failure): string {
  const d = serverText(f);
  return d ? ` Server said: "${d}"` : '';
}

/** For failures the server alone can explain: its words, or a plain note that it gave none and what to check. */
function reasonOrNext(f: Failure, next: string): string {
  const d = serverText(f);
  return d ? ` Server said: "${d}"` : ` The server sent no reason. ${next}`;
}

function explain(f: Failure, ctx: FailureContext): string {
  const preset = PROVIDER_PRESETS[ctx.provider];
  const where = ctx.baseUrl;
  const retried = ctx.attempts && ctx.attempts > 1 ? ` (tried ${ctx.attempts} times)` : '';
  switch (f.kind) {
    case 'auth':
      return `The endpoint rejected the API key (401). ${
        ctx.apiKey
          ? 'Check the key in Settings: it may be mistyped, revoked or for another provider.'
          : 'No key is set: enter one in Settings.'
      }${preset.local ? ' A local server started with --api-key needs that same key.' : ''}${detailSuffix(f)}`;
    case 'forbidden':
      return `The endpoint refused access (403): the key is valid but not allowed to use "${ctx.model}" (project, organisation or region limits).${
        ctx.provider === 'ollama'
          ? ` Ollama also answers 403 to pages from an origin it does not allow. ${corsFixFor('ollama', ctx.origin)}`
          : ''
      }${detailSuffix(f)}`;
    case 'model-not-found':
      return `The endpoint has no model named "${ctx.model}" (404). Use Test connection to list the models it serves${
        ctx.provider === 'ollama' ? `, or run \`ollama pull ${ctx.model}\`` : ''
      }.${detailSuffix(f)}`;
    case 'not-found':
      return `Nothing answered at ${where} (404). Check the base URL: OpenAI-compatible servers usually end in /v1.${detailSuffix(f)}`;
    case 'rate-limit':
      return f.retryAfterMs !== undefined && f.retryAfterMs > 0
        ? `Rate limited (429)${retried}: the endpoint asks to wait ${seconds(f.retryAfterMs)}. Grade again later or lower “Sections in flight at once” under Advanced in Settings.${detailSuffix(f)}`
        : `Rate limited (429)${retried}. Grade again later, lower “Sections in flight at once” under Advanced in Settings, or check the account's quota.${detailSuffix(f)}`;
    case 'server':
      return `The server failed (HTTP ${f.status ?? '5xx'})${retried}. It may be overloaded or restarting; try again shortly.${detailSuffix(f)}`;
    case 'bad-request':
      return `The endpoint rejected the request (${f.status ?? 400}).${reasonOrNext(
        f,
        'Check the Model in Settings and use Test connection; if it still fails, the server may not support JSON replies: try another model.',
      )}`;
    case 'timeout':
      return `No reply within ${seconds(ctx.timeoutMs)}${retried}. ${
        preset.local
          ? 'A local model on CPU can be slow: raise “Timeout per request” under Advanced in Settings, or use a smaller model.'
          : 'Raise “Timeout per request” under Advanced in Settings, or try again.'
      }`;
    case 'refused':
      return `Nothing is listening at ${where} (connection refused). ${preset.startHint}`;
    case 'dns':
      return `The host in ${where} could not be found. Check the base URL.`;
    case 'reset':
      return `The connection to ${where} was dropped before the reply finished${retried}. Try again; if it keeps happening the server may be crashing on this request.`;
    case 'network':
      return ctx.runtime === 'browser'
        ? `The browser could not reach ${where}: either the server is not running or it refused this page's origin (CORS). If it is not running: ${preset.startHint} If it refused this page: ${corsFixFor(ctx.provider, ctx.origin)}${
            where.startsWith('http://') &&
            ctx.origin?.startsWith('https://') &&
            !/\/\/(localhost|127\.0\.0\.1)/.test(where)
              ? ' Also, an https page cannot call a plain http:// address other than localhost.'
              : ''
          }`
        : `Could not reach ${where}.${detailSuffix(f)}`;
    case 'truncated':
      return `The reply stream from ${where} ended before the grade was complete${retried}. Nothing was scored; try again.`;
    case 'invalid-output':
      return `The model's reply was not a valid grade, even after one repair attempt: ${serverText(f) ?? 'invalid JSON'}. No score was given; try again or use a stronger model.`;
    case 'refusal':
      return `The model refused to grade this section${serverText(f) ? `: "${serverText(f)}"` : '.'}`;
    case 'length':
      return `The reply was cut at the output limit (${ctx.maxOutputTokens.toLocaleString('en-US')} tokens) before the grade was complete, so nothing was scored. Raise “Output limit” under Advanced in Settings, or use a model that does not spend its budget on long reasoning.`;
    case 'prompt-cut': {
      const win = ctx.contextWindow ? ctx.contextWindow.toLocaleString('en-US') : 'its';
      return `${preset.label} cut the prompt to ${(f.promptTokens ?? 0).toLocaleString('en-US')} tokens (about ${(f.sentTokens ?? 0).toLocaleString('en-US')} were sent for a ${win}-token context window), so the model never saw all of the instructions, rubric and answer. Nothing was scored: ${promptCutFix(ctx.provider, ctx.contextWindow ?? 16_384, f.promptTokens ?? 4_096)}.`;
    }
    case 'context-overflow':
      return `The request is longer than the model's context window (the context window in Settings is ${ctx.contextWindow ? `${ctx.contextWindow.toLocaleString('en-US')} tokens` : 'not set'}). Nothing was scored: ${contextFix(ctx.provider, ctx.contextWindow ?? 4096)}.${detailSuffix(f)}`;
    case 'deadline':
      return `No complete grade within ${seconds(ctx.deadlineMs ?? ctx.timeoutMs)}, the time limit for one section${retried}: the server kept sending but too slowly. Nothing was scored; try again, use a faster model, or raise “Timeout per request” under Advanced in Settings.`;
    case 'aborted':
      return 'Grading was cancelled before this section finished.';
    case 'unknown':
      return `Grading failed${f.status ? ` (HTTP ${f.status})` : ''}.${reasonOrNext(
        f,
        'Check the Base URL and Model in Settings and use Test connection to see what the endpoint answers.',
      )}`;
  }
}

/** A plain explanation of a failure for the user, with the key scrubbed out. */
export function explainFailure(f: Failure, ctx: FailureContext): string {
  return scrubSecret(explain(f, ctx), ctx.apiKey);
}

/**
 * A URL safe to print or store: user name and password removed, and query parameters that look like
 * credentials (key, token, secret, password, signature) masked.
 */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//[credentials hidden]@');
  }
  const hadCredentials = Boolean(u.username || u.password);
  u.username = '';
  u.password = '';
  for (const name of [...u.searchParams.keys()]) {
    if (/key|token|secret|pass|auth|sig/i.test(name)) u.searchParams.set(name, 'hidden');
  }
  const out = u.toString();
  return hadCredentials ? out.replace('://', '://[credentials hidden]@') : out;
}

/** True when a URL carries credentials (user:password@ or a key-like query parameter). */
export function urlHasCredentials(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      Boolean(u.username || u.password) ||
      [...u.searchParams.keys()].some((n) => /key|token|secret|pass|auth|sig/i.test(n))
    );
  } catch {
    return /\/\/[^/@\s]+@/.test(url);
  }
}
