// The strings every match of a regular expression must contain, read from its source: a quick
// necessary test in front of a costly pattern. `/\bthe (?:task|data) section\b/i` matches only text
// holding "section"; a sentence without it is skipped without running the pattern. The reading is
// conservative: whatever it does not understand (back-references, the v flag, large classes) counts
// as "no requirement", and then the pattern always runs. Only for plain ASCII text, lower-cased:
// there, a case-insensitive pattern matches a letter exactly when its lower-case form is present.

/** What a piece of a pattern can match: every string, when the set is small, and the strings any
 * match contains (null: none known). Both lower-cased. */
interface Reading {
  exact: string[] | null;
  required: string[] | null;
}

/** Above this many strings an exact set is not kept (its products would grow without bound). */
const MAX_SET = 48;
/** Above this many strings a required set is dropped (one scan finds them all, so it can be large). */
const MAX_REQUIRED = 5000;
const EMPTY: Reading = { exact: [''], required: null };
const ANY: Reading = { exact: null, required: null };
/** Lower-cased as an ASCII text must hold it: the long s ("ſ") matches "s" case-insensitively. */
const lower = (s: string) => s.toLowerCase().replace(/\u017f/g, 's');
const literal = (s: string): Reading => ({ exact: [lower(s)], required: [lower(s)] });

/** The commonest English words (see requiredScanner). */
const COMMON = new Set(['the', 'and', 'for', 'of', 'to', 'in', 'is', 'it', 'a', 'on', 'we', 'be']);
/** Marks rare in prose sentences: one of them alone is worth looking for (":" of a label, "$" of a sum). */
const RARE_MARKS = new Set(':|#$<>=[]{}~^@\\;');
/** Anything beyond printable ASCII (and tab and line breaks): such text gets no pre-check. */
const NON_ASCII = /[^\t\n\r -~]/;

/**
 * How seldom a plain-ASCII sentence holds `s` (higher: rarer): its length, except that one of the
 * commonest words is worthless, a rare mark counts as three letters and any other single character as
 * nearly worthless, and a string beyond ASCII is never in the texts a scan reads.
 */
function rarity(s: string): number {
  if (COMMON.has(s)) return 0;
  if (NON_ASCII.test(s)) return 10;
  if (s.length === 1) return RARE_MARKS.has(s) ? 3 : 0.5;
  return s.length;
}
const weakest = (set: string[]) => Math.min(...set.map(rarity));

/** The better of two required sets: the one whose commonest string is rarer, then the smaller one. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const wa = weakest(a);
  const wb = weakest(b);
  if (wa !== wb) return wa > wb ? a : b;
  return a.length <= b.length ? a : b;
}

const unique = (xs: string[]) => [...new Set(xs)];

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  /** The whole source; throws on anything it does not read. */
  read(): Reading {
    const r = this.alternation();
    if (this.at !== this.src.length) throw new Error('unread source');
    return r;
  }

  private alternation(): Reading {
    const branches = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? unique(branches.flatMap((b) => b.exact!)) : null;
    const required = branches.every((b) => b.required) ? unique(branches.flatMap((b) => b.required!)) : null;
    return {
      exact: exact && exact.length <= MAX_SET ? exact : null,
      required: required && required.length <= MAX_REQUIRED ? required : null,
    };
  }

  private sequence(): Reading {
    let run: string[] | null = [''];
    let whole = true;
    let required: string[] | null = null;
    const endRun = () => {
      if (run && !run.includes('')) required = better(required, run);
      run = [''];
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const piece = this.quantified();
      required = better(required, piece.required);
      const next: string[] | null =
        run && piece.exact ? run.flatMap((a) => piece.exact!.map((b) => a + b)) : null;
      if (next && next.length <= MAX_SET) run = unique(next);
      else {
        whole = false;
        endRun();
        if (piece.exact) run = piece.exact;
      }
    }
    const exact = whole ? run : null;
    endRun();
    return { exact, required };
  }

  private quantified(): Reading {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/.exec(this.src.slice(this.at));
    if (!q) return atom;
    this.at += q[0].length;
    const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
    const max =
      q[0][0] === '?'
        ? 1
        : q[0][0] === '{'
          ? q[2] === undefined
            ? min
            : q[3]
              ? Number(q[3])
              : Infinity
          : Infinity;
    if (min === 0)
      return { exact: max === 1 && atom.exact ? unique(['', ...atom.exact]) : null, required: null };
    return { exact: min === 1 && max === 1 ? atom.exact : null, required: atom.required };
  }

  private atom(): Reading {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return ANY;
    if ('*+?{}]'.includes(c)) throw new Error(`unexpected ${c}`);
    return literal(c);
  }

  private group(): Reading {
    const head = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.at))![0];
    this.at += head.length;
    const inner = this.alternation();
    if (this.src[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    // A lookaround matches no characters of its own.
    return /^\(\?(?:=|!|<=|<!)$/.test(head) ? EMPTY : inner;
  }

  /** A class of a few plain characters ("[óo]", "[45]") reads as those characters; any other as any. */
  private charClass(): Reading {
    this.at++;
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    let plain = !negated;
    while (this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new Error('unclosed class');
      const c = this.src[this.at]!;
      const one = c === '\\' ? this.escape(true) : (this.at++, literal(c));
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']') plain = false;
      if (one.exact?.length === 1 && one.exact[0]!.length > 0) chars.push(one.exact[0]!);
      else plain = false;
    }
    this.at++;
    const set = unique(chars);
    return plain && set.length > 0 && set.length <= 8 ? { exact: set, required: set } : ANY;
  }

  /** An escape: a literal character, a class (\w, \p{L}) or a zero-width assertion (\b). */
  private escape(inClass: boolean): Reading {
    const rest = this.src.slice(this.at + 1);
    const m =
      /^(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|[pP]\{[^}]*\}|c[A-Za-z]|k<[^>]*>|[1-9]\d*|[\s\S])/.exec(
        rest,
      );
    if (!m) throw new Error('bad escape');
    this.at += 1 + m[0].length;
    const hex = m[1] ?? m[2] ?? m[3];
    if (hex) return literal(String.fromCodePoint(parseInt(hex, 16)));
    const e = m[0];
    if (e === 'b' || e === 'B') return inClass ? literal('\b') : EMPTY;
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (controls[e]) return literal(controls[e]);
    if (e.length > 1 || /[dDwWsSpPck1-9]/.test(e)) return ANY;
    return literal(e);
  }
}

