// Per-field salvage of attempt records. One invalid part of an attempt (a grade written by a newer
// grader, a diagram over the limit) must never cost the rest: on load the part is set aside with its
// reason and the attempt is kept; on save the part is refused and everything else is written. Only the
// parts listed in FIELD_RULES can be set aside; a damaged id, mode or clock still quarantines the record.
import type { z } from 'zod';
import type { Attempt } from '@/domain/attempt';
import { AttemptSchema } from '@/domain/attempt-schema';
import { SECTION_IDS, SECTIONS } from '@/domain/sections';
import { describeIssues, toIssues, type StoredIssue } from './quarantine';

type Segment = string | number;
type Token = 'section' | 'index' | string;

/** How an invalid part is taken out: replaced by a neutral value, removed from its record, or cut from its list. */
type Fallback =
  | { kind: 'replace'; value: (record: Record<string, unknown>) => unknown }
  | { kind: 'delete' }
  | { kind: 'splice' };

interface FieldRule {
  pattern: readonly Token[];
  label: (path: readonly Segment[]) => string;
  fallback: Fallback;
}

const sectionTitle = (id: Segment) => SECTIONS.find((s) => s.id === id)?.title ?? String(id);
const updatedAtOf = (record: Record<string, unknown>) =>
  typeof record.updatedAt === 'number' ? record.updatedAt : 0;

/** The parts of an attempt that can be set aside alone, most specific first. */
const FIELD_RULES: readonly FieldRule[] = [
  {
    pattern: ['followUps', 'index', 'grade'],
    label: (p) => `the grade of follow-up ${Number(p[1]) + 1}`,
    fallback: { kind: 'replace', value: () => null },
  },
  {
    pattern: ['grades', 'section'],
    label: (p) => `the ${sectionTitle(p[1] ?? '')} grade`,
    fallback: { kind: 'delete' },
  },
  {
    pattern: ['gradeHistory', 'section', 'index'],
    label: (p) => `an earlier ${sectionTitle(p[1] ?? '')} grade`,
    fallback: { kind: 'splice' },
  },
  {
    pattern: ['selfScores', 'section'],
    label: (p) => `your own ${sectionTitle(p[1] ?? '')} score`,
    fallback: { kind: 'delete' },
  },
  {
    pattern: ['reviews', 'index'],
    label: (p) => `partner review ${Number(p[1]) + 1}`,
    fallback: { kind: 'splice' },
  },
  {
    pattern: ['answers', 'section'],
    label: (p) => `the ${sectionTitle(p[1] ?? '')} answer`,
    fallback: { kind: 'replace', value: (r) => ({ text: '', updatedAt: updatedAtOf(r) }) },
  },
  {
    pattern: ['diagram'],
    label: () => 'the diagram',
    fallback: { kind: 'replace', value: (r) => ({ source: '', updatedAt: updatedAtOf(r) }) },
  },
  {
    pattern: ['provenance'],
    label: () => 'the author and import details',
    fallback: { kind: 'replace', value: () => ({ author: null, importedFrom: null, importedAt: null }) },
  },
];

const SECTION_SET = new Set<Segment>(SECTION_IDS);

function matches(pattern: readonly Token[], path: readonly PropertyKey[]): Segment[] | null {
  if (path.length < pattern.length) return null;
  const out: Segment[] = [];
  for (const [i, token] of pattern.entries()) {
    const segment = path[i];
    if (typeof segment === 'symbol' || segment === undefined) return null;
    if (
      token === 'section'
        ? !SECTION_SET.has(segment)
        : token === 'index'
          ? typeof segment !== 'number'
          : segment !== token
    )
      return null;
    out.push(segment);
  }
  return out;
}

/** The rule and concrete path an issue falls under, or null when the issue is outside every settable part. */
function ruleFor(path: readonly PropertyKey[]): { rule: FieldRule; path: Segment[] } | null {
  for (const rule of FIELD_RULES) {
    const matched = matches(rule.pattern, path);
    if (matched) return { rule, path: matched };
  }
  return null;
}

const isObject = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

export function readPath(root: unknown, path: readonly Segment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (!isObject(value)) return undefined;
    value = value[segment];
  }
  return value;
}

