// CORS both ways: the headers and preflight the server answers, and a fetch that checks them like a browser.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ScriptedServerOptions } from './types';

type CorsMode = ScriptedServerOptions['cors'];

const DEFAULT_ALLOWED_HEADERS =
  'authorization, content-type, accept, x-stainless-lang, x-stainless-package-version, x-stainless-os, x-stainless-arch, x-stainless-runtime, x-stainless-runtime-version, x-stainless-retry-count, x-stainless-timeout, x-stainless-helper-method';

export const corsHeaders = (mode: CorsMode, req: IncomingMessage): Record<string, string> =>
  mode === 'refuse' ? {} : { 'access-control-allow-origin': req.headers.origin ?? '*', vary: 'Origin' };

/** Answers an OPTIONS request: 403 when refusing, else 204 with the allowed methods and headers. */
export function answerPreflight(mode: CorsMode, req: IncomingMessage, res: ServerResponse): void {
  if (mode === 'refuse') {
    res.writeHead(403).end();
    return;
  }
  res.writeHead(204, {
    ...corsHeaders(mode, req),
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers':
      (mode === 'wildcard-headers' ? '*' : req.headers['access-control-request-headers']) ??
      DEFAULT_ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  res.end();
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
