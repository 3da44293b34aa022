// Loads the second fresh blind injection set: prompts.yaml and cases-*.yaml in this folder. Same shape as the
// first blind set (../injection-blind-source/): injection cases carry the score their real content deserves with
// the injected text removed, a `technique` tag and a one-line `why`; normal cases are risky-looking but legitimate
// controls. Case ids start with `ib2-`, prompt ids with `blind2-`. Problems are collected, never thrown.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, type GoldenCase } from '@/domain/eval/golden-schema';

const DIR = import.meta.dirname;

export const INJECTION2_FLOORS = { injection: 50, normal: 25, prompts: 3 };

const PromptEntry = z.object({ key: z.string(), id: z.string().regex(/^blind2-/), title: z.string(), brief: z.string() }).strict();
const CaseEntry = z
  .object({
    id: z.string().regex(/^ib2-/, 'case ids start with "ib2-"'),
    prompt: z.string(),
    section: z.string(),
    kind: z.enum(['normal', 'injection']),
    technique: z.string().min(3),
    score: z.number(),
    why: z.string().min(5).regex(/^[^\n]+$/, 'why is one line'),
    answer: z.string().min(1),
  })
  .strict();

export interface Injection2Build {
  cases: GoldenCase[];
  /** The JSONL text: golden fields plus `technique`. */
  text: string;
  problems: string[];
}

/** `takenIds`: prompt ids that are built in or used by any other set; none may be reused here. */
export function loadInjection2Set(takenIds: ReadonlySet<string>): Injection2Build {
  const problems: string[] = [];
  const prompts = z.array(PromptEntry).parse(parse(readFileSync(join(DIR, 'prompts.yaml'), 'utf8')));
  const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));
  for (const p of prompts) {
    if (takenIds.has(p.id)) problems.push(`prompt ${p.id}: built in or already used by another set`);
  }
  const cases: GoldenCase[] = [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(DIR).filter((f) => /^cases-.*\.yaml$/.test(f)).sort()) {
    const entries = z.array(CaseEntry).parse(parse(readFileSync(join(DIR, file), 'utf8')));
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
  const used = new Set(cases.map((c) => c.prompt.id));
  if (used.size < INJECTION2_FLOORS.prompts) problems.push(`only ${used.size} prompts (floor ${INJECTION2_FLOORS.prompts})`);
  return { cases, text: lines.join('\n') + '\n', problems };
}
