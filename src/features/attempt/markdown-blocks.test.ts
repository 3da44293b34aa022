import { describe, expect, it } from 'vitest';
import { blockGroups, markdownBlocks } from './markdown-blocks';

const texts = (md: string) => markdownBlocks(md).map((b) => b.text);

describe('markdownBlocks', () => {
  it('splits at blank lines and drops the blank lines', () => {
    expect(texts('# Title\n\nOne\ntwo\n\n\n- a\n- b\n')).toEqual(['# Title', 'One\ntwo', '- a\n- b']);
  });

  it('keeps fenced code, blank lines included, in one block', () => {
    const md = 'Before\n\n```mermaid\nflowchart LR\n\n  a --> b\n```\n\nAfter';
    expect(texts(md)).toEqual(['Before', '```mermaid\nflowchart LR\n\n  a --> b\n```', 'After']);
    expect(texts('~~~\nx\n\n```\ny\n~~~\n\nz')).toEqual(['~~~\nx\n\n```\ny\n~~~', 'z']);
  });

  it('gives unchanged blocks the same key when a block is added before them', () => {
    const before = markdownBlocks('A\n\nB\n\nB');
    const after = markdownBlocks('New\n\nA\n\nB\n\nB');
    expect(after.slice(1).map((b) => b.key)).toEqual(before.map((b) => b.key));
    expect(new Set(after.map((b) => b.key)).size).toBe(4);
  });
});

describe('blockGroups', () => {
  const answer = Array.from(
    { length: 400 },
    (_, i) => `Paragraph ${i}: we cache the **top-k** results.`,
  ).join('\n\n');
  const keysOf = (groups: { key: string; blocks: { key: string }[] }[]) =>
    groups.map((g) => `${g.key}=${g.blocks.map((b) => b.key).join('|')}`);

  it('keeps every block once, in order, in a few dozen groups of at most 64', () => {
    const blocks = markdownBlocks(answer);
    const groups = blockGroups(blocks);
    expect(groups.flatMap((g) => g.blocks)).toEqual(blocks);
    expect(groups.length).toBeGreaterThan(10);
    expect(groups.length).toBeLessThan(60);
    expect(Math.max(...groups.map((g) => g.blocks.length))).toBeLessThanOrEqual(64);
    expect(groups.every((g) => g.key === g.blocks[0]!.key)).toBe(true);
  });

  it('changes only the group holding an edited block', () => {
    const before = keysOf(blockGroups(markdownBlocks(answer)));
    const edited = answer.replace('Paragraph 200:', 'Paragraph 200 (edited):');
    const after = keysOf(blockGroups(markdownBlocks(edited)));
    const changed = after.filter((g) => !before.includes(g));
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(after.length - changed.length).toBeGreaterThanOrEqual(before.length - 2);
  });
});
