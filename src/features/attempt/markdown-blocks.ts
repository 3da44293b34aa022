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
