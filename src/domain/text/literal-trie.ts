// Long alternations of plain words ("note|message|memo|notice|...") rewritten as a trie
// ("m(?:e(?:ssage|mo))|no(?:te|tice)"): V8's regex engine tries a list of words one after another at
// every position, but a trie in a few character tests. The rewritten pattern matches the same strings
// at the same places, so it finds where a match starts exactly as the original does; the match's text
// may differ (the trie can try a longer word first), so the original pattern, run sticky at that place,
// gives the match itself (see structural.ts).

/** Fewer plain words than this in one alternation are left as they are. */
const MIN_WORDS = 3;
/** Pattern syntax: an alternative holding any of these is not a plain word. */
const SYNTAX = /[\\^$.*+?()[\]{}|/]/;

/** The source that matches exactly these words (code point lists; the empty word allowed). */
function trieSource(words: readonly string[][]): string {
  const byFirst = new Map<string, string[][]>();
  let ends = false;
  for (const w of words) {
    if (!w.length) ends = true;
    else {
      const rests = byFirst.get(w[0]!);
      if (rests) rests.push(w.slice(1));
      else byFirst.set(w[0]!, [w.slice(1)]);
    }
  }
  const branches = [...byFirst].map(([c, rests]) => c + trieSource(rests));
  if (!branches.length) return '';
  if (ends) return `(?:${branches.join('|')})?`;
  return branches.length > 1 ? `(?:${branches.join('|')})` : branches[0]!;
}

/** The alternatives of one level, with their plain words (three or more) joined into one trie. */
function joinAlternatives(alternatives: string[]): string {
  const plain = [...new Set(alternatives.filter((a) => a.length > 0 && !SYNTAX.test(a)))];
  if (plain.length < MIN_WORDS) return alternatives.join('|');
  const others = alternatives.filter((a) => a.length === 0 || SYNTAX.test(a));
  return [trieSource(plain.map((w) => Array.from(w))), ...others].join('|');
}

/** Where the class opening at `at` ends (just past its "]"). */
function classEnd(src: string, at: number): number {
  for (let i = at + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i + 1;
  }
  throw new Error('unclosed class');
}

const GROUP_HEAD = /\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;

/** Rewrites `src` from `at` to the end of its level (a ")" or the end); returns it and where it stopped. */
function level(src: string, at: number): [string, number] {
  const alternatives: string[] = [];
  let current = '';
  let i = at;
  while (i < src.length && src[i] !== ')') {
    const c = src[i]!;
    if (c === '\\') {
      current += src.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = classEnd(src, i);
      current += src.slice(i, end);
      i = end;
    } else if (c === '(') {
      GROUP_HEAD.lastIndex = i;
      const head = GROUP_HEAD.exec(src)![0];
      if (src[i + head.length] === '?') throw new Error('unknown group');
      const [inner, close] = level(src, i + head.length);
      if (src[close] !== ')') throw new Error('unclosed group');
      current += `${head}${inner})`;
      i = close + 1;
    } else if (c === '|') {
      alternatives.push(current);
      current = '';
      i++;
    } else {
      current += c;
      i++;
    }
  }
  alternatives.push(current);
  return [joinAlternatives(alternatives), i];
}

/** `re` with its long word alternations as tries: a match starts at exactly the same places. */
export function literalTrie(re: RegExp): RegExp {
  if (re.flags.includes('v')) return re;
  try {
    const [source, end] = level(re.source, 0);
    if (end !== re.source.length) return re;
    return source === re.source ? re : new RegExp(source, re.flags);
  } catch {
    return re;
  }
}
