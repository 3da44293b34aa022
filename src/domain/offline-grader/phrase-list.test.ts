import { describe, expect, it } from 'vitest';
import { alt, anyOf, phrases } from './phrase-list';

describe('phrases', () => {
  it('splits on a comma and space or a line break, dropping blanks', () => {
    expect(
      phrases`
        use, go with,
        plan to,  not
      `,
    ).toEqual(['use', 'go with', 'plan to', 'not']);
  });

  it('keeps backslashes and commas with no space after them inside a phrase', () => {
    expect(phrases`turn(?:s|ed)? (?:\w+ ){0,2}off, [,;:(]\s*so`).toEqual([
      String.raw`turn(?:s|ed)? (?:\w+ ){0,2}off`,
      String.raw`[,;:(]\s*so`,
    ]);
  });

  it('splices interpolated text into the raw phrases', () => {
    const verbs = 'use|pick';
    expect(phrases`we (?:${verbs}), it`).toEqual(['we (?:use|pick)', 'it']);
  });
});

describe('alt and anyOf', () => {
  it('join phrases into an alternation and a whole-word pattern', () => {
    expect(alt(['a', 'b c'])).toBe('a|b c');
    const re = anyOf(phrases`trade-?offs?, go(?:ing)? with`, 'g');
    expect(re.source).toBe(String.raw`\b(?:trade-?offs?|go(?:ing)? with)\b`);
    expect(re.flags).toBe('g');
    expect('we are going with a tradeoff'.match(re)).toEqual(['going with', 'tradeoff']);
    expect(re.test('retrading')).toBe(false);
  });

  it('groups phrases by first letter, with the same matches as the plain alternation', () => {
    const list = phrases`cache, canary, queue, cached input, c\w+s, q(?:a|e)`;
    const re = anyOf(list, 'g');
    expect(re.source).toBe(String.raw`\b(?:c(?:ache|anary|ached input|\w+s)|q(?:ueue|(?:a|e)))\b`);
    const plain = new RegExp(String.raw`\b(?:${alt(list)})\b`, 'g');
    const text = 'the cached input waits in a queue; canary cachers qa ce cache';
    expect([...text.matchAll(re)].map((m) => [m.index, m[0]])).toEqual(
      [...text.matchAll(plain)].map((m) => [m.index, m[0]]),
    );
  });

  it('keeps the plain alternation when a phrase opens with a pattern, a quantifier, a bar, or with the i flag', () => {
    for (const list of [phrases`[ab]c, ad`, phrases`a?b, ac`, ['ab|cd', 'ae'], phrases`'d need to, ab`])
      expect(anyOf(list).source).toBe(String.raw`\b(?:${alt(list)})\b`);
    expect(anyOf(phrases`ab, ac`, 'i').source).toBe(String.raw`\b(?:ab|ac)\b`);
  });

  it('refuses an empty list, which would match any text', () => {
    expect(() => alt([])).toThrow(/empty/);
    expect(() => anyOf(phrases` , `)).toThrow(/empty/);
  });
});
