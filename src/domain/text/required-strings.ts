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
  /** Rare marks (":", "=", "{"...) one of which every match also contains (null: none known). */
  marks: string[] | null;
}

/** Above this many strings an exact set is not kept (its products would grow without bound). */
const MAX_SET = 48;
/** Above this many strings a required set is dropped (one scan finds them all, so it can be large). */
const MAX_REQUIRED = 5000;
const EMPTY: Reading = { exact: [''], required: null, marks: null };
const ANY: Reading = { exact: null, required: null, marks: null };
/** Marks rare in prose sentences: one of them alone is worth looking for (":" of a label, "$" of a sum). */
const RARE_MARKS = new Set(':|#$<>=[]{}~^@\\;');
/**
 * A character that can stand in a set of marks: a rare mark, or a character beyond ASCII that is no
 * letter (an arrow, a dash: no case folds it to ASCII), which a text the scan reads never holds.
 */
const isMark = (c: string) => RARE_MARKS.has(c) || (/^[^\0-\x7f]$/u.test(c) && !/\p{L}/u.test(c));
/** Lower-cased as an ASCII text must hold it: the long s ("ſ") matches "s" case-insensitively. */
const lower = (s: string) => s.toLowerCase().replace(/\u017f/g, 's');
const literal = (s: string): Reading => ({
  exact: [lower(s)],
  required: [lower(s)],
  marks: isMark(s) ? [s] : null,
});

/** The commonest English words (see requiredScanner). */
const COMMON = new Set(['the', 'and', 'for', 'of', 'to', 'in', 'is', 'it', 'a', 'on', 'we', 'be']);
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
    const marks = branches.every((b) => b.marks) ? unique(branches.flatMap((b) => b.marks!)) : null;
    return {
      exact: exact && exact.length <= MAX_SET ? exact : null,
      required: required && required.length <= MAX_REQUIRED ? required : null,
      marks,
    };
  }

  private sequence(): Reading {
    let run: string[] | null = [''];
    let whole = true;
    let required: string[] | null = null;
    // Any piece's marks will do; the fewest are the likeliest to be missing.
    let marks: string[] | null = null;
    const endRun = () => {
      if (run && !run.includes('')) required = better(required, run);
      run = [''];
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const piece = this.quantified();
      required = better(required, piece.required);
      if (piece.marks && (!marks || piece.marks.length < marks.length)) marks = piece.marks;
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
    return { exact, required, marks };
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
      return {
        exact: max === 1 && atom.exact ? unique(['', ...atom.exact]) : null,
        required: null,
        marks: null,
      };
    return { exact: min === 1 && max === 1 ? atom.exact : null, required: atom.required, marks: atom.marks };
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
    if (!plain || set.length === 0 || set.length > 8) return ANY;
    return { exact: set, required: set, marks: set.every(isMark) ? set : null };
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

/** Rare marks (":", "=", "<"...) one of which every match of `re` contains, or null when none are known. */
function requiredMarks(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  try {
    return new Parser(re.source).read().marks;
  } catch {
    return null;
  }
}

/** Bit per rare mark, by ASCII code (0: not a rare mark). */
const MARK_BIT = new Uint16Array(128);
[...RARE_MARKS].forEach((c, i) => (MARK_BIT[c.charCodeAt(0)] = 1 << i));

/**
 * A pre-check for many patterns at once. `scan(text)` reads a text once and says, per pattern, whether
 * it may match: false only when the text is plain ASCII and holds none of the strings every match of
 * that pattern needs, or none of the rare marks (":", "=") it needs. Patterns with neither always may.
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
  // Per pattern, the rare marks one of which it needs, as bits (0: none known).
  const markNeeds = patterns.map((p) =>
    (requiredMarks(p) ?? []).reduce((m, c) => m | MARK_BIT[c.charCodeAt(0)]!, 0),
  );
  const anyMarks = markNeeds.some((m) => m !== 0);
  /** Per trie node with owners, the call that last marked them (and those of its suffixes): each once a call. */
  const markedIn = new Uint32Array(trie ? trie.fail.length : 0);
  let call = 0;
  return (text) => {
    const may = always.slice();
    if (NON_ASCII.test(text)) return may.fill(1);
    if (!trie) return anyMarks ? withMarks(may.fill(1), markNeeds, text) : may.fill(1);
    const { step, fail, owned, width, alphabet, ownersAt } = trie;
    if (++call === 0xffffffff) {
      markedIn.fill(0);
      call = 1;
    }
    // One pass (Aho-Corasick): after each character, `node` is the longest string prefix the text ends
    // with; it and its suffixes (fail links) are the strings ending there, overlapping ones included.
    let present = 0;
    let node = 0;
    const n = text.length;
    for (let j = 0; j < n; j++) {
      let c = text.charCodeAt(j);
      if (c >= 65 && c <= 90) c += 32;
      present |= MARK_BIT[c]!;
      const a = alphabet[c]!;
      // A character in no string: no string spans it.
      if (a === 0) {
        node = 0;
        continue;
      }
      node = step[node * width + a]!;
      // Only the suffixes where a string ends (`owned` skips the others).
      for (let x = owned[node]!; x !== 0 && markedIn[x] !== call; x = owned[fail[x]!]!) {
        markedIn[x] = call;
        for (const k of ownersAt[x]!) may[k] = 1;
      }
    }
    if (anyMarks)
      for (let k = 0; k < markNeeds.length; k++)
        if (markNeeds[k]! !== 0 && (markNeeds[k]! & present) === 0) may[k] = 0;
    return may;
  };
}

/** Rules out (in `may`) each pattern needing a rare mark the text lacks. */
function withMarks(may: Uint8Array, markNeeds: readonly number[], text: string): Uint8Array {
  let present = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) present |= MARK_BIT[c]!;
  }
  for (let k = 0; k < markNeeds.length; k++)
    if (markNeeds[k]! !== 0 && (markNeeds[k]! & present) === 0) may[k] = 0;
  return may;
}

interface Trie {
  /** Per node, per letter of the alphabet: the node after reading it (the child, else the child of the
   * longest suffix that has one, else the root 0). */
  step: Uint16Array | Int32Array;
  /** Per node, the node of its longest proper suffix that is also a prefix of some string (0: root). */
  fail: Uint16Array | Int32Array;
  /** Per node, the nearest of it and its suffixes (by fail links) where a string ends (0: none). */
  owned: Uint16Array | Int32Array;
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
  // Dense (one slot per node), so reading a node's owners is an array load, not a dictionary lookup.
  const ownersAt: (number[] | undefined)[] = new Array<number[] | undefined>(nodes).fill(undefined);
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
  // Breadth first, so a node's fail link (a shorter prefix) has its row of `step` complete before it.
  const step = next.slice();
  const fail = nodes < 65536 ? new Uint16Array(nodes) : new Int32Array(nodes);
  const queue: number[] = [];
  for (let a = 1; a < width; a++) if (next[a]) queue.push(next[a]!);
  for (let q = 0; q < queue.length; q++) {
    const u = queue[q]!;
    for (let a = 1; a < width; a++) {
      const v = next[u * width + a]!;
      if (v) {
        fail[v] = step[fail[u]! * width + a]!;
        queue.push(v);
      } else step[u * width + a] = step[fail[u]! * width + a]!;
    }
  }
  // In breadth-first order a node's fail link is read before it.
  const owned = fail.slice().fill(0);
  for (const v of queue) owned[v] = ownersAt[v] ? v : owned[fail[v]!]!;
  return { step, fail, owned, width, alphabet, ownersAt };
}
