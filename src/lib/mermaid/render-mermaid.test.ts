// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMermaid } from './render-mermaid';
import { STARTER_DIAGRAM } from './starter';

beforeAll(() => {
  // jsdom does no layout; mermaid only needs plausible text sizes.
  Object.assign(SVGElement.prototype, {
    getBBox: () => ({ x: 0, y: 0, width: 80, height: 20 }),
    getComputedTextLength: () => 80,
  });
});

const svgOf = async (source: string) => {
  const result = await renderMermaid('t', source);
  if (!result.ok) throw new Error(result.message);
  return result.svg;
};

describe('renderMermaid (real mermaid in jsdom)', () => {
  it('reports a syntax error with its line in the source', async () => {
    const result = await renderMermaid('t', '---\ntitle: Demo\n---\nflowchart LR\n  a --> b\n  b --> (c');
    expect(result).toMatchObject({ ok: false, line: 6 });
    expect(!result.ok && result.message).toMatch(/Parse error/);
  });

  it('names an unknown diagram type', async () => {
    const result = await renderMermaid('t', '\nnonsense\n a --> b');
    expect(result).toMatchObject({ ok: false, line: 2 });
    expect(!result.ok && result.message).toMatch(/Unknown diagram type/);
  });

  it('renders the starter template', async () => {
    expect(await svgOf(STARTER_DIAGRAM)).toMatch(/^<svg [^>]*id="mermaid-t-\d+"/);
  });

  it('renders one at a time, each with its own element id', async () => {
    const results = await Promise.all(['a', 'b', 'c'].map((n) => svgOf(`flowchart LR\n  ${n} --> z`)));
    const ids = results.map((svg) => /id="([^"]+)"/.exec(svg)?.[1]);
    expect(new Set(ids).size).toBe(3);
    expect(document.body.children).toHaveLength(0);
  });

  it('neutralises click handlers, HTML labels, scripts and javascript: links', async () => {
    const svg = await svgOf(
      [
        '%%{init: {"securityLevel": "loose", "htmlLabels": true, "flowchart": {"htmlLabels": true}}}%%',
        'flowchart LR',
        '  a["<img src=x onerror=alert(1)><script>alert(2)</script>"] --> b[Link]',
        '  click b "javascript:alert(3)"',
        '  click a call alert(4)',
        `  b --> c["<a href='javascript:alert(5)'>x</a>"]`,
      ].join('\n'),
    );
    expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=|javascript:/i);
  });
});
