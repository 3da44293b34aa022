const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits Markdown at blank lines outside fenced code, so a long answer can be rendered as many small
 * blocks and only the block being edited is parsed again. Each block carries a key that stays the same
 * while its text does (its text plus how many identical blocks came before it).
 */
export function markdownBlocks(text: string): { key: string; text: string }[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === null ? marker : null;
    }
    if (fence === null && line.trim() === '' && current.length > 0) {
      blocks.push(current.join('\n'));
      current = [];
    } else if (fence !== null || line.trim() !== '') {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    const n = seen.get(block) ?? 0;
    seen.set(block, n + 1);
    return { key: `${n}:${block}`, text: block };
  });
}

const GROUP_EVERY = 16;
const GROUP_MAX = 64;

/** FNV-1a: a cheap, stable 32-bit hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Puts consecutive blocks into groups of about GROUP_EVERY (at most GROUP_MAX), so the preview holds a
 * few dozen elements rather than hundreds side by side: Chromium hit-tests the content under a resting
 * pointer after every layout, i.e. on each keystroke, and within one parent it looks at the children one
 * by one. A block starts a group when its key's hash says so, so an edit, an added or a removed block
 * changes only the group it is in (and that group's key is its first block's key).
 */
export function blockGroups<T extends { key: string }>(blocks: readonly T[]): { key: string; blocks: T[] }[] {
  const groups: { key: string; blocks: T[] }[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (!last || last.blocks.length >= GROUP_MAX || hash(block.key) % GROUP_EVERY === 0) {
      groups.push({ key: block.key, blocks: [block] });
    } else {
      last.blocks.push(block);
    }
  }
  return groups;
}
