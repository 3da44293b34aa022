import { describe, expect, it } from 'vitest';
import { parseGoldenJsonl } from './golden-schema';

const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'c1',
    prompt: { id: 'p', title: 'A prompt', brief: 'Brief.' },
    section: 'cost',
    answer: 'About $0.01 per request.',
    score: 2,
    kind: 'normal',
    ...over,
  });

describe('parseGoldenJsonl', () => {
  it('parses valid lines and ignores blank ones', () => {
    const { cases, problems } = parseGoldenJsonl(`${line()}\n\n${line({ id: 'c2', kind: 'injection' })}\n`);
    expect(problems).toEqual([]);
    expect(cases.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('reports bad JSON, bad fields and duplicate ids with their line numbers and skips them', () => {
    const text = [
      line(),
      '{not json',
      line({ id: 'c3', score: 5 }),
      line({ id: 'c4', section: 'pricing' }),
      line(),
      line({ id: 'c6', prompt: { id: 'p' } }),
    ].join('\n');
    const { cases, problems } = parseGoldenJsonl(text);
    expect(cases.map((c) => c.id)).toEqual(['c1']);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]!.message).toMatch(/invalid JSON/);
    expect(problems[1]!.message).toMatch(/^score:/);
    expect(problems[2]!.message).toMatch(/^section:/);
    expect(problems[3]!.message).toMatch(/duplicate id "c1" \(first on line 1\)/);
    expect(problems[4]!.message).toMatch(/prompt\.title/);
  });
});
