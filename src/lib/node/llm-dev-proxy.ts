// Dev-only Vite plugin: serves /llm-proxy/v1/* by forwarding to OPENAI_BASE_URL (OpenAI by default)
// with OPENAI_API_KEY from the dev server's environment, so the key never reaches the browser. The app
// uses it through the "dev-proxy" provider preset (base URL /llm-proxy/v1, no key).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Plugin } from 'vite';

export interface LlmProxyOptions {
  apiKey: string | undefined;
  /** Upstream base URL ending in /v1. */
  baseUrl: string;
}

// Imported by vite.config.ts, where the `@/` alias does not exist yet: no imports from src/ here.
const hideKey = (text: string, key: string) => text.split(key).join('[key hidden]');

const FORWARDED_HEADERS = [
  'content-type',
  'accept',
  'retry-after',
  'retry-after-ms',
  'x-request-id',
  'cache-control',
];

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** True when the request comes from a page on this dev server (or from no page at all, e.g. curl). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * A connect/node handler for requests whose URL is already relative to the mount point
 * (`/status`, `/v1/models`, `/v1/chat/completions`). Exported for tests.
 */
export function createLlmProxyHandler(opts: LlmProxyOptions) {
  const upstream = opts.baseUrl.replace(/\/+$/, '');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/status') {
      sendJson(res, 200, { available: Boolean(opts.apiKey), upstream: new URL(upstream).host });
      return;
    }
    if (!opts.apiKey) {
      sendJson(res, 503, {
        error: {
          message: 'The dev proxy is off: start `npm run dev` with OPENAI_API_KEY set.',
          type: 'proxy_error',
        },
      });
      return;
    }
    // Other sites could otherwise spend the key through "simple" cross-origin POSTs to localhost.
    if (
      !sameOrigin(req) ||
      (req.method === 'POST' && !String(req.headers['content-type']).includes('application/json'))
    ) {
      sendJson(res, 403, {
        error: { message: 'The dev proxy only serves this dev server’s own pages.', type: 'proxy_error' },
      });
      return;
    }
    if (!path.startsWith('/v1/')) {
      sendJson(res, 404, { error: { message: `Unknown proxy path ${path}`, type: 'proxy_error' } });
      return;
    }
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    let reply: Response;
    try {
      reply = await fetch(`${upstream}${path.slice(3)}`, {
        method: req.method ?? 'GET',
        headers: {
          authorization: `Bearer ${opts.apiKey}`,
          'content-type': 'application/json',
          accept: String(req.headers.accept ?? 'application/json'),
        },
        ...(body ? { body: new Uint8Array(body) } : {}),
        signal: controller.signal,
      });
    } catch (err) {
      if (controller.signal.aborted) return;
      const msg = `The dev proxy could not reach ${new URL(upstream).host}: ${err instanceof Error ? err.message : String(err)}`;
      sendJson(res, 502, { error: { message: hideKey(msg, opts.apiKey), type: 'proxy_error' } });
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const v = reply.headers.get(name);
      if (v) headers[name] = v;
    }
    if (!reply.ok) {
      const text = await reply.text();
      res.writeHead(reply.status, headers);
      res.end(hideKey(text, opts.apiKey));
      return;
    }
    res.writeHead(reply.status, headers);
    if (!reply.body) {
      res.end();
      return;
    }
    Readable.fromWeb(reply.body as WebReadableStream)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/** The Vite plugin: `plugins: [react(), llmDevProxy()]`. Does nothing in builds. */
export function llmDevProxy(env: Record<string, string | undefined> = process.env): Plugin {
  const handler = createLlmProxyHandler({
    apiKey: env.OPENAI_API_KEY,
    baseUrl: env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1',
  });
  return {
    name: 'design-dojo-llm-dev-proxy',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/llm-proxy', (req, res, next) => {
        handler(req, res).catch(next);
      });
      if (env.OPENAI_API_KEY) {
        server.config.logger.info(
          `  LLM dev proxy: /llm-proxy/v1 -> ${new URL(env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').host}`,
        );
      }
    },
  };
}
