// Share links: `#/import/d2.<base64url(deflate(JSON, preset dictionary))>` (`d1.` links, deflate without
// a dictionary, still decode). Decoding treats the link as hostile: the length,
// alphabet, compressed stream (with a cap on the inflated size, so a small link cannot expand into
// gigabytes), UTF-8 and JSON are each checked, and each failure has its own plain message.
import { deflateSync, Inflate, strToU8 } from 'fflate';
import { formatBytes, PACK_LIMITS } from './limits';
import { LINK_DICTIONARY_V2 } from './link-dictionary';
import type { Parsed } from './pack-parse';

export const LINK_PREFIX = 'd2.';
let dictionary: Uint8Array | undefined;
const dictionaryV2 = () => (dictionary ??= strToU8(LINK_DICTIONARY_V2));
/** Each link prefix and the preset dictionary its data was compressed with. */
const PREFIXES: Record<string, () => Uint8Array | undefined> = {
  'd1.': () => undefined,
  'd2.': dictionaryV2,
};

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The link payload of a JSON text (without the `#/import/` part). */
export function encodePayload(json: string): string {
  return (
    LINK_PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9, mem: 8, dictionary: dictionaryV2() }))
  );
}

class TooLarge extends Error {}

function inflateCapped(bytes: Uint8Array, cap: number, dict: Uint8Array | undefined): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate(dict ? { dictionary: dict } : {}, (chunk, final) => {
    total += chunk.length;
    if (total > cap) throw new TooLarge();
    chunks.push(chunk);
    if (final) done = true;
  });
  inflater.push(bytes, true);
  if (!done) throw new Error('unexpected end of data');
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The JSON text inside a link payload, or a plain message naming what is wrong with the link. */
export function decodePayload(payload: string): Parsed<string> {
  const fail = (problem: string): Parsed<string> => ({ ok: false, problems: [problem] });
  const text = payload.trim();
  if (!text) return fail('the link has nothing after #/import/');
  if (text.length > PACK_LIMITS.maxLinkPayloadChars)
    return fail('the link is far too long to be a share link');
  const prefix = text.slice(0, 3);
  const dictionaryOf = Object.hasOwn(PREFIXES, prefix) ? PREFIXES[prefix] : undefined;
  if (!dictionaryOf)
    return fail('the link was not made by this app (or by a newer version of it): unknown format');
  const body = text.slice(prefix.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body))
    return fail('the link contains characters a share link never has; it may have been altered');
  if (body.length % 4 === 1) return fail('the link is cut short; copy the whole link again');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch {
    return fail('the link is damaged (not valid base64); copy the whole link again');
  }
  let inflated: Uint8Array;
  try {
    inflated = inflateCapped(bytes, PACK_LIMITS.maxBytes, dictionaryOf());
  } catch (error) {
    if (error instanceof TooLarge)
      return fail(`the link unpacks to more than ${formatBytes(PACK_LIMITS.maxBytes)}, the limit`);
    return fail(
      'the link is cut short or damaged (its compressed data is incomplete); copy the whole link again',
    );
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return fail('the link is damaged (its text is not valid UTF-8)');
  }
}
