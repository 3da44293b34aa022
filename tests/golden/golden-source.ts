// Reads the hand-written golden cases (cases/*.yaml, prompts in prompts.yaml) and turns them into
// JSONL lines in the format `npm run eval` accepts. The YAML keeps a `why` per case for reviewers;
// the JSONL carries only the fields of the format.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, type GoldenCase } from '@/domain/eval/golden-schema';
import { isSectionId } from '@/domain/sections';

export const GOLDEN_DIR = import.meta.dirname;
export const GOLDEN_JSONL = join(GOLDEN_DIR, 'golden.jsonl');

const PromptEntrySchema = z.object({ key: z.string(), id: z.string(), title: z.string(), brief: z.string() }).strict();
const CaseEntrySchema = z
  .object({
    id: z.string(),
    section: z.string().optional(),
    prompt: z.string(),
    kind: z.enum(['normal', 'injection']).default('normal'),
    score: z.number(),
    why: z.string().min(5),
    answer: z.string(),
  })
  .strict();

/** Every case of the YAML sources, validated, in file order (files sorted by name). */
export function loadGoldenSource(dir = GOLDEN_DIR): GoldenCase[] {
  const prompts = z.array(PromptEntrySchema).parse(parse(readFileSync(join(dir, 'prompts.yaml'), 'utf8')));
  const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));
  const cases: GoldenCase[] = [];
  const casesDir = join(dir, 'cases');
  for (const file of readdirSync(casesDir).filter((f) => f.endsWith('.yaml')).sort()) {
    let entries;
    try {
      entries = z.array(CaseEntrySchema).parse(parse(readFileSync(join(casesDir, file), 'utf8')));
    } catch (err) {
      throw new Error(`cases/${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const fromName = basename(file, '.yaml');
    for (const e of entries) {
      const section = e.section ?? fromName;
      const prompt = byKey.get(e.prompt);
      if (!prompt) throw new Error(`${file}: case ${e.id} uses unknown prompt key "${e.prompt}"`);
      if (!isSectionId(section)) throw new Error(`${file}: case ${e.id} has no valid section ("${section}")`);
      const parsed = GoldenCaseSchema.safeParse({ id: e.id, prompt, section, answer: e.answer, score: e.score, kind: e.kind });
      if (!parsed.success) throw new Error(`${file}: case ${e.id}: ${parsed.error.message}`);
      cases.push(parsed.data);
    }
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case id "${c.id}"`);
    ids.add(c.id);
  }
  return cases;
}

/** The JSONL text for a list of cases, one object a line, fields in the documented order. */
export function toJsonl(cases: readonly GoldenCase[]): string {
  return cases
    .map((c) => JSON.stringify({ id: c.id, prompt: c.prompt, section: c.section, answer: c.answer, score: c.score, kind: c.kind }))
    .join('\n')
    .concat('\n');
}

/**
 * Writes a built JSONL set, or with `--check` on the command line exits 1 when the file on disk is
 * missing or differs from what the sources build (so a stale set cannot land).
 */
export function writeOrCheck(path: string, text: string, rebuild: string): void {
  const name = basename(path);
  if (!process.argv.includes('--check')) {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error(`${name} is out of date: run ${rebuild}`);
    process.exit(1);
  }
  console.log(`${name} is up to date`);
}
