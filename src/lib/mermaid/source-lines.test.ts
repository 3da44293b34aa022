import { describe, expect, it } from 'vitest';
import { sourceLine } from './source-lines';

describe('sourceLine', () => {
  it('keeps the line when nothing is stripped', () => {
    expect(sourceLine('flowchart LR\n  a --> b\n  b --> (c', 3)).toBe(3);
  });

  it('adds back front matter, directives, comments and leading blank lines', () => {
    expect(sourceLine('---\ntitle: x\n---\nflowchart LR\n a --> b\n b --> (c', 3)).toBe(6);
    expect(sourceLine('\n\n%% comment\nflowchart LR\n a --> b\n b --> (c', 3)).toBe(6);
    expect(sourceLine('%%{init: {"theme":"dark"}}%%\nflowchart LR\n a --> b\n b --> (c', 3)).toBe(4);
    expect(sourceLine('flowchart LR\n %% one\n %% two\n a --> b\n b --> (c', 3)).toBe(5);
  });

  it('handles CRLF and clamps to the source', () => {
    expect(sourceLine('\r\nflowchart LR\r\n a --> (b', 2)).toBe(3);
    expect(sourceLine('flowchart LR\n a -->', 9)).toBe(2);
    expect(sourceLine('', 1)).toBe(1);
  });
});
