import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devCsp, devPolicy } from './dev-csp';

const INDEX = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8');
const shipped = () => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(INDEX)?.[1] ?? '';

describe('Content-Security-Policy', () => {
  it('ships a policy that keeps scripts and images on the app itself', () => {
    const policy = shipped();
    expect(policy).toMatch(/(^|; )script-src 'self';/);
    expect(policy).toMatch(/(^|; )img-src 'self' data: blob:;/);
    expect(policy).toMatch(/(^|; )object-src 'none';/);
    expect(policy).not.toMatch(/unsafe-eval/);
  });

  it('lets the dev server run its inline preamble and hot-reload socket, and nothing more', () => {
    const policy = devPolicy(shipped());
    expect(policy).toMatch(/script-src 'self' 'unsafe-inline';/);
    expect(policy).toMatch(/connect-src 'self' http: https: ws: wss:;/);
    expect(policy.replace(" 'unsafe-inline'", '').replace(' ws: wss:', '')).toBe(shipped());
  });

  it('rewrites the meta tag of index.html when serving', () => {
    const plugin = devCsp();
    const transform = plugin.transformIndexHtml as { handler: (html: string) => string };
    expect(plugin.apply).toBe('serve');
    expect(transform.handler(INDEX)).toContain(devPolicy(shipped()));
  });
});
