// Loads the real-prose set: prompts.yaml, cases*.yaml (excerpts, no scores), pass-a*.yaml (scores and any
// adjudicated `final`) and, when they exist, pass-b*.yaml (the independent second pass). A batch collected
// later adds its own `cases-<batch>.yaml`, `pass-a-<batch>.yaml` and `pass-b-<batch>.yaml`. Every file is parsed
// with zod; every problem is collected with the case id at fault, so one run reports them all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, SPLITS, type GoldenCase, type Split } from '@/domain/eval/golden-schema';

export const REAL_DIR = import.meta.dirname;

const ScoreSchema = z.number().int().min(0).max(4);
const OneLine = z.string().min(5).regex(/^[^\n]+$/, 'one line');

const PromptEntry = z.object({ key: z.string(), id: z.string().regex(/^real-/), title: z.string(), brief: z.string() }).strict();
const SourceSchema = z.object({ url: z.string().url(), title: z.string().min(3), org: z.string().min(2) }).strict();
const CaseEntry = z
  .object({
    id: z.string().regex(/^real-/, 'case ids start with "real-"'),
    prompt: z.string(),
    section: z.string(),
    source: SourceSchema,
    licence: z.string().min(10),
    split: z.enum(SPLITS),
    answer: z.string().min(1),
  })
  .strict();
const PassEntry = z
  .object({ score: ScoreSchema, why: OneLine, final: z.object({ score: ScoreSchema, why: OneLine }).strict().optional() })
  .strict();
const PassFile = z.record(z.string(), PassEntry);

export type RealSource = z.infer<typeof SourceSchema>;

/** A built case: the golden line plus the fields this set adds (ignored by the golden schema). */
export interface RealCase extends GoldenCase {
  split: Split;
  source: RealSource;
}

/** One case's two scores, for the agreement figures. */
export interface ScorePair {
  id: string;
  split: Split;
  section: string;
  a: number;
  b: number;
}

export interface RealBuild {
  cases: RealCase[];
  /** Pass A against pass B; empty when pass-b.yaml does not exist yet. */
  pairs: ScorePair[];
  /** Cases whose passes differ by more than one point and have no `final` in pass-a.yaml. */
  pending: ScorePair[];
  problems: string[];
}

function readYaml(file: string): unknown {
  return parse(readFileSync(join(REAL_DIR, file), 'utf8'), { maxAliasCount: -1 });
}

/** The files of one kind (`cases`, `pass-a`, `pass-b`): the base file and any `<kind>-<batch>.yaml`, in name order. */
function filesOf(kind: string): string[] {
  const pattern = new RegExp(`^${kind}(-[a-z0-9-]+)?\\.yaml$`);
  return readdirSync(REAL_DIR)
    .filter((f) => pattern.test(f))
    .sort();
}

/** Merges the pass files of one kind; an id scored in two files is a problem. */
function readPasses(kind: 'pass-a' | 'pass-b', problems: string[]): z.infer<typeof PassFile> | undefined {
  const files = filesOf(kind);
  if (!files.length) return undefined;
  const merged: z.infer<typeof PassFile> = {};
  for (const f of files) {
    for (const [id, entry] of Object.entries(PassFile.parse(readYaml(f)))) {
      if (merged[id]) problems.push(`${f}: "${id}" is already scored in another ${kind} file`);
      merged[id] = entry;
    }
  }
  return merged;
}

/** Builds the set from the YAML in this folder; never throws on bad content, it reports it. */
export function loadRealSet(builtInIds: ReadonlySet<string>, otherSetIds: ReadonlySet<string>): RealBuild {
  const problems: string[] = [];
  const prompts = z.array(PromptEntry).parse(readYaml('prompts.yaml'));
  const entries = filesOf('cases').flatMap((f) => z.array(CaseEntry).parse(readYaml(f)));
  const passA = readPasses('pass-a', problems) ?? {};
  const passB = readPasses('pass-b', problems);

  const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));
  for (const p of prompts) {
    if (builtInIds.has(p.id)) problems.push(`prompt ${p.id}: collides with a built-in prompt`);
    if (otherSetIds.has(p.id)) problems.push(`prompt ${p.id}: already used by another golden set`);
  }

  const cases: RealCase[] = [];
  const pairs: ScorePair[] = [];
  const pending: ScorePair[] = [];
  const splitOfUrl = new Map<string, Split>();
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`duplicate case id "${e.id}"`);
    seen.add(e.id);
    const prompt = byKey.get(e.prompt);
    if (!prompt) {
      problems.push(`${e.id}: unknown prompt key "${e.prompt}"`);
      continue;
    }
    const firstSplit = splitOfUrl.get(e.source.url);
    if (firstSplit && firstSplit !== e.split) problems.push(`${e.id}: source ${e.source.url} is in both splits`);
    splitOfUrl.set(e.source.url, e.split);
    const a = passA[e.id];
    if (!a) {
      problems.push(`${e.id}: no pass A score`);
      continue;
    }
    let score = a.final?.score ?? a.score;
    const b = passB?.[e.id];
    if (passB && !b) problems.push(`${e.id}: no pass B score`);
    if (b) {
      const pair = { id: e.id, split: e.split, section: e.section, a: a.score, b: b.score };
      pairs.push(pair);
      if (Math.abs(a.score - b.score) > 1 && !a.final) pending.push(pair);
      if (Math.abs(a.score - b.score) <= 1) score = a.score;
    }
    const line = { id: e.id, prompt, section: e.section, answer: e.answer.trimEnd(), score, kind: 'normal' as const };
    const parsed = GoldenCaseSchema.safeParse(line);
    if (!parsed.success) problems.push(`${e.id}: ${parsed.error.message}`);
    else cases.push({ ...parsed.data, split: e.split, source: e.source });
  }
  for (const id of Object.keys(passA)) if (!seen.has(id)) problems.push(`pass-a.yaml: "${id}" is not a case`);
  for (const id of Object.keys(passB ?? {})) if (!seen.has(id)) problems.push(`pass-b.yaml: "${id}" is not a case`);
  return { cases, pairs, pending, problems };
}

/** The JSONL line for a case: the golden fields in their documented order, then split and source. */
export function realLine(c: RealCase): string {
  const { id, prompt, section, answer, score, kind, split, source } = c;
  return JSON.stringify({ id, prompt, section, answer, score, kind, split, source });
}
