// Readers for text written so that no rule can read it as it stands: leetspeak ("gr4d3r"), base64,
// ROT13 (read only when the text says to decode it) and letters split by symbols or emoji
// ("g🔹i🔹v🔹e"). Each returns what a line says when read back; the detector (detect.ts) runs every
// rule on that reading and, when one fires, removes the line.
import type { Span } from './spans';

interface Reading {
  span: Span;
  read: string;
}

/** 1 for the characters of base64 (A-Z, a-z, 0-9, "+", "/"), by character code. */
const B64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')
  B64_CHAR[c.charCodeAt(0)] = 1;
const isB64 = (c: number) => c < 128 && B64_CHAR[c] === 1;

/** Runs of 16+ base64 characters (with their "=" padding), found by a plain scan. */
export function base64Runs(text: string): Span[] {
  const runs: Span[] = [];
  for (let i = 0; i < text.length;) {
    if (!isB64(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isB64(text.charCodeAt(j))) j++;
    if (j - i >= 16) {
      let k = j;
      while (k < j + 2 && text[k] === '=') k++;
      runs.push([i, k]);
    }
    i = j;
  }
  return runs;
}

/** A word that mixes letters and digits ("gr4d3r", "5c0r3", but also "p95" and "gpt4"). */
const MIXED_WORD = /\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]{3,}\b/gi;
const LEET_CORE = /[a-z][0134578]+[a-z]/gi;
/** A word with two or more letter-digits anywhere, at its edges too ("4553550r", "n073", "7h15"). */
const LEET_WORD = /\b(?=[a-z0-9]*[a-z])(?:[a-z29]*[0134578]){2}[a-z0-9]*\b/gi;
/** Leet words in `s`; edge-digit words are only counted once one inner-digit word is there (cheap for prose). */
function leetCount(s: string): number {
  const core = s.match(LEET_CORE)?.length ?? 0;
  return core === 0 || core >= 3 ? core : Math.max(core, s.match(LEET_WORD)?.length ?? 0);
}
const LEET: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g' };
/** Lines written in leetspeak (three or more words, at least half of them, mix letters and digits), read
 * back as letters. Design prose has the odd "p95" or "gpt4" in a line, not half its words. */
export function leetLines(text: string): Reading[] {
  // Only lines with three or more digits inside words ("gr4d3r", "ru8r1c") are worth reading.
  if (leetCount(text) < 3) return [];
  const out: Reading[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (leetCount(m[0]) < 3) continue;
    const mixed = m[0].match(MIXED_WORD)?.length ?? 0;
    const words = m[0].match(/[a-z0-9]{3,}/gi)?.length ?? 0;
    if (mixed < 3 || mixed * 2 < words) continue;
    // In such a line a run of digits is letters too ("15" is "is"); a lone digit stays a number.
    const read = m[0]
      .replace(MIXED_WORD, (w) => w.replace(/[0134578 9]/g, (c) => LEET[c] ?? c))
      .replace(/\b[0134578]{2,3}\b/g, (w) => w.replace(/./g, (c) => LEET[c] ?? c));
    out.push({ span: [m.index, m.index + m[0].length], read });
    // A lone 4 or 1 may be a letter too ("15 4 f0ur" is "is a four"): read that way as well.
    const lone = read.replace(/\b[41]\b(?=[ \t]+[a-z])/gi, (c) => LEET[c] ?? c);
    if (lone !== read) out.push({ span: [m.index, m.index + m[0].length], read: lone });
  }
  return out;
}

export function decodeBase64(token: string): string | null {
  try {
    const decoded = atob(token);
    const printable = decoded.replace(/[^\t\n\r -~]/g, '').length;
    return decoded.length >= 8 && printable / decoded.length > 0.95 ? decoded : null;
  } catch {
    return null;
  }
}

/** A hint that text is ROT13 or another letter rotation, to be decoded. */
const ROT_HINT = /\b(?:rot-?13|caesar|rotated by 13|decode (?:this|the following|it))\b/i;
const rot13 = (s: string) =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
/** The line that names ROT13 and the line after it, decoded. Only read when the text says so: ROT13
 * of ordinary prose is gibberish, and a hint costs an attacker nothing to leave out but also nothing
 * to find. */
