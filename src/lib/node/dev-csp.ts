// Dev-only Vite plugin: index.html ships a strict Content-Security-Policy. The dev server adds an inline
// script (React Fast Refresh's preamble) and a WebSocket for hot reload, which that policy would block,
// so in `vite` (serve) only, script-src also allows inline scripts and connect-src allows ws:.
// The built app keeps the policy exactly as written in index.html.
import type { Plugin } from 'vite';

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The policy with what the dev server needs added. */
export function devPolicy(policy: string): string {
  return policy
    .replace(/script-src ([^;]*)/, "script-src $1 'unsafe-inline'")
    .replace(/connect-src ([^;]*)/, 'connect-src $1 ws: wss:');
}

export function devCsp(): Plugin {
  return {
    name: 'design-dojo:dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          CSP_META,
          (_m, open: string, policy: string, close: string) => `${open}${devPolicy(policy)}${close}`,
        ),
    },
  };
}
