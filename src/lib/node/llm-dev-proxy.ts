// Dev-only Vite plugin: serves /llm-proxy/v1/models and /llm-proxy/v1/chat/completions by forwarding
// to OPENAI_BASE_URL (OpenAI by default) with OPENAI_API_KEY from the dev server's environment, so the
// key never reaches the browser. The app uses it through the "dev-proxy" provider preset.
// Other pages must not be able to spend the key: only two exact paths are forwarded, every request
// must come from this dev server's own pages (same Origin, or the app's custom header, which a page
// elsewhere cannot send without a CORS preflight), and the key is removed from every reply.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export interface LlmProxyOptions {
  apiKey: string | undefined;
  /** Upstream base URL ending in /v1. */
  baseUrl: string;
}

/** Sent by the app's LLM client on every request to the dev proxy. */
export const PROXY_HEADER = 'x-design-dojo-proxy';

// Imported by vite.config.ts, where the `@/` alias does not exist yet: no imports from src/ here.

/** The only requests forwarded, by exact method and path (after the /llm-proxy mount point). */
const ROUTES: Record<string, { method: 'GET' | 'POST'; upstream: string }> = {
  '/v1/models': { method: 'GET', upstream: '/models' },
  '/v1/chat/completions': { method: 'POST', upstream: '/chat/completions' },
};

const FORWARDED_HEADERS = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id', 'cache-control'];
const MAX_BODY_BYTES = 4 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { message, type: 'proxy_error' } }));
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * True when a browser page on this dev server sent the request: its Origin is this server, or (for
 * same-origin GETs, which carry no Origin) it has the app's custom header and no cross-site fetch
 * metadata. `<img>`, `<script>`, prefetch and no-cors fetches can set neither.
 */
function fromOwnPage(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }
  return req.headers[PROXY_HEADER] === '1';
}

/** `application/json`, optionally with `charset=utf-8`, and nothing else. */
function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((p) => p.trim().toLowerCase());
  return type === 'application/json' && params.every((p) => p === 'charset=utf-8' || p === '');
}

/** Replaces the key in a stream of text, also when it is split across two chunks. */
export function keyScrubber(key: string): { push(text: string): string; flush(): string } {
  let held = '';
  const keep = Math.max(0, key.length - 1);
  return {
    push(text) {
      const all = (held + text).split(key).join('[key hidden]');
      held = all.slice(Math.max(0, all.length - keep));
      return all.slice(0, all.length - held.length);
    },
    flush() {
      const out = held;
      held = '';
      return out;
    },
  };
}

/**
 * A connect/node handler for requests whose URL is already relative to the mount point
 * (`/status`, `/v1/models`, `/v1/chat/completions`). Exported for tests.
 */
export function createLlmProxyHandler(opts: LlmProxyOptions) {
  const upstream = opts.baseUrl.replace(/\/+$/, '');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    if (rawPath === '/status' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ available: Boolean(opts.apiKey), upstream: new URL(upstream).host }));
      return;
    }
    // Exact paths only: `..`, `%2e%2e`, `.%2e`, backslashes and doubled slashes never match.
    const route = Object.hasOwn(ROUTES, rawPath) ? ROUTES[rawPath] : undefined;
    if (!route) {
      sendJson(res, 404, 'The dev proxy forwards only GET /v1/models and POST /v1/chat/completions.');
      return;
    }
    if (req.method !== route.method) {
      sendJson(res, 405, `Use ${route.method} for ${rawPath}.`);
      return;
    }
    if (!fromOwnPage(req)) {
      sendJson(res, 403, 'The dev proxy only serves this dev server’s own pages.');
      return;
    }
    if (route.method === 'POST' && !isJsonContentType(req.headers['content-type'])) {
      sendJson(res, 415, 'The dev proxy accepts only Content-Type: application/json.');
      return;
    }
    const key = opts.apiKey;
    if (!key) {
      sendJson(res, 503, 'The dev proxy is off: start `npm run dev` with OPENAI_API_KEY set.');
      return;
    }
    const hideKey = (text: string) => text.split(key).join('[key hidden]');
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let body: Buffer | undefined;
    try {
      body = route.method === 'POST' ? await readBody(req) : undefined;
    } catch (err) {
      if (err instanceof BodyTooLarge)
        sendJson(res, 413, 'The request is larger than the dev proxy accepts (4 MiB).');
      else res.destroy();
      return;
    }
    let reply: Response;
    try {
      reply = await fetch(`${upstream}${route.upstream}`, {
        method: route.method,
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          accept: String(req.headers.accept ?? 'application/json'),
        },
        ...(body ? { body: new Uint8Array(body) } : {}),
        signal: controller.signal,
        redirect: 'error',
      });
    } catch (err) {
      if (controller.signal.aborted) return;
      const msg = `The dev proxy could not reach ${new URL(upstream).host}: ${err instanceof Error ? err.message : String(err)}`;
      sendJson(res, 502, hideKey(msg));
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of FORWARDED_HEADERS) {
      const v = reply.headers.get(name);
      if (v) headers[name] = hideKey(v);
    }
    res.writeHead(reply.status, headers);
    if (!reply.body) {
      res.end();
      return;
    }
    // Stream the reply through, with the key removed even when it spans two chunks.
    const scrub = keyScrubber(key);
    const decoder = new TextDecoder();
    try {
      for await (const chunk of reply.body as AsyncIterable<Uint8Array>) {
        const text = scrub.push(decoder.decode(chunk, { stream: true }));
        if (text) res.write(text);
      }
      res.end(scrub.push(decoder.decode()) + scrub.flush());
    } catch {
      res.destroy();
    }
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
