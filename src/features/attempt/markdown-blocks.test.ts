import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

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
