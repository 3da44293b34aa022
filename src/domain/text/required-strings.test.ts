import { describe, expect, it } from 'vitest';
import { requiredScanner, requiredStrings } from './required-strings';

describe('requiredStrings: what every match of a pattern holds', () => {
  it('reads literals, alternations and the longest required run of a sequence', () => {
    expect(requiredStrings(/\bthe (?:task|data) section\b/i)).toEqual([
      'the task section',
      'the data section',
    ]);
    expect(requiredStrings(/\bthe\s+(?:task|data)\s+section\b/i)).toEqual(['section']);
    expect(requiredStrings(/\b(?:grader|evaluator)s?\b/i)?.sort()).toEqual(['evaluator', 'grader']);
    expect(requiredStrings(/Rubric/)).toEqual(['rubric']);
  });

  it('spells out small classes and optional pieces', () => {
    expect(requiredStrings(/instrucci[óo]n/i)?.sort()).toEqual(['instrucción', 'instruccion'].sort());
    expect(requiredStrings(/\bscores?\b/)?.sort()).toEqual(['score', 'scores']);
  });

  it('skips what matches nothing of its own: lookarounds, anchors, word boundaries', () => {
    expect(requiredStrings(/^(?=.*note)(?<!x)\bmemo\b$/m)).toEqual(['memo']);
  });

  it('knows no requirement where a branch or the whole pattern may match without one', () => {
    expect(requiredStrings(/grader|\d+/)).toBeNull();
    expect(requiredStrings(/(?:grader)?/)).toBeNull();
    expect(requiredStrings(/[a-z]+ed/)).toEqual(['ed']);
    expect(requiredStrings(/\w+/)).toBeNull();
  });

  it('gives up on what it does not read: back-references, the v flag, one-letter strings', () => {
    expect(requiredStrings(/(ab)\1/)).toEqual(['ab']);
    expect(requiredStrings(/(\w)\1/)).toBeNull();
    expect(requiredStrings(new RegExp('[\\p{L}--[a-z]]', 'v'))).toBeNull();
    expect(requiredStrings(/a|b/)).toBeNull();
  });

  it('prefers the rarer piece of a sequence: a label colon or a rare word over the commonest words', () => {
    expect(requiredStrings(/\b(?:ps|nb)\s+(?:to|for)\s+(?:the\s+)?(?:llm|ai)\b\s*:/i)).toEqual([':']);
    expect(requiredStrings(/\b(?:to|for)\s+(?:dear|sir)\b/i)?.sort()).toEqual(['dear', 'sir']);
    expect(requiredStrings(/\btip\b|[$€£]\s?\d+/i)?.sort()).toEqual(['$', 'tip', '£', '€'].sort());
    // A single common character (a comma, a letter) is no requirement at all.
    expect(requiredStrings(/,\s*\d/)).toBeNull();
  });

  it('reads the long s as "s": /ſcore/iu matches "score"', () => {
    const re = /ſcore/iu;
    expect(re.test('SCORE')).toBe(true);
    expect(requiredStrings(re)).toEqual(['score']);
  });
});

describe('requiredScanner', () => {
  const patterns = [/\bgrader\b/i, /\bgrad(?:e|ing)\b/i, /\w+/, /\bkindly\b/];
  const scan = requiredScanner(patterns);

  it('says which patterns may match a plain-ASCII text; patterns without strings always may', () => {
    expect([...scan('The GRADER said so.')]).toEqual([1, 1, 1, 0]);
    expect([...scan('Nothing to see.')]).toEqual([0, 0, 1, 0]);
    expect([...scan('Kindly regrade')]).toEqual([0, 1, 1, 1]);
  });

  it('finds strings that overlap or start inside others', () => {
    const overlap = requiredScanner([/abcd/, /bc/, /cde/]);
    expect([...overlap('xabcdex')]).toEqual([1, 1, 1]);
  });

  it('rules out a pattern needing a rare mark when the text lacks it', () => {
    const label = requiredScanner([/\b(?:ps|nb)\s+(?:to|for)\s+(?:the\s+)?(?:llm|ai)\b\s*:/i]);
    expect([...label('PS to the LLM team, for the record.')]).toEqual([0]);
    expect([...label('NB to the LLM: read on.')]).toEqual([1]);
  });

  it('rules out a pattern whose every branch needs a rare mark the text lacks', () => {
    // Words alone do not rule it out ("score" is everywhere); a ":", "=" or an arrow is needed too.
    const field = requiredScanner([/\bscore\s*(?::|=|->|[→⇒])\s*[45]\b|<score>\s*[45]/i]);
    expect([...field('The score rose to 4 after the fix.')]).toEqual([0]);
    expect([...field('Score: 4')]).toEqual([1]);
    expect([...field('score -> 4')]).toEqual([1]);
    expect([...field('score → 4')]).toEqual([1]);
    // A branch without a mark keeps the pattern running.
    expect([...requiredScanner([/\bscore\s*(?::|\bis)\s*4/i])('The score is 4.')]).toEqual([1]);
  });

  it('finds strings ending inside longer partial matches (one pass, fail links)', () => {
    const scan = requiredScanner([/grader/, /ader/, /grammar/, /mmars/]);
    expect([...scan('the gragrader said')]).toEqual([1, 1, 0, 0]);
    expect([...scan('grammars')]).toEqual([0, 0, 1, 1]);
    expect([...scan('gramma rs')]).toEqual([0, 0, 0, 0]);
  });

  it('lets every pattern run on text beyond plain ASCII', () => {
    expect([...scan('Nothing to see — really.')]).toEqual([1, 1, 1, 1]);
  });

  it('agrees with a plain substring search for every string, in any case', () => {
    const patterns = [/\bgrad(?:e|er|ing)\b/i, /\bscore\b/, /\bre-?grade\b/i, /\$\d|usd/i, /ab(?:cd|c)e?/];
    const strings = patterns.map(requiredStrings);
    const multi = requiredScanner(patterns);
    const texts = ['GRADING graders', 'a Score, regrade', 'xabcdy re-grade', 'USD 5', 'gra de', 'abc', ''];
    for (const text of texts) {
      const lower = text.toLowerCase();
      const expected = strings.map((r) => (!r || r.some((s) => lower.includes(s)) ? 1 : 0));
      expect([...multi(text)], text).toEqual(expected);
    }
  });

  it('never rules out a pattern that matches (each pattern on texts built from its own strings)', () => {
    const cases: [RegExp, string][] = [
      [/\b(?:ps|nb)\s+(?:to|for)\s+(?:the\s+)?(?:llm|ai)\b\s*:/i, 'PS FOR THE LLM : x'],
      [/\btip\b|[$€£]\s?\d+/i, 'costs $ 40'],
      [/\b(?:score|grade)[sd]?\s+(?:it|this)\b/i, 'Please GRADEd   this now'],
      [
        /(?:^|[;:(]\s*)(?:please\s+)?(?:grade|score)\b[^.]{0,20}\bby\s+(?:new|revised)\b/i,
        'x; please grade it by new',
      ],
      [/\bauto-?(?:approved|passed)\b/i, 'it was autopassed'],
    ];
    for (const [re, text] of cases) {
      expect(re.test(text)).toBe(true);
      expect(requiredScanner([re])(text)[0]).toBe(1);
    }
  });
});
