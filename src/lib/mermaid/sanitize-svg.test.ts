// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitize-svg';

describe('sanitizeSvg', () => {
  it('keeps an ordinary diagram', () => {
    const svg =
      '<svg id="d1" viewBox="0 0 10 10"><style>#d1 .node{fill:red}</style><g class="node"><text>A</text></g></svg>';
    const out = sanitizeSvg(svg);
    expect(out).toContain('viewBox="0 0 10 10"');
    expect(out).toContain('<text>A</text>');
    expect(out).toContain('#d1 .node{fill:red}');
  });

  it('removes scripts, event handlers and script URLs', () => {
    const hostile = [
      '<svg onload="alert(1)">',
      '<script>alert(2)</script>',
      '<a xlink:href="javascript:alert(3)"><text>x</text></a>',
      '<a href=" JaVa\tScRiPt:alert(4)"><text>y</text></a>',
      '<image href="x" onerror="alert(5)"></image>',
      '<use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="></use>',
      '<a><animate attributeName="href" values="javascript:alert(6)"></animate></a>',
      '<foreignObject><div><img src="x" onerror="alert(7)"><iframe src="https://example.com"></iframe></div></foreignObject>',
      '</svg>',
    ].join('');
    const out = sanitizeSvg(hostile);
    expect(out).not.toMatch(/alert|javascript|onerror|onload|<script|<iframe|<animate|data:image\/svg/i);
    expect(out).toContain('<text>x</text>');
    expect(out).toContain('<img src="x">');
  });

  it('keeps raster data URLs and ordinary links', () => {
    const out = sanitizeSvg(
      '<svg><image href="data:image/png;base64,AAAA"></image><a href="https://example.com/x"></a></svg>',
    );
    expect(out).toContain('data:image/png;base64,AAAA');
    expect(out).toContain('https://example.com/x');
  });

  it('returns an empty string when there is no svg', () => {
    expect(sanitizeSvg('<p>not a diagram</p>')).toBe('');
  });
});
