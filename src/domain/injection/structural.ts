// Text addressed to the grader, found by its structure rather than its wording: who a sentence speaks
// to (the grader, "you", this very answer) and what it asks for (a score, a rubric change, a new role,
// a grade already given, a reward for a score). Each rule is built from the named parts in
// structural-parts.ts, has an id, and carries its own must-flag and must-allow examples (rules.test.ts).
import { anyOf, list } from './rule';
import { FOREIGN_THIS, GRADER_ANY } from './structural-lexicon';
import { inFence } from './spans';
import { requiredScanner } from '../text/required-strings';
import { literalTrie } from '../text/literal-trie';
import { STRUCTURAL_RULES } from './structural-rules';
import { FOREIGN_GRADING_STEM } from './structural-parts-sixth';
import { EIGHTH_ANY } from './structural-parts-eighth';
import { NINTH_ANY } from './structural-lexicon-ninth';
import { readTableCells, sentences, unwrapParagraphs } from './structural-text';

export { joinSpacedLetters } from './structural-text';

/** One RegExp per distinct part, so a sentence tests a shared part ("a high grade") once. */
const PART_CACHE = new Map<string, RegExp>();
const compiledPart = (source: string) => {
  const re = PART_CACHE.get(source) ?? new RegExp(source, source.includes('\\p{') ? 'iu' : 'i');
  PART_CACHE.set(source, re);
  return re;
};
const COMPILED = STRUCTURAL_RULES.map((r) => ({
  rule: r,
  parts: r.parts.map(compiledPart),
  paragraph: (r.paragraphParts ?? []).map(compiledPart),
}));
/** Every distinct sentence part once. */
const PARTS = [...new Set(COMPILED.flatMap((c) => c.parts))];
/** Reads a sentence once and says which parts may hold in it (see required-strings.ts): a plain-ASCII
 * sentence lacking every word a part needs is not tested with that part's far costlier pattern. */
const mayHold = requiredScanner(PARTS);
/**
 * Each rule's parts as positions in PARTS, shorter patterns (usually the cheaper ones) first. A rule
 * needs every part, so the order changes only how soon a sentence that fails one is set aside, never
 * the result.
 */
const PART_IDS = COMPILED.map((c) =>
  c.parts.map((p) => PARTS.indexOf(p)).sort((a, b) => PARTS[a]!.source.length - PARTS[b]!.source.length),
);
/** Per part, for the sentence being read: 0 not tested yet, 1 holds, 2 does not (reset per sentence). */
const partState = new Uint8Array(PARTS.length);
/** The sentence being read, and which parts may hold in it. */
let sentence = '';
let may: Uint8Array = new Uint8Array(PARTS.length);

/**
 * Parts already run once on a one-character text. V8 runs a pattern's first execution in its bytecode
 * interpreter and compiles it for the next; on these large patterns an interpreted run over one sentence
 * of figures and symbols ("× 22 days ≈ 132k/month") took over a second. The throwaway run makes the
 * first real one compiled; its result is not used.
 */
const warmed = new Uint8Array(PARTS.length);

/** True when every part of rule `r` holds in the sentence being read, testing each part at most once.
 * A rule with a part the pre-check rules out is set aside before any pattern runs. */
function partsHold(r: number): boolean {
  const ids = PART_IDS[r]!;
  for (const id of ids) if (may[id] === 0 || partState[id] === 2) return false;
  for (const id of ids) {
    let state = partState[id]!;
    if (state === 0) {
      if (warmed[id] === 0) {
        warmed[id] = 1;
        PARTS[id]!.test('\u00d7');
      }
      partState[id] = state = PARTS[id]!.test(sentence) ? 1 : 2;
    }
    if (state === 2) return false;
  }
  return true;
}

