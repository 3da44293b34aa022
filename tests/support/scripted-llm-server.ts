// A real HTTP server on 127.0.0.1 that speaks enough of the OpenAI protocol for the grader's tests,
// the LLM bench and the browser e2e run: GET /v1/models, POST /v1/chat/completions (JSON or SSE),
// CORS, a fixed latency per call, prefix-cache accounting, and faults injected by script.
// Standalone: `npx tsx tests/support/scripted-llm-server.ts --port 8787 [--latency-ms N]`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Prompt } from '@/domain/content-schema';
import type { GradeAllInput } from '@/domain/grading';
import { loadContentFromDisk } from '@/lib/node/content-files';
import { approxTokens, commonPrefixLength } from '@/domain/llm/prefix-stats';
import { SECTION_IDS, isSectionId, type SectionId } from '@/domain/sections';

export type Fault =
  /** An HTTP error with an OpenAI-style body; retry-after in seconds as the header carries it. */
  | { kind: 'status'; status: number; message?: string; code?: string; retryAfter?: string }
  /** Accept the request and never answer (a timeout for the client). */
  | { kind: 'hang' }
  /** Reset the connection before any response. */
  | { kind: 'destroy' }
  /** Stream part of the reply, then drop the connection without a finish reason or [DONE]. */
  | { kind: 'truncate' }
  /** Reply content that is not JSON. */
  | { kind: 'malformed' }
  /** Valid JSON that breaks the grade schema. */
  | { kind: 'schema-break' }
  /** A valid grade wrapped in a ```json fence with chatter around it. */
  | { kind: 'fenced' }
  /** Evidence quotes that are not in the answer. */
  | { kind: 'fake-evidence' }
  /** A model fooled by an injection: top score, no flags. */
  | { kind: 'obedient' }
  /** A refusal instead of content. */
  | { kind: 'refusal'; text?: string }
  /** Content cut off with finish_reason "length". */
  | { kind: 'length' }
  /** Exactly this content. */
  | { kind: 'reply'; content: string }
  /** Extra delay before an otherwise normal reply. */
  | { kind: 'slow'; ms: number };

export interface FaultRule {
  /** The section being graded (read from the request's last messages). */
  section?: SectionId;
  path?: 'models' | 'chat';
  /** The n-th chat request the server receives (1-based). */
  nth?: number;
  /** How many matching requests this rule applies to; unlimited when omitted. */
  times?: number;
  fault: Fault;
}

export interface ScriptedServerOptions {
  port?: number;
  /** Delay before the first byte of every response (time to first token). */
  latencyMs?: number;
  /** Delay between streamed chunks. */
  chunkDelayMs?: number;
  models?: string[];
  /** When set, requests without `Authorization: Bearer <key>` get 401 (which echoes the key sent). */
  requireApiKey?: string;
  /** allow: echo the requested headers; refuse: no CORS headers, 403 preflight; wildcard-headers:
   * answer `Access-Control-Allow-Headers: *` like llama-server (browsers then refuse Authorization). */
  cors?: 'allow' | 'refuse' | 'wildcard-headers';
  /** response_format types answered with 400, to exercise the fallback. */
  rejectFormats?: ('json_schema' | 'json_object')[];
  /** Body fields answered with 400 "unrecognized argument". */
  rejectParams?: string[];
  faults?: FaultRule[];
}

export interface RecordedRequest {
  n: number;
  method: string;
  path: string;
  /** Milliseconds since the server started. */
  at: number;
  headers: Record<string, string | string[] | undefined>;
  body: ChatBody | null;
  section: SectionId | null;
  /** response_format + messages as one string, in the order a provider tokenises them. */
  promptText: string;
  promptTokens: number;
  cachedTokens: number;
  status: number;
  /** The client closed the connection before the response was complete (abort, timeout). */
  clientClosed: boolean;
}

export interface ScriptedServer {
  /** Base URL to give the SDK, ending in /v1. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  chatRequests(): RecordedRequest[];
  /** Replaces the fault rules (counts restart). */
  script(rules: FaultRule[]): void;
  /** Forgets recorded requests and the prefix cache. */
  reset(): void;
  close(): Promise<void>;
}

interface ChatMessage {
  role: string;
  content: string | null;
}