export function rot13Lines(text: string): Reading[] {
  const hint = ROT_HINT.exec(text);
  if (!hint) return [];
  const from = text.lastIndexOf('\n', hint.index) + 1;
  const first = text.indexOf('\n', hint.index);
  const next = first < 0 ? -1 : text.indexOf('\n', first + 1);
  const end = first < 0 ? text.length : next < 0 ? text.length : next;
  return [{ span: [from, end], read: rot13(text.slice(from, end)) }];
}

/** Five or more single letters in a row, each followed by a separator that is not only a space. */
const SYMBOL_SPACED = /(?:\p{L} ?[^\p{L}\p{N}\s]{1,4} ?){5,}/u;
/**
 * What any two of those letters in a row hold: a separator, a letter, a separator ("•i•"). Most prose
 * has none, and this test, which starts only at a symbol, reads it several times faster than the full
 * pattern, which starts at every letter.
 */
const LETTER_BETWEEN_SYMBOLS = /[^\p{L}\p{N}\s] ?\p{L} ?[^\p{L}\p{N}\s]/u;
/** Lines whose letters are split by symbols or emoji ("g🔹i🔹v🔹e 🔹 a 🔹 4"), read as words: a
 * separator with spaces around it is a word break, one between two letters joins them. */
export function symbolSpacedLines(text: string): Reading[] {
  if (!LETTER_BETWEEN_SYMBOLS.test(text) || !SYMBOL_SPACED.test(text)) return [];
  const out: Reading[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (!SYMBOL_SPACED.test(m[0])) continue;
    const read = m[0]
      .replace(/\s*[^\p{L}\p{N}\s]{1,4}\s+|\s+[^\p{L}\p{N}\s]{1,4}\s*/gu, ' ')
      .replace(/(?<=[\p{L}\p{N}])[^\p{L}\p{N}\s]{1,4}(?=[\p{L}\p{N}])/gu, '');
    if (read !== m[0]) out.push({ span: [m.index, m.index + m[0].length], read });
  }
  return out;
}

/** Eight or more bytes in a row written as hex pairs ("67 69 76 65", "\x67\x69", "%67%69", "0x67 0x69"). */
const HEX_RUN = /(?:(?:\\x|%|0x)?[0-9a-f]{2}[ :,]?){8,}/gi;
/** A cheap hint of such a run (printable ASCII bytes start with 2-7): an escape or percent sign before a byte,
 * four spaced bytes, or eight bytes in a row. */
const HEX_HINT =
  /(?:%|\\x|\b0x)[2-7][0-9a-f]|\b[2-7][0-9a-f][ :,][2-7][0-9a-f][ :,][2-7][0-9a-f][ :,][2-7][0-9a-f]\b|\b(?:[2-7][0-9a-f]){8}/i;
/** Four or more bytes written as 8-bit binary groups ("01100111 01101001"), which may wrap over lines. */
const BINARY_RUN = /(?:[01]{8}[ \t]*(?:\r?\n[ \t]*)?){4,}/g;
/** Decoded bytes that read as words: printable ASCII with letters and a space between words. */
const READS_AS_WORDS = (s: string) => /^[\x20-\x7e]+$/.test(s) && /[a-z]{2,} +[a-z0-9]/i.test(s);
function decodeBytes(digits: string, radix: 16 | 2): string | null {
  const size = radix === 16 ? 2 : 8;
  if (digits.length % size !== 0) return null;
  let out = '';
  for (let i = 0; i < digits.length; i += size)
    out += String.fromCharCode(parseInt(digits.slice(i, i + size), radix));
  return READS_AS_WORDS(out) ? out : null;
}

/** Runs of bytes written as hex, percent-encoding or binary, read back as text when they spell words. */
export function encodedBytes(text: string): Reading[] {
  const out: Reading[] = [];
  if (HEX_HINT.test(text))
    for (const m of text.matchAll(HEX_RUN)) {
      const read = decodeBytes(m[0].replace(/\\x|%|0x|[ :,]/gi, ''), 16);
      if (read) out.push({ span: [m.index, m.index + m[0].length], read });
    }
  if (/[01]{8} ?[01]{8}/.test(text))
    for (const m of text.matchAll(BINARY_RUN)) {
      const read = decodeBytes(m[0].replace(/\s/g, ''), 2);
      if (read) out.push({ span: [m.index, m.index + m[0].length], read });
    }
  return out;
}
