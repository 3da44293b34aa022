// Text that looks like a credential. Imports that carry one are refused (a friend's key must not end up in
// someone else's library), and outgoing shares have it redacted, so a link never carries a key.
import { fieldName } from './field-names';

const SECRET_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'an API key (sk-…)', pattern: /\bsk-(?:proj-|ant-|or-)?[A-Za-z0-9_-]{16,}/g },
  { name: 'a bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/gi },
  { name: 'an AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/g },
  { name: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/g },
  { name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
];

const REDACTED = '[redacted: looked like a key]';

/** What kind of secret the text seems to contain, or null. */
export function findSecret(text: string): string | null {
  for (const { name, pattern } of SECRET_PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) return name;
  }
  return null;
}

/** The text with anything key-like replaced by a visible marker. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const { pattern } of SECRET_PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}

/** Every string in a JSON-like value, with its path (`['prompts', '0', 'body']`). */
export function* stringsIn(value: unknown, path: string[] = []): Generator<[string[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* stringsIn(v, [...path, String(i)]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* stringsIn(v, [...path, k]);
}

/** The first field of a value that looks like it holds a secret, named as a person sees it, or null. */
export function secretField(value: unknown): string | null {
  for (const [path, text] of stringsIn(value)) {
    const kind = findSecret(text);
    if (kind) return `${fieldName(path)} looks like it contains ${kind}`;
  }
  return null;
}

/** A deep copy of a JSON-like value with every key-like string redacted. */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  return value;
}