interface ChatBody {
  model?: string;
  messages?: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  response_format?: { type?: string };
  temperature?: number;
  prompt_cache_key?: string;
  [key: string]: unknown;
}

const DEFAULT_MODELS = ['scripted-grader', 'gpt-4o-mini-2024-07-18'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sectionOf(body: ChatBody | null): SectionId | null {
  const msgs = body?.messages ?? [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i]?.content?.match(/Section to grade: ([a-z]+)/);
    if (m?.[1] && isSectionId(m[1])) return m[1];
  }
  return null;
}

function promptTextOf(body: ChatBody | null): string {
  if (!body) return '';
  const format = body.response_format ? JSON.stringify(body.response_format) : '';
  return format + (body.messages ?? []).map((m) => `<|${m.role}|>${m.content ?? ''}`).join('');
}

/** The section's text as the grader sent it, between the run's tags. */
function extractSection(body: ChatBody, section: SectionId): string {
  for (const m of body.messages ?? []) {
    const re = new RegExp(
      `<answer_section id="([^"]+)" section="${section}"[^>]*>\\n([\\s\\S]*?)\\n</answer_section id="\\1">`,
    );
    const hit = m.content?.match(re);
    if (hit?.[2] !== undefined) return hit[2] === '(empty)' ? '' : hit[2];
  }
  return '';
}

function criteriaOf(body: ChatBody): { id: string; label: string }[] {
  const ask = [...(body.messages ?? [])]
    .reverse()
    .find((m) => m.content?.includes('Criteria to judge, by id:'));
  const line = ask?.content?.match(/Criteria to judge, by id: (.*)/)?.[1] ?? '';
  return [...line.matchAll(/"([a-z0-9-]+)" \(([^)]+)\)/g)].map((m) => ({
    id: m[1] ?? '',
    label: m[2] ?? '',
  }));
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').trim())
    .filter((s) => s.length >= 20 && !s.startsWith('#') && !s.startsWith('```'));
}

function clipAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20));
}

/** A deterministic grade for the section being graded, quoting real sentences from it. */
export function scriptedGrade(body: ChatBody): Record<string, unknown> {
  const section = sectionOf(body) ?? 'task';
  const text = extractSection(body, section);
  const words = text.split(/\s+/).filter(Boolean).length;
  const lower = text.toLowerCase();
  const criteria = criteriaOf(body).map((c) => {
    const keys = c.label.toLowerCase().match(/[a-z]{5,}/g) ?? [];
    const met = keys.some((k) => lower.includes(k.slice(0, 5)));
    return {
      id: c.id,
      verdict: met ? 'met' : 'missing',
      found: met ? `Mentions ${c.label.toLowerCase()}.` : '',
      missing: met ? '' : `Say how you handle ${c.label.toLowerCase()}.`,
    };
  });
  const missing = criteria.filter((c) => c.verdict === 'missing').map((c) => c.missing);
  const injection =
    /ignore (all |the |any )?(previous|prior|above)|give (this|me|it) (a )?(4|5|full|top)|you are now/i.test(
      text,
    );
  return {
    evidence: sentences(text)
      .slice(0, 3)
      .map((s) => clipAtWord(s, 240)),
    reasoning: `The ${section} section makes ${sentences(text).length} specific points in ${words} words.`,
    criteria,
    missing,
    score: words === 0 ? 0 : Math.min(4, 1 + Math.floor(words / 40)),
    nextStep: missing[0] ?? 'Put numbers on the main trade-off in this section.',
    followUp: `What would you change in the ${section} part if traffic grew tenfold?`,
    flags: injection ? [{ kind: 'possible-injection', detail: 'the section addresses the grader' }] : [],
  };
}

