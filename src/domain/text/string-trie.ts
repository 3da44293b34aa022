// The trie behind the required-strings scan (required-strings.ts): an Aho-Corasick automaton over plain
// ASCII, lower-cased strings, in typed arrays so one pass over a sentence is array loads only.

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
export function buildTrie(owners: Map<string, number[]>): Trie | null {
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
