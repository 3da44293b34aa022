// Defence in depth behind mermaid's `securityLevel: 'strict'`: whatever SVG reaches the page goes through
// DOMPurify's SVG profile (an allowlist of SVG elements and attributes, no script, no event handlers,
// no script URLs) once, here. On top of it, privacy: a diagram never loads anything from another host
// (images, CSS url(), @import), and a link in a diagram opens in a new tab, never in the app's own.
import DOMPurify from 'dompurify';

const SAFE_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif);/i;
const REMOTE_CSS_URL = /url\(\s*(['"]?)\s*(?!data:image\/|#)[^)]*\1\s*\)/gi;
const CSS_IMPORT = /@import[^;]*;?/gi;

let purify: ReturnType<typeof DOMPurify> | null = null;

function instance(): ReturnType<typeof DOMPurify> {
  if (purify) return purify;
  purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.localName === 'image') {
      for (const name of ['href', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (value !== null && !SAFE_IMAGE.test(value.trim())) el.removeAttribute(name);
      }
    }
    if (el.localName === 'a' && (el.hasAttribute('href') || el.hasAttribute('xlink:href'))) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer nofollow');
    }
    const style = el.getAttribute('style');
    if (style !== null && /url\(|@import/i.test(style)) {
      el.setAttribute('style', style.replace(CSS_IMPORT, '').replace(REMOTE_CSS_URL, 'none'));
    }
    if (el.localName === 'style' && el.textContent) {
      el.textContent = el.textContent.replace(CSS_IMPORT, '').replace(REMOTE_CSS_URL, 'none');
    }
  });
  return purify;
}

/** Returns the markup's first <svg>, sanitised, with nothing remote in it ('' if there is none). */
export function sanitizeSvg(markup: string): string {
  const fragment = instance().sanitize(markup, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['style'],
    ADD_ATTR: ['target'],
    RETURN_DOM_FRAGMENT: true,
  });
  const svg = fragment.querySelector('svg');
  return svg ? svg.outerHTML : '';
}