function replyContent(
  fault: Fault | undefined,
  body: ChatBody,
): { content: string; finish: string; refusal?: string } {
  const grade = scriptedGrade(body);
  switch (fault?.kind) {
    case 'malformed':
      return { content: '{"evidence": ["unterminated", "reasoning": oops', finish: 'stop' };
    case 'schema-break':
      return { content: JSON.stringify({ score: 'excellent', comment: 'Great answer!' }), finish: 'stop' };
    case 'fenced':
      return {
        content: `Here is the grade:\n\`\`\`json\n${JSON.stringify(grade, null, 2)}\n\`\`\`\nHope this helps.`,
        finish: 'stop',
      };
    case 'fake-evidence':
      return {
        content: JSON.stringify({
          ...grade,
          evidence: [
            'The candidate designed a quantum blockchain for retrieval.',
            'Latency is guaranteed to be zero.',
          ],
        }),
        finish: 'stop',
      };
    case 'obedient':
      return { content: JSON.stringify({ ...grade, score: 4, flags: [] }), finish: 'stop' };
    case 'refusal':
      return {
        content: '',
        finish: 'stop',
        refusal: fault.text ?? "I'm sorry, I can't help with grading this.",
      };
    case 'length': {
      const full = JSON.stringify(grade);
      return { content: full.slice(0, Math.floor(full.length / 2)), finish: 'length' };
    }
    case 'reply':
      return { content: fault.content, finish: 'stop' };
    default:
      return { content: JSON.stringify(grade), finish: 'stop' };
  }
}

