import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './use-route';

describe('routes', () => {
  it('round-trips every route through its href', () => {
    const routes: Route[] = [
      { name: 'library', search: { q: '', tags: [], difficulty: null, length: null } },
      {
        name: 'library',
        search: { q: 'rag & evals', tags: ['sql', 'rag'], difficulty: 'advanced', length: 'long' },
      },
      { name: 'prompt', promptId: 'legal-rag' },
      { name: 'prompt', promptId: 'pack:abc/legal-rag' },
      { name: 'attempts' },
      { name: 'attempt', attemptId: 'a b/c' },
      { name: 'settings' },
      { name: 'progress', filters: { prompt: null, mode: null, grader: null } },
      { name: 'progress', filters: { prompt: 'legal-rag', mode: 'mock', grader: 'llm' } },
      { name: 'compare', a: 'x1', b: 'y/2', attempt: null, section: null },
      { name: 'compare', a: null, b: null, attempt: 'x1', section: 'retrieval' },
      { name: 'report' },
    ];
    for (const r of routes) expect(parseRoute(hrefOf(r))).toEqual(r);
  });

  it('reports unknown paths', () => {
    expect(parseRoute('#/nope/x')).toEqual({ name: 'not-found', path: '/nope/x' });
    expect(parseRoute('')).toMatchObject({ name: 'library' });
  });

  it('never throws on crafted or malformed hashes', () => {
    const crafted = [
      '#/attempts/constructor',
      '#/attempts/__proto__',
      '#/attempts/toString',
      '#/prompts/%',
      '#/prompts/%E0%A4%A',
      '#/attempts/%E0%A4%A',
      '#/%',
      '#/?q=%',
      '#/?q=%E0%A4%A&tag=%&difficulty=__proto__',
      '#/compare?a=%&b=%E0',
      '#/progress?prompt=%&mode=constructor',
      '#/__proto__',
      '#/constructor/x',
      '#%',
      '#/' + 'a/'.repeat(5000),
    ];
    for (const hash of crafted) expect(() => parseRoute(hash)).not.toThrow();
    expect(parseRoute('#/prompts/%')).toEqual({ name: 'not-found', path: '/prompts/%' });
    expect(parseRoute('#/attempts/%E0%A4%A')).toEqual({ name: 'not-found', path: '/attempts/%E0%A4%A' });
    // Own-property ids stay ordinary ids: the screens look them up with Object.hasOwn or a Map.
    expect(parseRoute('#/attempts/constructor')).toEqual({ name: 'attempt', attemptId: 'constructor' });
    expect(parseRoute('#/__proto__')).toEqual({ name: 'not-found', path: '/__proto__' });
  });

  it('keeps only known filter values from the query string', () => {
    expect(parseRoute('#/?q=%&difficulty=__proto__&length=forever&tag=rag&tag=rag')).toEqual({
      name: 'library',
      search: { q: '%', tags: ['rag'], difficulty: null, length: null },
    });
    expect(parseRoute('#/progress?mode=constructor&grader=offline')).toEqual({
      name: 'progress',
      filters: { prompt: null, mode: null, grader: 'offline' },
    });
  });
});