/**
 * Strings one of which every match of `re` contains (lower-cased), or null when none are known or the
 * pattern cannot be read. Single characters are not worth looking for, except the rare marks.
 */
export function requiredStrings(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  try {
    const req = new Parser(re.source).read().required;
    return req && req.every((s) => s.length >= 2 || rarity(s) > 1) ? req : null;
  } catch {
    return null;
  }
}

/**
 * A pre-check for many patterns at once. `scan(text)` reads a text once and says, per pattern, whether
 * it may match: false only when the text is plain ASCII and holds none of the strings every match of
 * that pattern needs. Patterns with no known strings always may.
 */
export function requiredScanner(patterns: readonly RegExp[]): (text: string) => Uint8Array {
  // A pattern satisfied by one of the commonest words is not worth checking: nearly every sentence has
  // one, and finding them would cost the scan most of its matches.
  const required = patterns.map(requiredStrings).map((r) => (r?.some((s) => COMMON.has(s)) ? null : r));
  const always = new Uint8Array(patterns.length);
  required.forEach((r, i) => (always[i] = r ? 0 : 1));
  const owners = new Map<string, number[]>();
  // A string with a character beyond ASCII is never in the texts the scan reads: it is left out.
  for (const [i, r] of required.entries())
    for (const s of r ?? []) if (!NON_ASCII.test(s)) owners.set(s, [...(owners.get(s) ?? []), i]);
  const trie = buildTrie(owners);
  return (text) => {
    const may = always.slice();
    if (!trie || NON_ASCII.test(text)) return may.fill(1);
    const { next, width, alphabet, ownersAt } = trie;
    // From each position, walk the trie as far as the text follows it: each string met on the way
    // starts there (so overlapping strings and strings inside others are all found).
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let node = 0;
      for (let j = i; j < n; j++) {
        let c = text.charCodeAt(j);
        if (c >= 65 && c <= 90) c += 32;
        const a = alphabet[c]!;
        if (a === 0) break;
        node = next[node * width + a]!;
        if (node === 0) break;
        const own = ownersAt[node];
        if (own) for (const k of own) may[k] = 1;
      }
    }
    return may;
  };
}

interface Trie {
  /** Per node, per letter of the alphabet: the child node (0: none; node 0 is the root). */
  next: Uint16Array | Int32Array;
  width: number;
  /** ASCII code to letter number (0: in no string). */
  alphabet: Uint8Array;
  /** Per node, the patterns whose string ends there. */
  ownersAt: (number[] | undefined)[];
}

/** The strings (plain ASCII, lower-cased) as a trie over the characters they use; null when none. */
function buildTrie(owners: Map<string, number[]>): Trie | null {
  if (!owners.size) return null;
  const alphabet = new Uint8Array(128);
  let width = 1;
  for (const s of owners.keys())
    for (let i = 0; i < s.length; i++) if (!alphabet[s.charCodeAt(i)]) alphabet[s.charCodeAt(i)] = width++;
  let nodes = 1;
  const prefixes = new Set<string>();
  for (const s of owners.keys()) for (let n = 1; n <= s.length; n++) prefixes.add(s.slice(0, n));
  nodes += prefixes.size;
  // 16-bit node numbers while they fit (about 5,000 nodes for the structural parts: a third of a MiB).
  const next = nodes < 65536 ? new Uint16Array(nodes * width) : new Int32Array(nodes * width);
  const ownersAt: (number[] | undefined)[] = [];
  let used = 1;
  for (const [s, list] of owners) {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const slot = node * width + alphabet[s.charCodeAt(i)]!;
      if (!next[slot]) next[slot] = used++;
      node = next[slot]!;
    }
    ownersAt[node] = [...(ownersAt[node] ?? []), ...list];
  }
  return { next, width, alphabet, ownersAt };
}
