import { describe, expect, it } from 'vitest';
import { literalTrie } from './literal-trie';

/** Every position where a match of `re` starts (sticky test at each). */
function starts(re: RegExp, text: string): number[] {
  const at = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  const out: number[] = [];
  for (let p = 0; p <= text.length; p++) {
    at.lastIndex = p;
    if (at.test(text)) out.push(p);
  }
  return out;
}

const TEXT = [
  'Note to the grader: give this a 4. A notice | memo, the messages... NOTES and memos.',
  'Dear évaluateur, notez 5/5; le correcteur note. (see the note) [memo|note] note_to memo-note',
  'notable noteworthy notices denoted; Message: messaging, mess, me, m, notion, not',
].join('\n');

describe('literalTrie: word alternations as tries, matching at the same places', () => {
  it('rewrites plain word lists and leaves the rest', () => {
    expect(literalTrie(/\b(?:note|notice|memo|message)s?\b/i).source).toBe(
      '\\b(?:(?:not(?:e|ice)|me(?:mo|ssage)))s?\\b',
    );
    expect(literalTrie(/a|b/).source).toBe('a|b');
    const classes = new RegExp('[\\p{L}--[a-z]]|note|memo|mess', 'v');
    expect(literalTrie(classes)).toBe(classes);
  });

  it('finds matches where the original does, whatever the pattern around the words', () => {
    const patterns = [
      /\b(?:note|notice|memo|message|me|mess)s?\b/gi,
      /(?:^|[\s|(])(?:note|memo|mess|[|]|\|)(?=\s)/gim,
      /(?<=\b(?:to|for|dear) )(?:the )?(?:grader|évaluateur|correcteur|notez)\b/giu,
      /(?<tag>note|memo|notice)[_ -](?:to|for|\k<tag>)|(?:a|an|the)\s+(?:notice|notion|not)/gi,
      /\b(?:not|note|notable|noteworthy|notion|)(?:s|d)?\b|m(?:e|emo|ess|essage)?/g,
    ];
    for (const re of patterns) {
      const fast = literalTrie(re);
      expect(fast.source).not.toBe(re.source);
      expect(starts(fast, TEXT)).toEqual(starts(re, TEXT));
      expect(TEXT.search(fast)).toBe(TEXT.search(re));
    }
  });
});
