// The HTTP server itself: routes requests, records them, applies scripted faults and latency, replies.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { approxTokens } from '@/domain/llm/prefix-stats';
import { promptTextOf, readBody, sectionOf } from './chat-request';
import { sendCompletion, streamCompletion } from './completion';
import { answerPreflight, corsHeaders } from './cors';
import { faultBook } from './faults';
import { prefixCache } from './prefix-cache';
import { authRejection, chatRejection } from './rejections';
import { replyContent } from './replies';
import { apiError, sendJson, sleep } from './respond';
import type { ChatBody, RecordedRequest, ScriptedServer, ScriptedServerOptions } from './types';

export const DEFAULT_MODELS = ['scripted-grader', 'gpt-4o-mini-2024-07-18'];

function parseBody(raw: string): ChatBody | null {
  try {
    return raw ? (JSON.parse(raw) as ChatBody) : null;
  } catch {
    return null;
  }
}

/** Starts the server; resolves once it listens. */
export async function startScriptedLlmServer(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const opts = { latencyMs: 0, chunkDelayMs: 0, models: DEFAULT_MODELS, cors: 'allow' as const, ...options };
  const faults = faultBook(opts.faults ?? []);
  const cache = prefixCache();
  let requests: RecordedRequest[] = [];
  let chatCount = 0;
  const startedAt = Date.now();
  const sockets = new Set<Socket>();

  const cors = (req: IncomingMessage) => corsHeaders(opts.cors, req);
  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    status: number,
    json: unknown,
    extra: Record<string, string> = {},
  ) => sendJson(res, rec, status, json, { ...cors(req), ...extra });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'OPTIONS') {
      answerPreflight(opts.cors, req, res);
      return;
    }
    const body = parseBody(req.method === 'POST' ? await readBody(req) : '');
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

    const unauthorized = authRejection(req, opts.requireApiKey);
    if (unauthorized) {
      send(req, res, rec, unauthorized.status, unauthorized.error);
      return;
    }
    if (req.method === 'GET' && path === '/props' && opts.nCtx) {
      send(req, res, rec, 200, { default_generation_settings: { n_ctx: opts.nCtx }, total_slots: 1 });
      return;
    }
    if (!isChat && !isModels) {
      send(req, res, rec, 404, apiError(`Unknown path ${path}`, 'invalid_request_error', null));
      return;
    }
    const fault = faults.pick(isChat ? 'chat' : 'models', nth, section);
    if (isChat) rec.cachedTokens = cache.cachedTokensFor(promptText);
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
        data:
          opts.modelEntries ??
          opts.models.map((id) => ({
            id,
            object: 'model',
            created: 1_700_000_000,
            owned_by: 'scripted',
          })),
      });
      return;
    }
    const refused = chatRejection(body, opts);
    if (refused) {
      send(req, res, rec, refused.status, refused.error);
      return;
    }
    if (!body) return; // refused above already; this narrows the type

    // The prompt counts as prefilled once its first token is due: requests arriving after that
    // (not those already in flight) reuse the shared prefix.
    cache.prefill(promptText);
    const reply = replyContent(fault, body, req.headers.authorization);
    // Ollama keeps the end of an over-long prompt and says nothing: only prompt_tokens tells.
    const keptTokens = opts.contextLimit ? Math.min(rec.promptTokens, opts.contextLimit) : rec.promptTokens;
    const completion = {
      id: `chatcmpl-scripted-${rec.n}`,
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      reply,
      usage: {
        prompt_tokens: keptTokens,
        completion_tokens: approxTokens(reply.content + (reply.refusal ?? '')),
        total_tokens: keptTokens + approxTokens(reply.content),
        prompt_tokens_details: { cached_tokens: Math.min(rec.cachedTokens, keptTokens) },
      },
      truncate: fault?.kind === 'truncate',
      ...(fault?.kind === 'drip' ? { drip: { chars: fault.chars, everyMs: fault.everyMs } } : {}),
    };
    const exchange = { req, res, rec, cors: cors(req) };
    if (!body.stream) await sendCompletion(exchange, completion);
    else
      await streamCompletion(exchange, completion, {
        chunkDelayMs: opts.chunkDelayMs,
        includeUsage: body.stream_options?.include_usage,
      });
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
      faults.replace(next);
      chatCount = 0;
    },
    reset() {
      requests = [];
      cache.clear();
      chatCount = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
