import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './use-route';

describe('routes', () => {
  it('round-trips every route through its href', () => {
    for (const r of [
      { name: 'library' },
      { name: 'prompt', promptId: 'legal-rag' },
      { name: 'attempts' },
      { name: 'attempt', attemptId: 'a b/c' },
      { name: 'settings' },
    ] as const) {
      expect(parseRoute(hrefOf(r))).toEqual(r);
    }
  });
  it('reports unknown paths', () => {
    expect(parseRoute('#/nope/x')).toEqual({ name: 'not-found', path: '/nope/x' });
    expect(parseRoute('')).toEqual({ name: 'library' });
  });
});
