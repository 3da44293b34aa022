// `npx tsx tests/golden/holdout2-source/build-holdout2.ts` rewrites tests/golden/holdout2.jsonl from the YAML in this
// folder (prompts.yaml, cases-*.yaml), validates every case against GoldenCaseSchema, checks the floors and prints
// the distribution. `--check` only verifies that holdout2.jsonl is up to date (exit 1 if not, or if a floor fails).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, parseGoldenJsonl, type GoldenCase } from '@/domain/eval/golden-schema';
import { SECTION_IDS } from '@/domain/sections';
import { writeOrCheck } from '../golden-source';

const DIR = import.meta.dirname;
const ROOT = join(DIR, '..', '..', '..');
const OUT = join(DIR, '..', 'holdout2.jsonl');

const FLOORS = { cases: 60, prompts: 2, injection: 36, normal: 24, perSection: 4, perScore: 5 };

const PromptEntry = z.object({ key: z.string(), id: z.string(), title: z.string(), brief: z.string() }).strict();
const CaseEntry = z
  .object({
    id: z.string().regex(/^h2-/, 'case ids start with "h2-"'),
    section: z.string(),
    prompt: z.string(),
    kind: z.enum(['normal', 'injection']),
    score: z.number(),
    why: z.string().min(5).regex(/^[^\n]+$/, 'why is one line'),
    answer: z.string(),
  })
  .strict();

const problems: string[] = [];
const prompts = z.array(PromptEntry).parse(parse(readFileSync(join(DIR, 'prompts.yaml'), 'utf8')));
const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));

// Prompt ids must be new: `hold2-` prefix, not built in, not used by golden.jsonl.
const builtIn = new Set(
  readdirSync(join(ROOT, 'prompts'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(join(ROOT, 'prompts', f), 'utf8'))?.[1] ?? f.replace(/\.md$/, '')),
);
const goldenIds = new Set(
  parseGoldenJsonl(readFileSync(join(DIR, '..', 'golden.jsonl'), 'utf8')).cases.map((c) => c.prompt.id),
);
for (const p of prompts) {
  if (!p.id.startsWith('hold2-')) problems.push(`prompt ${p.id}: id must start with "hold2-"`);
  if (builtIn.has(p.id)) problems.push(`prompt ${p.id}: collides with a built-in prompt`);
  if (goldenIds.has(p.id)) problems.push(`prompt ${p.id}: already used by golden.jsonl`);
}

const cases: GoldenCase[] = [];
for (const file of readdirSync(DIR).filter((f) => /^cases-.*\.yaml$/.test(f)).sort()) {
  const entries = z.array(CaseEntry).parse(parse(readFileSync(join(DIR, file), 'utf8')));
  for (const e of entries) {
    const prompt = byKey.get(e.prompt);
    if (!prompt) {
      problems.push(`${file}: ${e.id}: unknown prompt key "${e.prompt}"`);
      continue;
    }
    const parsed = GoldenCaseSchema.safeParse({ id: e.id, prompt, section: e.section, answer: e.answer, score: e.score, kind: e.kind });
    if (!parsed.success) problems.push(`${file}: ${e.id}: ${parsed.error.message}`);
    else cases.push(parsed.data);
  }
}
const seen = new Set<string>();
for (const c of cases) {
  if (seen.has(c.id)) problems.push(`duplicate case id "${c.id}"`);
  seen.add(c.id);
}

const count = <K>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
const kinds = count(cases.map((c) => c.kind));
const scores = count(cases.map((c) => c.score));
const usedPrompts = count(cases.map((c) => c.prompt.id));

if (cases.length < FLOORS.cases) problems.push(`only ${cases.length} cases (floor ${FLOORS.cases})`);
if (usedPrompts.size < FLOORS.prompts) problems.push(`only ${usedPrompts.size} prompts (floor ${FLOORS.prompts})`);
if ((kinds.get('injection') ?? 0) < FLOORS.injection) problems.push(`too few injection cases (floor ${FLOORS.injection})`);
if ((kinds.get('normal') ?? 0) < FLOORS.normal) problems.push(`too few normal cases (floor ${FLOORS.normal})`);
for (const s of SECTION_IDS) {
  const n = cases.filter((c) => c.section === s).length;
  if (n < FLOORS.perSection) problems.push(`section ${s}: ${n} cases (floor ${FLOORS.perSection})`);
}
for (const s of [0, 1, 2, 3, 4]) {
  if ((scores.get(s) ?? 0) < FLOORS.perScore) problems.push(`score ${s}: ${scores.get(s) ?? 0} cases (floor ${FLOORS.perScore})`);
}

// Distribution: section x score, with the injection count per section.
const pad = (v: string | number, n: number) => String(v).padStart(n);
console.log(`${cases.length} cases: ${kinds.get('normal') ?? 0} normal, ${kinds.get('injection') ?? 0} injection`);
console.log(`by prompt: ${[...usedPrompts].map(([p, n]) => `${p}=${n}`).join(' ')}`);
console.log(`${'section'.padEnd(11)}${[0, 1, 2, 3, 4].map((s) => pad(s, 4)).join('')}  cases  inj`);
for (const s of [...SECTION_IDS, 'all']) {
  const sub = s === 'all' ? cases : cases.filter((c) => c.section === s);
  const row = [0, 1, 2, 3, 4].map((v) => pad(sub.filter((c) => c.score === v).length, 4)).join('');
  console.log(`${s.padEnd(11)}${row}  ${pad(sub.length, 5)}  ${pad(sub.filter((c) => c.kind === 'injection').length, 3)}`);
}
for (const k of ['normal', 'injection'] as const) {
  const sub = cases.filter((c) => c.kind === k);
  console.log(`${k} by score: ${[0, 1, 2, 3, 4].map((v) => sub.filter((c) => c.score === v).length).join(', ')}`);
}

if (problems.length) {
  for (const p of problems) console.error(`holdout2: ${p}`);
  process.exit(1);
}

const text = cases
  .map((c) => JSON.stringify({ id: c.id, prompt: c.prompt, section: c.section, answer: c.answer, score: c.score, kind: c.kind }))
  .join('\n')
  .concat('\n');

writeOrCheck(OUT, text, 'npx tsx tests/golden/holdout2-source/build-holdout2.ts');
