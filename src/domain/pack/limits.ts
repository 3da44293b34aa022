/** Limits on anything imported (packs, share links, files): all of it is untrusted. */
export const PACK_LIMITS = {
  /** Largest pack, file or decompressed link payload, in bytes of UTF-8 JSON. */
  maxBytes: 1_000_000,
  maxPrompts: 200,
  /** Longest single text field (a brief, an answer, a note), in characters. */
  maxFieldChars: 50_000,
  maxRubricOverrides: 44,
  /** A share link longer than this is too long for a chat message: the file is offered instead. */
  maxLinkChars: 8_000,
  /** Longest `#/import/...` payload accepted at all (a truncated or padded link fails before decoding). */
  maxLinkPayloadChars: 2_000_000,
} as const;

export const PACK_FORMAT = 'design-dojo-pack';
export const PACK_FORMAT_VERSION = 1;
export const SHARE_FORMAT = 'design-dojo-share';
export const SHARE_FORMAT_VERSION = 1;

/** The pack id the app's own authored prompts live under; no import may use it. */
export const LOCAL_PACK_ID = 'local';

/** Human size: "1.2 MB", "830 KB". */
export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${Math.round(n / 1_000)} KB`;
  return `${n} bytes`;
}
