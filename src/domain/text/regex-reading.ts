// Reads a regular expression's source for the strings every match must contain (see required-strings.ts,
// which builds the pre-check on it). The reading is conservative: whatever it does not understand
// (back-references, the v flag, large classes) counts as "no requirement".
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
export const RARE_MARKS = new Set(':|#$<>=[]{}~^@\\;');
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
export const COMMON = new Set(['the', 'and', 'for', 'of', 'to', 'in', 'is', 'it', 'a', 'on', 'we', 'be']);
/** Anything beyond printable ASCII (and tab and line breaks): such text gets no pre-check. */
export const NON_ASCII = /[^\t\n\r -~]/;

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
export function requiredMarks(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  try {
    return new Parser(re.source).read().marks;
  } catch {
    return null;
  }
}
