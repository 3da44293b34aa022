// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitize-svg';

describe('sanitizeSvg', () => {
  it('keeps an ordinary diagram', () => {
    const svg =
      '<svg id="d1" viewBox="0 0 10 10"><style>#d1 .node{fill:red}</style><defs><marker id="arrow"><path d="M0 0L10 5"></path></marker></defs><g class="node" style="fill:url(#grad)"><text>A</text></g></svg>';
    const out = sanitizeSvg(svg);
    expect(out).toContain('viewBox="0 0 10 10"');
    expect(out).toContain('<text>A</text>');
    expect(out).toContain('#d1 .node{fill:red}');
    expect(out).toContain('<marker id="arrow">');
    expect(out).toContain('fill:url(#grad)');
  });

  it('removes scripts, event handlers, HTML islands and script URLs', () => {
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
    expect(out).not.toMatch(/alert|javascript|onerror|onload|<script|<iframe|<animate|<img|data:image\/svg/i);
    expect(out).toContain('<text>x</text>');
  });

  it('keeps raster data URLs and makes links open in a new tab', () => {
    const out = sanitizeSvg(
      '<svg><image href="data:image/png;base64,AAAA"></image><a href="https://example.com/x"><text>go</text></a></svg>',
    );
    expect(out).toContain('data:image/png;base64,AAAA');
    expect(out).toMatch(
      /<a href="https:\/\/example.com\/x" target="_blank" rel="noopener noreferrer nofollow">/,
    );
  });

  it('loads nothing from another host: images, CSS url() and @import', () => {
    const out = sanitizeSvg(
      [
        '<svg><style>@import url(https://t.example/a.css); .n{background:url("https://t.example/b.png")}</style>',
        '<image href="https://t.example/pixel.png" width="8"></image>',
        '<image xlink:href="//t.example/pixel2.png"></image>',
        '<g style="fill:url(https://t.example/c.svg#p)"><text>A</text></g></svg>',
      ].join(''),
    );
    expect(out).not.toContain('t.example');
    expect(out).toContain('<text>A</text>');
  });

  it('returns an empty string when there is no svg', () => {
    expect(sanitizeSvg('<p>not a diagram</p>')).toBe('');
  });
});
