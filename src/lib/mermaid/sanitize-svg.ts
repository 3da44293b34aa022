// Defence in depth behind mermaid's `securityLevel: 'strict'`: whatever SVG reaches the page goes through
// here first, so a mermaid bug or a hostile diagram cannot run script through the preview.
const BANNED = 'script, iframe, object, embed, frame, frameset, base, meta, link, form, portal';
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'from',
  'to',
  'values',
]);
const SAFE_DATA_URL = /^data:image\/(png|gif|jpe?g|webp|avif);/i;

/** True for a URL that would run script or load a document when followed. */
function isDangerousUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const squeezed = [...value]
    .filter((c) => c.charCodeAt(0) > 0x20 && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f))
    .join('')
    .toLowerCase();
  if (/^(javascript|vbscript):/.test(squeezed)) return true;
  return squeezed.startsWith('data:') && !SAFE_DATA_URL.test(squeezed);
}

/** Returns the markup's first <svg> with scripts, event handlers and script URLs removed ('' if none). */
export function sanitizeSvg(markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const svg = doc.body.querySelector('svg');
  if (!svg) return '';
  for (const el of svg.querySelectorAll(BANNED)) el.remove();
  // SMIL can write a javascript: URL into an href after the fact.
  for (const el of svg.querySelectorAll('animate, set, animateMotion, animateTransform')) {
    if (/href/i.test(el.getAttribute('attributeName') ?? '') || el.localName === 'set') el.remove();
  }
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const { name, value } of [...el.attributes]) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || (URL_ATTRIBUTES.has(lower) && isDangerousUrl(value))) {
        el.removeAttribute(name);
      }
    }
  }
  return svg.outerHTML;
}