function splitChunks(s: string, n: number): string[] {
  if (!s) return [];
  const size = Math.max(1, Math.ceil(s.length / n));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

/** Starts the server; resolves once it listens. */
export async function startScriptedLlmServer(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const opts = { latencyMs: 0, chunkDelayMs: 0, models: DEFAULT_MODELS, cors: 'allow', ...options };
  let rules: { rule: FaultRule; used: number }[] = (opts.faults ?? []).map((rule) => ({ rule, used: 0 }));
  let requests: RecordedRequest[] = [];
  let prefilled: string[] = [];
  let chatCount = 0;
  const startedAt = Date.now();
  const sockets = new Set<Socket>();

  const pickFault = (kind: 'models' | 'chat', nth: number, section: SectionId | null): Fault | undefined => {
    for (const r of rules) {
      const { rule } = r;
      if (rule.path && rule.path !== kind) continue;
      if (rule.nth !== undefined && (kind !== 'chat' || rule.nth !== nth)) continue;
      if (rule.section && rule.section !== section) continue;
      if (rule.times !== undefined && r.used >= rule.times) continue;
      r.used++;
      return rule.fault;
    }
    return undefined;
  };

  const cachedTokensFor = (text: string): number => {
    let best = 0;
    for (const p of prefilled) best = Math.max(best, commonPrefixLength(p, text));
    const tokens = approxTokens(text.slice(0, best));
    // Like OpenAI: nothing below 1,024 tokens, then in steps of 128.
    return tokens >= 1024 ? Math.floor(tokens / 128) * 128 : 0;
  };

  const corsHeaders = (req: IncomingMessage): Record<string, string> =>
    opts.cors === 'refuse'
      ? {}
      : { 'access-control-allow-origin': req.headers.origin ?? '*', vary: 'Origin' };

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    status: number,
    json: unknown,
    extra: Record<string, string> = {},
  ) => {
    rec.status = status;
    res.writeHead(status, { 'content-type': 'application/json', ...corsHeaders(req), ...extra });
    res.end(JSON.stringify(json));
  };
  const apiError = (message: string, type: string, code: string | null, param: string | null = null) => ({
    error: { message, type, code, param },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'OPTIONS') {
      if (opts.cors === 'refuse') {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(204, {
        ...corsHeaders(req),
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers':
          (opts.cors === 'wildcard-headers' ? '*' : req.headers['access-control-request-headers']) ??
          'authorization, content-type, accept, x-stainless-lang, x-stainless-package-version, x-stainless-os, x-stainless-arch, x-stainless-runtime, x-stainless-runtime-version, x-stainless-retry-count, x-stainless-timeout, x-stainless-helper-method',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    const raw = req.method === 'POST' ? await readBody(req) : '';
    let body: ChatBody | null = null;
    try {
      body = raw ? (JSON.parse(raw) as ChatBody) : null;
    } catch {
      body = null;
    }
    const isChat = req.method === 'POST' && path === '/v1/chat/completions';
    const isModels = req.method === 'GET' && path === '/v1/models';
    const section = isChat ? sectionOf(body) : null;
    const promptText = isChat ? promptTextOf(body) : '';
    const rec: RecordedRequest = {
      n: requests.length + 1,
      method: req.method ?? 'GET',
      path,
      at: Date.now() - startedAt,
      headers: { ...req.headers },
      body,
      section,
      promptText,
      promptTokens: approxTokens(promptText),
      cachedTokens: 0,
      status: 0,
      clientClosed: false,
    };
    requests.push(rec);
    res.on('close', () => {
      if (!res.writableFinished) rec.clientClosed = true;
    });
    const nth = isChat ? ++chatCount : 0;

    if (opts.requireApiKey !== undefined && req.headers.authorization !== `Bearer ${opts.requireApiKey}`) {
      const sent = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      send(
        req,
        res,
        rec,
        401,
        apiError(
          `Incorrect API key provided: ${sent || '(none)'}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          'invalid_request_error',
          'invalid_api_key',
        ),
      );
      return;
    }
    if (!isChat && !isModels) {
      send(req, res, rec, 404, apiError(`Unknown path ${path}`, 'invalid_request_error', null));
      return;
    }
    const fault = pickFault(isChat ? 'chat' : 'models', nth, section);
    if (isChat) rec.cachedTokens = cachedTokensFor(promptText);
    if (fault?.kind === 'destroy') {
      rec.status = -1;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      rec.status = -1;
      return;
    }
    if (opts.latencyMs) await sleep(opts.latencyMs);
    if (fault?.kind === 'slow') await sleep(fault.ms);
    if (fault?.kind === 'status') {
      const extra: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
      send(
        req,
        res,
        rec,
        fault.status,
        apiError(fault.message ?? `Scripted failure ${fault.status}`, 'scripted_error', fault.code ?? null),
        extra,
      );
      return;
    }
    if (isModels) {
      send(req, res, rec, 200, {
        object: 'list',
        data: opts.models.map((id) => ({
          id,
          object: 'model',
          created: 1_700_000_000,
          owned_by: 'scripted',
        })),
      });
      return;
    }
    if (!body?.messages?.length) {
      send(req, res, rec, 400, apiError("'messages' is required", 'invalid_request_error', null, 'messages'));
      return;
    }
    if (!body.model || !opts.models.includes(body.model)) {
      send(
        req,
        res,
        rec,
        404,
        apiError(
          `The model \`${body.model ?? ''}\` does not exist or you do not have access to it.`,
          'invalid_request_error',
          'model_not_found',
        ),
      );
      return;
    }
    const format = body.response_format?.type;
    if (format && (opts.rejectFormats as string[] | undefined)?.includes(format)) {
      send(
        req,
        res,
        rec,
        400,
        apiError(
          `response_format type '${format}' is not supported by this server`,
          'invalid_request_error',
          null,
          'response_format',
        ),
      );
      return;
    }
    const rejected = opts.rejectParams?.find((p) => p in body);
    if (rejected) {
      send(
        req,
        res,
        rec,
        400,
        apiError(
          `Unrecognized request argument supplied: ${rejected}`,
          'invalid_request_error',
          null,
          rejected,
        ),
      );
      return;
    }

    // The prompt counts as prefilled once its first token is due: requests arriving after that
    // (not those already in flight) reuse the shared prefix.
    prefilled.push(promptText);
    const reply = replyContent(fault, body);
    const usage = {
      prompt_tokens: rec.promptTokens,
      completion_tokens: approxTokens(reply.content + (reply.refusal ?? '')),
      total_tokens: rec.promptTokens + approxTokens(reply.content),
      prompt_tokens_details: { cached_tokens: rec.cachedTokens },
    };
    const id = `chatcmpl-scripted-${rec.n}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model;

    if (!body.stream) {
      if (fault?.kind === 'truncate') {
        rec.status = 200;
        res.writeHead(200, { 'content-type': 'application/json', ...corsHeaders(req) });
        res.write(JSON.stringify({ id, object: 'chat.completion' }).slice(0, 20));
        await sleep(30);
        req.socket.destroy();
        return;
      }
      send(req, res, rec, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: reply.refusal ? null : reply.content,
              refusal: reply.refusal ?? null,
            },
            finish_reason: reply.finish,
          },
        ],
        usage,
      });
      return;
    }

    rec.status = 200;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      ...corsHeaders(req),
    });
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }, null));
    const pieces = reply.refusal ? [] : splitChunks(reply.content, 6);
    if (reply.refusal) res.write(chunk({ refusal: reply.refusal }, null));
    for (const [i, piece] of pieces.entries()) {
      if (fault?.kind === 'truncate' && i >= pieces.length / 2) {
        await sleep(30); // let what was written reach the client first
        req.socket.destroy();
        return;
      }
      res.write(chunk({ content: piece }, null));
      if (opts.chunkDelayMs) await sleep(opts.chunkDelayMs);
    }
    res.write(chunk({}, reply.finish));
    if (body.stream_options?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`,
      );
    }
    res.write('data: [DONE]\n\n');
    res.end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: String(err), type: 'server_error' } }));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    get requests() {
      return requests;
    },
    chatRequests: () => requests.filter((r) => r.path.endsWith('/chat/completions')),
    script(next) {
      rules = next.map((rule) => ({ rule, used: 0 }));
      chatCount = 0;
    },
    reset() {
      requests = [];
      prefilled = [];
      chatCount = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A realistic answer for a prompt, built from its reference notes (every section filled). */
export function sampleAnswers(prompt: Pick<Prompt, 'reference'>): Record<SectionId, string> {
  return Object.fromEntries(
    SECTION_IDS.map((id) => [
      id,
      prompt.reference[id].map((note) => note.replace(/^[a-z]/, (c) => c.toUpperCase())).join('\n\n'),
    ]),
  ) as Record<SectionId, string>;
}

const SAFELISTED = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

/**
 * A fetch that enforces CORS the way a browser does for a page at `origin`: it sends the preflight,
 * checks Allow-Origin and Allow-Headers (where `*` never covers Authorization), and throws the same
 * bare TypeError a browser throws. Lets Node tests see what the app sees in Chromium.
 */
export function browserLikeFetch(
  origin: string,
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    const custom = [...headers.keys()].map((h) => h.toLowerCase()).filter((h) => !SAFELISTED.has(h));
    let preflight: Response;
    try {
      preflight = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': method,
          'access-control-request-headers': custom.join(','),
        },
        ...(init?.signal ? { signal: init.signal } : {}),
      });
    } catch {
      throw new TypeError('Failed to fetch');
    }
    const allowOrigin = preflight.headers.get('access-control-allow-origin');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/);
    const headersOk = custom.every(
      (h) => allowed.includes(h) || (allowed.includes('*') && h !== 'authorization'),
    );
    if (!preflight.ok || (allowOrigin !== '*' && allowOrigin !== origin) || !headersOk)
      throw new TypeError('Failed to fetch');
    headers.set('origin', origin);
    // Like a browser, the error says nothing about why (no cause attached).
    const res = await fetch(input, { ...init, headers }).catch((err: unknown) => {
      throw (err as Error).name === 'AbortError' ? err : new TypeError('Failed to fetch');
    });
    const resOrigin = res.headers.get('access-control-allow-origin');
    if (resOrigin !== '*' && resOrigin !== origin) throw new TypeError('Failed to fetch');
    return res;
  };
}

/** A full grading input for a built-in prompt, with an answer built from its reference notes. */
export function sampleGradeInput(promptId?: string): GradeAllInput {
  const content = loadContentFromDisk();
  const prompt = promptId ? content.prompts.find((p) => p.id === promptId) : content.prompts[0];
  if (!prompt) throw new Error(`no prompt ${promptId ?? ''} in prompts/`);
  return {
    prompt,
    rubrics: content.rubrics,
    answers: sampleAnswers(prompt),
    diagram: 'flowchart LR\n  user[Lawyer] --> api[API] --> retriever[Retriever] --> llm[LLM]',
    sections: SECTION_IDS,
    now: 1_750_000_000_000,
  };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const server = await startScriptedLlmServer({
    port: Number(argValue(args, '--port') ?? 8787),
    latencyMs: Number(argValue(args, '--latency-ms') ?? 0),
    ...(argValue(args, '--require-key') ? { requireApiKey: argValue(args, '--require-key') } : {}),
    cors: (['refuse', 'wildcard-headers'] as const).find((c) => c === argValue(args, '--cors')) ?? 'allow',
  });
  console.log(`Scripted LLM server listening on ${server.url} (models: ${DEFAULT_MODELS.join(', ')})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
