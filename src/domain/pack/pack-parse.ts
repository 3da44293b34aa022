import type { z } from 'zod';
import { packChecksum } from './checksum';
import { formatBytes, PACK_FORMAT, PACK_FORMAT_VERSION, PACK_LIMITS } from './limits';
import { PackSchema, type Pack, type PackPrompt, type RubricOverride } from './pack-schema';
import { fieldName } from './field-names';
import { secretField, stringsIn } from './secrets';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const fail = (...problems: string[]): { ok: false; problems: string[] } => ({ ok: false, problems });

/** UTF-8 length of a string without allocating its bytes. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** zod issues as "where: message" lines, the place named as a person sees it ("prompt 1, title"). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 12).map((i) => `${fieldName(i.path.map(String))}: ${i.message}`);
}

/** Parses JSON text within the size limit; the message says what is wrong in plain words. */
export function parseJsonText(text: string, what: string): Parsed<unknown> {
  const size = utf8Length(text);
  if (size > PACK_LIMITS.maxBytes)
    return fail(`the ${what} is ${formatBytes(size)}; the limit is ${formatBytes(PACK_LIMITS.maxBytes)}`);
  if (!text.trim()) return fail(`the ${what} is empty`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`the ${what} is not valid JSON, perhaps cut short (${reason})`);
  }
}

/** Every string of an untrusted value within the per-field limit, or the first field over it. */
export function oversizedField(value: unknown): string | null {
  for (const [path, s] of stringsIn(value)) {
    if (s.length > PACK_LIMITS.maxFieldChars)
      return `${fieldName(path)}: ${s.length.toLocaleString('en-US')} characters; the limit per field is ${PACK_LIMITS.maxFieldChars.toLocaleString('en-US')}`;
  }
  return null;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))))];
}

/** Validates an untrusted value as a pack: format, version, fields, limits, duplicates, secrets, checksum. */
export function parsePackValue(value: unknown): Parsed<Pack> {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return fail('(top level): not a pack object');
  const raw = value as Record<string, unknown>;
  if (raw.format !== PACK_FORMAT)
    return fail(`format: this is not a Design Dojo pack (expected "${PACK_FORMAT}")`);
  if (raw.formatVersion !== PACK_FORMAT_VERSION)
    return fail(
      `formatVersion: the pack is format version ${JSON.stringify(raw.formatVersion)}; this app reads version ${PACK_FORMAT_VERSION}`,
    );
  if (Array.isArray(raw.prompts) && raw.prompts.length > PACK_LIMITS.maxPrompts)
    return fail(`prompts: ${raw.prompts.length} prompts; the limit is ${PACK_LIMITS.maxPrompts}`);
  const big = oversizedField(value);
  if (big) return fail(big);
  const parsed = PackSchema.safeParse(value);
  if (!parsed.success) return fail(...describeIssues(parsed.error));
  const pack = parsed.data;
  const problems = [
    ...duplicates(pack.prompts.map((p) => p.id)).map(
      (id) => `prompts: the id "${id}" is used more than once`,
    ),
    ...duplicates(pack.rubricOverrides.map((r) => r.section)).map(
      (section) => `rubric overrides: more than one override for the section "${section}"`,
    ),
    ...duplicates(pack.rubricOverrides.map((r) => r.id)).map(
      (id) => `rubric overrides: the id "${id}" is used more than once`,
    ),
  ];
  const secret = secretField(pack);
  if (secret) problems.push(`${secret}; keys are never imported`);
  if (problems.length) return fail(...problems);
  const expected = packChecksum(pack);
  if (pack.checksum !== expected)
    return fail('checksum: does not match the content; the pack was changed or cut short after it was built');
  return { ok: true, value: pack };
}

/** Parses pack file text. */
export function parsePackText(text: string): Parsed<Pack> {
  const json = parseJsonText(text, 'pack');
  return json.ok ? parsePackValue(json.value) : json;
}

interface PackInput {
  id: string;
  title: string;
  author: string;
  description?: string;
  createdAt?: number;
  prompts: PackPrompt[];
  rubricOverrides?: RubricOverride[];
}

/** A complete pack (format, version, checksum) from its parts; validate it with parsePackValue. */
export function buildPack(input: PackInput): Pack {
  const pack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: input.id,
    title: input.title,
    author: input.author,
    description: input.description ?? '',
    ...(input.createdAt !== undefined ? { createdAt: input.createdAt } : {}),
    prompts: input.prompts,
    rubricOverrides: input.rubricOverrides ?? [],
    checksum: '',
  } as Pack;
  return { ...pack, checksum: packChecksum(pack) };
}

/** Pretty JSON for a pack file. */
export function packToText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
