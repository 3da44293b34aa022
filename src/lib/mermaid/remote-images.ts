// Mermaid fetches the picture of an `img:` shape itself (to measure it) while rendering, before any
// sanitising could remove it, so a diagram from a shared attempt could work as a tracking pixel. The
// source is rewritten first: any image that is not an inline raster data URL becomes a blank placeholder.
const IMG_FIELD = /(\bimg\s*:\s*)(["'])(.*?)\2/g;
const INLINE_RASTER = /^data:image\/(png|gif|jpe?g|webp|avif);/i;
/** A 1x1 transparent GIF. */
export const BLANK_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** The diagram source with every `img:` that would load from a URL replaced by a blank inline image. */
export function withoutRemoteImages(source: string): string {
  return source.replace(IMG_FIELD, (whole, key: string, quote: string, url: string) =>
    INLINE_RASTER.test(url.trim()) ? whole : `${key}${quote}${BLANK_IMAGE}${quote}`,
  );
}