/** A copy of `root` with the value at `path` changed; `undefined` with `remove` deletes or splices it. */
function withPath(
  root: unknown,
  path: readonly Segment[],
  change: (parent: unknown, key: Segment) => void,
): unknown {
  const copy: unknown = structuredClone(root);
  const parent = readPath(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (key !== undefined && isObject(parent)) change(parent, key);
  return copy;
}

function takeOut(root: Record<string, unknown>, rule: FieldRule, path: readonly Segment[]): unknown {
  const { fallback } = rule;
  return withPath(root, path, (parent, key) => {
    if (fallback.kind === 'splice' && Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else if (fallback.kind === 'replace') (parent as Record<Segment, unknown>)[key] = fallback.value(root);
    else delete (parent as Record<Segment, unknown>)[key];
  });
}

/** A part of an attempt that was set aside (on load) or refused (on save). */
interface SetAsideField {
  /** Dotted path in the attempt record, e.g. `grades.retrieval` or `diagram`. */
  path: string;
  /** For people: "the Retrieval grade", "the diagram". */
  label: string;
  value: unknown;
  reason: string;
  issues: StoredIssue[];
}

type Salvaged =
  | { ok: true; value: Attempt; setAside: SetAsideField[] }
  | { ok: false; reason: string; issues: StoredIssue[] };

const MAX_ROUNDS = 64;

/**
 * Parses a (migrated) record as an attempt, setting aside each invalid part that FIELD_RULES allows and
 * keeping the rest. `replacement` may supply the value to put back instead of the neutral one (on save:
 * the version already stored). Fails only when a part outside the rules is invalid.
 */
export function salvageAttempt(
  raw: unknown,
  replacement: (path: readonly Segment[]) => unknown = () => undefined,
): Salvaged {
  const first = AttemptSchema.safeParse(raw);
  if (first.success) return { ok: true, value: first.data, setAside: [] };
  const wholeFailure = (error: z.ZodError) => {
    const issues = toIssues(error);
    return { ok: false as const, reason: describeIssues('saved attempt', issues), issues };
  };
  if (!isObject(raw) || Array.isArray(raw)) return wholeFailure(first.error);

  let current = raw as Record<string, unknown>;
  let error = first.error;
  const setAside: SetAsideField[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const target = error.issues.map((issue) => ruleFor(issue.path)).find((found) => found !== null);
    if (!target) return wholeFailure(error);
    const pathText = target.path.join('.');
    const issues = toIssues(error).filter((i) => i.path === pathText || i.path.startsWith(`${pathText}.`));
    const label = target.rule.label(target.path);
    setAside.push({
      path: pathText,
      label,
      value: readPath(current, target.path),
      reason: `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} could not be used: ${describeIssues('value', issues).replace(/^Not a valid value: /, '')}`,
      issues,
    });
    const stored = replacement(target.path);
    const next =
      stored === undefined
        ? takeOut(current, target.rule, target.path)
        : withPath(current, target.path, (parent, key) => {
            (parent as Record<Segment, unknown>)[key] = structuredClone(stored);
          });
    current = next as Record<string, unknown>;
    const parsed = AttemptSchema.safeParse(current);
    if (parsed.success) return { ok: true, value: parsed.data, setAside };
    error = parsed.error;
  }
  return wholeFailure(error);
}

/** Splits a dotted path back into segments (numbers for list positions). */
function splitPath(path: string): Segment[] {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Puts a set-aside value back into an attempt record, if its place is free: an absent grade, a blank
 * diagram or answer, an empty follow-up grade; list entries are appended. Returns null when the place
 * holds something newer, so a restore never overwrites work done since.
 */
export function putBack(record: Attempt, path: string, value: unknown): unknown {
  const segments = splitPath(path);
  const found = FIELD_RULES.map((rule) => ({ rule, m: matches(rule.pattern, segments) })).find((r) => r.m);
  if (!found) return null;
  const current = readPath(record, segments);
  if (found.rule.fallback.kind === 'splice') {
    const list = readPath(record, segments.slice(0, -1));
    return withPath(record, segments.slice(0, -1), (parent, key) => {
      (parent as Record<Segment, unknown>)[key] = [...(Array.isArray(list) ? list : []), value];
    });
  }
  const free =
    current === undefined ||
    current === null ||
    (isObject(current) && (current.text === '' || current.source === '')) ||
    (path === 'provenance' && isObject(current) && current.author === null && current.importedFrom === null);
  if (!free) return null;
  return withPath(record, segments, (parent, key) => {
    (parent as Record<Segment, unknown>)[key] = value;
  });
}
