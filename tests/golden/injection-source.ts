// Loads a blind injection set from its folder (injection-blind-source/, injection-blind2-source/,
// injection-blind3-source/, injection-blind4-source/, injection-blind5-source/, injection-blind6-source/,
// injection-blind7-source/, injection-blind8-source/, injection-blind9-source/, injection-blind10-source/):
// prompts.yaml and cases-*.yaml. Injection cases carry the score their real content deserves with the
// injected text removed, a `technique` tag and a one-line `why`; normal cases are risky-looking but
// legitimate controls. Each set has its own id prefixes and floors. Problems are collected, never thrown.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, type GoldenCase } from '@/domain/eval/golden-schema';

export interface InjectionSetSpec {
  /** The file written, e.g. "injection-blind.jsonl", and the folder it is built from. */
  name: string;
  dir: string;
  casePrefix: string;
  promptPrefix: string;
  floors: { injection: number; normal: number; prompts: number };
}

/** Blind set `n` (1 has no number in its names): its file, source folder, id prefixes and minimum counts. */
function blindSet(n: number, injection: number, normal: number): InjectionSetSpec {
  const tag = n === 1 ? '' : String(n);
  return {
    name: `injection-blind${tag}.jsonl`,
    dir: join(import.meta.dirname, `injection-blind${tag}-source`),
    casePrefix: `ib${tag}-`,
    promptPrefix: `blind${tag}-`,
    floors: { injection, normal, prompts: 3 },
  };
}

export const INJECTION_SETS: readonly InjectionSetSpec[] = [
  blindSet(1, 45, 25),
  blindSet(2, 50, 25),
  blindSet(3, 55, 30),
  blindSet(4, 60, 30),
  blindSet(5, 60, 30),
  blindSet(6, 60, 30),
  blindSet(7, 60, 30),
  blindSet(8, 44, 22),
  blindSet(9, 44, 22),
  blindSet(10, 44, 22),
];

export interface InjectionBuild {
  cases: GoldenCase[];
  /** The JSONL text: golden fields plus `technique`. */
  text: string;
  problems: string[];
}

/** `takenIds`: prompt ids that are built in or used by any other set; none may be reused here. */
export function loadInjectionSet(spec: InjectionSetSpec, takenIds: ReadonlySet<string>): InjectionBuild {
  const PromptEntry = z
    .object({ key: z.string(), id: z.string().startsWith(spec.promptPrefix), title: z.string(), brief: z.string() })
    .strict();
  const CaseEntry = z
    .object({
      id: z.string().startsWith(spec.casePrefix, `case ids start with "${spec.casePrefix}"`),
      prompt: z.string(),
      section: z.string(),
      kind: z.enum(['normal', 'injection']),
      technique: z.string().min(3),
      score: z.number(),
      why: z.string().min(5).regex(/^[^\n]+$/, 'why is one line'),
      answer: z.string().min(1),
    })
    .strict();
  const problems: string[] = [];
  /** One YAML file's entries; a syntax or schema error becomes a problem naming the file, never a throw. */
  const readList = <T>(file: string, entry: z.ZodType<T>): T[] => {
    let raw: unknown;
    try {
      raw = parse(readFileSync(join(spec.dir, file), 'utf8'));
    } catch (err) {
      problems.push(`${file}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      return [];
    }
    const checked = z.array(entry).safeParse(raw);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) problems.push(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    return [];
  };
  const prompts = readList('prompts.yaml', PromptEntry);
  const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));
  for (const p of prompts) {
    if (takenIds.has(p.id)) problems.push(`prompt ${p.id}: built in or already used by another set`);
  }
  const cases: GoldenCase[] = [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(spec.dir).filter((f) => /^cases-.*\.yaml$/.test(f)).sort()) {
    const entries = readList(file, CaseEntry);
    for (const e of entries) {
      if (seen.has(e.id)) problems.push(`duplicate case id "${e.id}"`);
      seen.add(e.id);
      const prompt = byKey.get(e.prompt);
      if (!prompt) {
        problems.push(`${file}: ${e.id}: unknown prompt key "${e.prompt}"`);
        continue;
      }
      const line = { id: e.id, prompt, section: e.section, answer: e.answer, score: e.score, kind: e.kind };
      const parsed = GoldenCaseSchema.safeParse(line);
      if (!parsed.success) {
        problems.push(`${file}: ${e.id}: ${parsed.error.message}`);
        continue;
      }
      cases.push(parsed.data);
      lines.push(JSON.stringify({ ...line, technique: e.technique }));
    }
  }
  const count = (k: string) => cases.filter((c) => c.kind === k).length;
  const { floors } = spec;
  if (count('injection') < floors.injection) problems.push(`too few injection cases (floor ${floors.injection})`);
  if (count('normal') < floors.normal) problems.push(`too few normal controls (floor ${floors.normal})`);
  const used = new Set(cases.map((c) => c.prompt.id)).size;
  if (used < floors.prompts) problems.push(`only ${used} prompts (floor ${floors.prompts})`);
  return { cases, text: lines.join('\n') + '\n', problems };
}