/** A quick test before the per-sentence pass: any of the words the rules need at all. */
const ANY = new RegExp(
  `(?:\\b|_)${anyOf(
    list('evaluat assess examin review judge classif checker detect injection prompt guideline'),
    list('donat gift voucher worth result clean benign harmless legitimate attack safe\\b'),
    list(
      'grad scor mark rubric criteri rat(?:e|ing)\\b verdict level award credit approv role instruct ignore disregard',
    ),
    list(
      'forget pretend tip\\b bonus reward pay\\b maxim exceptional perfect give assign treat count\\b consider',
    ),
    list(
      'imagine play\\b scene persona band\\b whoever yourself reader copy\\b confirm anchor calibrat earns? deserv merit',
    ),
    [
      'you are now',
      'what number',
      'put\\b',
      'four\\b',
      'reading this',
      'ceiling',
      'is (?:an? )?[45]\\b',
      'moderat',
      'bump',
      'corrig',
      'counts? as',
      'outstanding',
      'exemplary',
      'excellent',
      'tall(?:y|ies|ying)',
      'signed off',
      'less than an? [45]\\b',
    ],
    [
      '(?:answer|respond|reply) as',
      '[45] out of [45]',
      '(?:agreed|decided|confirmed|determined|established|ruled) (?:that )?(?:this|it)\\b',
      '(?:correct|expected|right|true|gold) (?:response|answer|output|value|result|number)',
      'sehr gut',
      'nilai',
      'every section',
      'all (?:the )?(?:candidates|sections|answers)',
      'sempurna',
      'answer key',
      'marking scheme',
      'self-?assessment',
      'grateful',
      'hoping',
      'nothing else',
      'output only',
      'notez',
      'califiques?',
    ],
    // A top grade in Chinese, Japanese or Korean, or out of 10, 20 or 100.
    [
      '[45]\\s*(?:점|点|分)',
      '[45] (?:sur|de|von|su|van|av|na|z) [45]',
      '満点',
      '满分',
      '만점',
      '/\\s*(?:10|20|100)\\b',
    ],
    ['if (?:this|my)\\b'],
    // Graders named in other languages, written without accents (the rest are caught by FOREIGN_LETTER).
    list(
      'evalua calific correcteu correcto correttor avalia beoordel bedom granskar pariksha jaanch revisor valutat oceniaj egzamin bewert',
    ),
    list('penilai pemeriksa tagasuri tagapagsuri mtathmini msahihishaji mkaguzi hodnotitel'),
    list(
      'nakijk rattar korrektor korrektur pruefer examinat sprawdzaj arvioija vurder bedomm tarkasta corrij',
    ),
    list('merece merita verdient'),
    EIGHTH_ANY,
    NINTH_ANY,
  )}|\\$\\s?\\d|\\d\\s*\\/\\s*\\d`,
  'i',
);

const ANY_ALL = new RegExp(ANY.source, 'gi');
/**
 * ANY with its word lists as tries (literal-trie.ts): a match starts at the same places, found in
 * fewer tests. ANY itself, run sticky there, gives each match its length, so the scan steps over the
 * text exactly as ANY_ALL's own scan would.
 */
const ANY_FIND = literalTrie(ANY_ALL);
const ANY_AT = new RegExp(ANY.source, 'iy');
/** The grader named in another language (a note to it may hold none of the English words above). */
const GRADER_ALL = new RegExp(GRADER_ANY, 'giu');
/** This very answer named in another language (a top grade for it may name no grader at all). */
const FOREIGN_THIS_ALL = new RegExp(FOREIGN_THIS, 'giu');
/** Grading named in another language by its stem (a label to the grader may name it in any form). */
const FOREIGN_STEM_ALL = new RegExp(FOREIGN_GRADING_STEM, 'giu');

export interface StructuralHit {
  id: string;
  reason: string;
  /** [start, end) of the sentence in the text given. */
  span: [number, number];
  text: string;
}

