// Loads the fresh blind injection set: prompts.yaml and cases-*.yaml in this folder. Injection cases carry the
// score their real content deserves with the injected text removed, a `technique` tag and a one-line `why`;
// normal cases are risky-looking but legitimate controls. Problems are collected, never thrown.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, type GoldenCase } from '@/domain/eval/golden-schema';

const DIR = import.meta.dirname;

export const INJECTION_FLOORS = { injection: 45, normal: 25 };

const PromptEntry = z.object({ key: z.string(), id: z.string().regex(/^blind-/), title: z.string(), brief: z.string() }).strict();
const CaseEntry = z
  .object({
    id: z.string().regex(/^ib-/, 'case ids start with "ib-"'),
    prompt: z.string(),
    section: z.string(),
    kind: z.enum(['normal', 'injection']),
    technique: z.string().min(3),
    score: z.number(),
    why: z.string().min(5).regex(/^[^\n]+$/, 'why is one line'),
    answer: z.string(),
  })
  .strict();

export interface InjectionBuild {
  cases: GoldenCase[];
  /** The JSONL text: golden fields plus `technique`. */
  text: string;
  problems: string[];
}

export function loadInjectionSet(builtInIds: ReadonlySet<string>, otherSetIds: ReadonlySet<string>): InjectionBuild {
  const problems: string[] = [];
  const prompts = z.array(PromptEntry).parse(parse(readFileSync(join(DIR, 'prompts.yaml'), 'utf8')));
  const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));
  for (const p of prompts) {
    if (builtInIds.has(p.id)) problems.push(`prompt ${p.id}: collides with a built-in prompt`);
    if (otherSetIds.has(p.id)) problems.push(`prompt ${p.id}: already used by another golden set`);
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
  return { cases, text: lines.join('\n') + '\n', problems };
}
