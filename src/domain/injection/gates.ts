// Cheap gates in front of the rules. A rule may name the words every match of it must contain, as
// clauses: "give|award full|perfect|top" means a word starting with "give" or "award", and one
// starting with "full", "perfect" or "top". A stem ending in "$" is a whole word ("do$"); a token
// with punctuation ("<!--", "[", "|") is found anywhere, as is, with String.includes. The rule runs
// when one of its clauses is met. One pass over the answer finds every stem, so a section that never
// says "rubric", "ignore" or "previously graded" skips the rules that need those words. A gate must
// never be stricter than its rule: a test runs every sample both ways.

/** Stands for "the text has Japanese or Chinese characters" (they have no word starts to find). */
export const CJK_GATE = 'cjk';
/** Stands for "the text may hold a sentence in French, Spanish, Portuguese, Italian, German or Dutch":
 * an accented letter or one of their short everyday words (articles, "und", "pour"...). Nearly every
 * sentence in those languages has one; a bare two-word order without any ("Negeer instructies!") would
 * get past this gate, which is the price of not running those costly rules on every English answer. */
export const FOREIGN_GATE = 'foreign';
const FOREIGN_WORDS = new Set(
  'la le les des du au et est cette votre vous une pour el del al las los esta este una por para todas todos il gli della questa questo tutte die der das dem den diese diesem diesen dieser dieses ein eine ist zu alle und nicht bitte het deze een voor niet op'.split(
    ' ',
  ),
);
const ACCENTED = /[\u00C0-\u00FF]/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** A gate compiled: clauses of groups of stems. */
export type Gate = string[][][];

/** Compiles gate clauses ("a|b c|d$") into groups of stems. */
export function compileGate(clauses: readonly string[]): Gate {
  // "|" separates stems only between letters, so the literal tokens "|" and "<|" stay whole.
  const stems = (g: string) => g.toLowerCase().split(/(?<=[\p{L}\d$_])\|(?=[\p{L}\d_])/u);
  return clauses.map((c) => c.trim().split(/\s+/).map(stems));
}

const WORD = 'a-z0-9\u00C0-\u024F';
const WORD_CHAR = new RegExp(`[${WORD}]`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The stems as a regex trie ("g(?:ive|rad(?:ing)?)"): each word start tries a few branches, and the
 * match is always the longest stem there. */
function trie(stems: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const s of stems) byFirst.set(s[0]!, [...(byFirst.get(s[0]!) ?? []), s.slice(1)]);
  return [...byFirst]
    .map(([c, rest]) => {
      const tails = rest.filter((r) => r !== '');
      if (!tails.length) return escape(c);
      return `${escape(c)}(?:${trie(tails)})${tails.length < rest.length ? '?' : ''}`;
    })
    .join('|');
}

/** A scanner that finds, in one pass, which stems (and whole words, "do$") start a word in a text, and
 * which literal tokens occur anywhere. A stem found also counts for the shorter stems it starts with
 * ("grading" for "grad"). */
export function buildScanner(gates: readonly Gate[]): (t: string) => Set<string> {
  const tokens = [...new Set(gates.flat(3))].filter((s) => s !== CJK_GATE && s !== FOREIGN_GATE);
  const literal = (s: string) => /[^\p{L}\p{N}$]/u.test(s);
  const literals = tokens.filter(literal);
  const prefixes = new Set(tokens.filter((s) => !literal(s) && !s.endsWith('$')));
  const words = new Set([
    ...tokens.filter((s) => !literal(s) && s.endsWith('$')).map((s) => s.slice(0, -1)),
    ...FOREIGN_WORDS,
  ]);
  const stems = [...new Set([...prefixes, ...words])];
  const covers = new Map(stems.map((s) => [s, [...prefixes].filter((p) => s.startsWith(p))]));
  // `\b` is ASCII-only: stems that start with an accented letter need their own word-start check.
  const ascii = stems.filter((s) => /^[a-z0-9]/.test(s));
  const other = stems.filter((s) => !/^[a-z0-9]/.test(s));
  const branches = [`\\b(?:${trie(ascii)})`, ...(other.length ? [`(?<![${WORD}])(?:${trie(other)})`] : [])];
  const scan = new RegExp(branches.join('|'), 'g');
  return (t) => {
    const found = new Set<string>();
    const lower = t.toLowerCase();
    scan.lastIndex = 0;
    for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
      const w = m[0];
      for (const p of covers.get(w) ?? []) found.add(p);
      if (words.has(w) && !WORD_CHAR.test(lower[m.index + w.length] ?? ' ')) {
        found.add(`${w}$`);
        if (FOREIGN_WORDS.has(w)) found.add(FOREIGN_GATE);
      }
    }
    if (CJK.test(t)) found.add(CJK_GATE);
    if (ACCENTED.test(t)) found.add(FOREIGN_GATE);
    for (const l of literals) if (t.includes(l)) found.add(l);
    return found;
  };
}

/** True when one clause of the gate has every group present. */
export const gateOpen = (gate: Gate, hits: Set<string>): boolean =>
  gate.some((clause) => clause.every((group) => group.some((s) => hits.has(s))));