/** Text just before `at` that introduces an example output ("the judge returns: ```yaml"). */
const EXAMPLE_LEAD =
  /(?:e\.g\.|for example|such as|returns?|outputs?|emits?|responds? with|schema|format|shape|looks like)[\s:`]*(?:```\w*)?[\s`]*(?:[^\n]*\n){0,3}[\s`{["']*$/i;
export const exampleBefore = (t: string, at: number) => EXAMPLE_LEAD.test(t.slice(Math.max(0, at - 160), at));

/** True when `at` starts a paragraph (only spaces and Markdown marks before it on a line after a blank). */
const opensParagraph = (t: string, at: number) =>
  /(?:^|\n[ \t]*\n)[ \t>*_#([-]*$/.test(t.slice(Math.max(0, at - 80), at));
/** The end of the paragraph that `at` is in. */
function paragraphEnd(t: string, at: number): number {
  const gap = t.slice(at).search(/\n[ \t]*\n/);
  return gap < 0 ? t.length : at + gap;
}

/** The paragraph from `at` to its end (at most 600 characters), quoted speech blanked. */
const restOfParagraph = (t: string, at: number) =>
  blankQuoted(t.slice(at, Math.min(paragraphEnd(t, at), at + 600)));
/** Text that may name the grader in a language other than English. */
/** Letters of a language other than English: accented Latin (Vietnamese too), Greek, Cyrillic, Hebrew, Arabic,
 * Devanagari, Tamil, Bengali, Telugu, Thai, Georgian, Ethiopic, Japanese, Chinese, Korean. */
const FOREIGN_LETTER = new RegExp(
  String.raw`[\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0904-\u0939\u0E00-\u0E7F\u10A0-\u10FF\u1200-\u137F` +
    String.raw`\u1E00-\u1EFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]` +
    String.raw`|\p{sc=Tamil}|\p{sc=Bengali}|\p{sc=Telugu}`,
  'u',
);

/** Quoted speech within a sentence: 12 or more characters in double quotes, with a space (not a JSON key). */
const QUOTED = /["“](?=[^"“”\n]*\s)[^"“”\n]{12,}?["”]/g;
/** What opens a string value in code or config, on the quote's line: `key = "`, a diagram node `G["`, an
 * indented or dotted key `  review.note: "`. Such a value is text the answer itself carries, not speech. */
const LITERAL_LEAD = /(?:=|\[|^[ \t]{2,}[\w./-]+:|^[ \t]*[\w-]+[._/][\w./-]*:)[ \t]*$/;
/** The text with quoted speech blanked (same length); string values in code or config stay. */
function blankQuoted(s: string): string {
  if (!s.includes('"') && !s.includes('\u201c')) return s;
  return s.replace(QUOTED, (q, at: number) =>
    q[0] === '"' && LITERAL_LEAD.test(s.slice(s.lastIndexOf('\n', at) + 1, at)) ? q : ' '.repeat(q.length),
  );
}

/** The sentences that speak to the grader, by the first rule that matches each. */
export function structuralHits(t: string): StructuralHit[] {
  // One pass finds where the words the rules need are; only the sentences holding one are read.
  const at: number[] = [];
  ANY_FIND.lastIndex = 0;
  for (let m = ANY_FIND.exec(t); m; m = ANY_FIND.exec(t)) {
    ANY_AT.lastIndex = m.index;
    at.push(m.index);
    ANY_FIND.lastIndex = m.index + (ANY_AT.exec(t) ?? m)[0].length;
  }
  if (FOREIGN_LETTER.test(t)) {
    for (const m of t.matchAll(GRADER_ALL)) at.push(m.index);
    for (const m of t.matchAll(FOREIGN_THIS_ALL)) at.push(m.index);
    for (const m of t.matchAll(FOREIGN_STEM_ALL)) at.push(m.index);
    at.sort((a, b) => a - b);
  }
  if (!at.length) return [];
  const hits: StructuralHit[] = [];
  let next = 0;
  let coveredTo = 0;
  const flat = readTableCells(unwrapParagraphs(t));
  for (const { start, end } of sentences(flat)) {
    // A sentence inside a paragraph a note already took is part of that note.
    if (start < coveredTo) continue;
    while (next < at.length && at[next]! < start) next++;
    if (next === at.length) break;
    if (at[next]! >= end) continue;
    // Quoted speech (an attack the design describes) is not addressed to the grader.
    const raw = flat.slice(start, end);
    const s = blankQuoted(raw);
    partState.fill(0);
    sentence = s;
    may = mayHold(s);
    let rest: string | null = null;
    const found = COMPILED.find(
      ({ rule, parts, paragraph }, r) =>
        partsHold(r) &&
        !(rule.id === 'grade-field' && exampleBefore(t, start + Math.max(0, s.search(parts[0]!)))) &&
        (!paragraph.length || paragraph.every((p) => p.test((rest ??= restOfParagraph(flat, start))))),
    );
    if (found) {
      // A note inside a code block (a comment) is one line: the code around it is the answer's.
      const takesParagraph =
        (found.paragraph.length > 0 || (found.rule.governsParagraph && opensParagraph(t, start))) &&
        !(t.includes('`') || t.includes('~~~') ? inFence(t, start) : false);
      const to = takesParagraph ? paragraphEnd(t, end) : end;
      hits.push({ id: found.rule.id, reason: found.rule.reason, span: [start, to], text: s.trim() });
      coveredTo = to;
    }
  }
  return hits;
}
