import { describe, expect, it } from 'vitest';
import { BLANK_IMAGE, withoutRemoteImages } from './remote-images';

describe('withoutRemoteImages', () => {
  it('replaces remote, protocol-relative and same-site image addresses with a blank image', () => {
    const source = [
      'flowchart LR',
      '  a@{ img: "https://tracker.example/p.png", label: "A", h: 40 }',
      "  b@{ label: 'B', img: '//tracker.example/q.png' }",
      '  c@{ img:"/uploads/r.png" }',
    ].join('\n');
    const out = withoutRemoteImages(source);
    expect(out).not.toMatch(/tracker\.example|uploads/);
    expect(out.split(BLANK_IMAGE)).toHaveLength(4);
    expect(out).toContain('label: "A", h: 40');
  });

  it('keeps inline raster images and everything else untouched', () => {
    const source = 'flowchart LR\n  a@{ img: "data:image/png;base64,AAAA" }\n  b["img: not a field"] --> a';
    expect(withoutRemoteImages(source)).toBe(source);
  });
});
