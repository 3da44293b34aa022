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
  // jsdom cannot decode images; mermaid measures an img: shape's picture with decode().
  Object.assign(HTMLImageElement.prototype, { decode: () => Promise.resolve() });
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

  it('loads no remote image from an img: shape and opens click links in a new tab', async () => {
    const svg = await svgOf(
      [
        'flowchart LR',
        '  a@{ img: "https://tracker.example/pixel.png", label: "Pic", pos: "t", w: 60, h: 60 }',
        '  a --> b[Docs]',
        '  click b href "https://example.com/docs" _self',
      ].join('\n'),
    );
    expect(svg).not.toContain('tracker.example');
    expect(svg).toMatch(/<a [^>]*href="https:\/\/example.com\/docs"[^>]*>/);
    expect(svg).not.toMatch(/target="_(self|top|parent)"/);
    expect(svg).toMatch(/target="_blank"/);
  });
});
