// `npx tsx tests/golden/holdout-source/build-holdout.ts` rewrites tests/golden/holdout.jsonl from the YAML
// sources in this folder (prompts.yaml, cases-*.yaml) and prints the distribution; `--check` only verifies
// that holdout.jsonl is up to date (exit 1 if not). The held-out set was written blind to the offline grader
// and is never used to tune it. Each case keeps a one-line `why` for reviewers; `why` is not written out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { GoldenCaseSchema, type GoldenCase } from '@/domain/eval/golden-schema';
import { SECTION_IDS, isSectionId } from '@/domain/sections';
import { writeOrCheck } from '../golden-source';

const SOURCE_DIR = import.meta.dirname;
const GOLDEN_DIR = join(SOURCE_DIR, '..');
const ROOT = join(GOLDEN_DIR, '..', '..');
export const HOLDOUT_JSONL = join(GOLDEN_DIR, 'holdout.jsonl');

// Floors the set was written to meet.
const FLOORS = { cases: 90, prompts: 3, perSection: 7, perScore: 14, injection: 20 };

const PromptEntrySchema = z.object({ key: z.string(), id: z.string(), title: z.string(), brief: z.string() }).strict();
const CaseEntrySchema = z
  .object({
    id: z.string().min(1),
    section: z.string(),
    prompt: z.string(),
    kind: z.enum(['normal', 'injection']).default('normal'),
    score: z.number(),
    why: z.string().min(10),
    answer: z.string(),
  })
  .strict();

function loadHoldout(): GoldenCase[] {
  const prompts = z.array(PromptEntrySchema).parse(parse(readFileSync(join(SOURCE_DIR, 'prompts.yaml'), 'utf8')));
  const byKey = new Map(prompts.map((p) => [p.key, { id: p.id, title: p.title, brief: p.brief.trim() }]));
  const cases: GoldenCase[] = [];
  const ids = new Set<string>();
  const files = readdirSync(SOURCE_DIR)
    .filter((f) => /^cases-.*\.yaml$/.test(f))
    .sort();
  for (const file of files) {
    let entries;
    try {
      entries = z.array(CaseEntrySchema).parse(parse(readFileSync(join(SOURCE_DIR, file), 'utf8')));
    } catch (err) {
      throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    for (const e of entries) {
      const prompt = byKey.get(e.prompt);
      if (!prompt) throw new Error(`${file}: case ${e.id} uses unknown prompt key "${e.prompt}"`);
      if (!isSectionId(e.section)) throw new Error(`${file}: case ${e.id} has an invalid section "${e.section}"`);
      if (ids.has(e.id)) throw new Error(`${file}: duplicate case id "${e.id}"`);
      ids.add(e.id);
      const parsed = GoldenCaseSchema.safeParse({
        id: e.id,
        prompt,
        section: e.section,
        answer: e.answer,
        score: e.score,
        kind: e.kind,
      });
      if (!parsed.success) throw new Error(`${file}: case ${e.id}: ${parsed.error.message}`);
      cases.push(parsed.data);
    }
  }
  return cases;
}

/** Prompt ids that must not appear in the held-out set: built-in prompts and those of golden.jsonl. */
function usedPromptIds(): Set<string> {
  const used = new Set<string>();
  for (const f of readdirSync(join(ROOT, 'prompts')).filter((n) => n.endsWith('.md'))) {
    const m = /^id:\s*(\S+)/m.exec(readFileSync(join(ROOT, 'prompts', f), 'utf8'));
    used.add(m?.[1] ?? f.replace(/\.md$/, ''));
  }
  for (const line of readFileSync(join(GOLDEN_DIR, 'golden.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) used.add((JSON.parse(line) as { prompt: { id: string } }).prompt.id);
  }
  return used;
}

function checkFloors(cases: GoldenCase[]): string[] {
  const problems: string[] = [];
  const used = usedPromptIds();
  const promptIds = new Set(cases.map((c) => c.prompt.id));
  for (const p of promptIds) {
    if (!p.startsWith('hold-')) problems.push(`prompt id "${p}" lacks the hold- prefix`);
    if (used.has(p)) problems.push(`prompt id "${p}" is built in or used by golden.jsonl`);
  }
  if (cases.length < FLOORS.cases) problems.push(`${cases.length} cases < ${FLOORS.cases}`);
  if (promptIds.size < FLOORS.prompts) problems.push(`${promptIds.size} prompts < ${FLOORS.prompts}`);
  for (const s of SECTION_IDS) {
    const n = cases.filter((c) => c.section === s).length;
    if (n < FLOORS.perSection) problems.push(`section ${s}: ${n} cases < ${FLOORS.perSection}`);
  }
  for (const score of [0, 1, 2, 3, 4]) {
    const n = cases.filter((c) => c.score === score).length;
    if (n < FLOORS.perScore) problems.push(`score ${score}: ${n} cases < ${FLOORS.perScore}`);
  }
  const inj = cases.filter((c) => c.kind === 'injection').length;
  if (inj < FLOORS.injection) problems.push(`${inj} injection cases < ${FLOORS.injection}`);
  return problems;
}

function toJsonl(cases: readonly GoldenCase[]): string {
  return cases
    .map((c) =>
      JSON.stringify({
        id: c.id,
        prompt: c.prompt,
        section: c.section,
        answer: c.answer,
        score: c.score,
        kind: c.kind,
      }),
    )
    .join('\n')
    .concat('\n');
}

/** The distribution as a Markdown table (sections x scores, plus injection counts). */
function distributionTable(cases: GoldenCase[]): string {
  const row = (name: string, subset: GoldenCase[]) =>
    `| ${name} | ${[0, 1, 2, 3, 4].map((s) => subset.filter((c) => c.score === s).length).join(' | ')} | ${
      subset.length
    } | ${subset.filter((c) => c.kind === 'injection').length} |`;
  const lines = [
    '| Section | 0 | 1 | 2 | 3 | 4 | Cases | Of which injection |',
    '|---|---|---|---|---|---|---|---|',
    ...SECTION_IDS.map((s) =>
      row(
        s,
        cases.filter((c) => c.section === s),
      ),
    ),
    row('**all**', cases),
  ];
  return lines.join('\n');
}

const cases = loadHoldout();
const problems = checkFloors(cases);
const text = toJsonl(cases);
const byKind = (k: string) => cases.filter((c) => c.kind === k);
const scores = (subset: GoldenCase[]) =>
  [0, 1, 2, 3, 4].map((s) => `${s}=${subset.filter((c) => c.score === s).length}`).join(' ');

console.log(
  `${cases.length} cases: ${byKind('normal').length} normal, ${byKind('injection').length} injection`,
);
console.log(`by score: ${scores(cases)}`);
console.log(`normal by score: ${scores(byKind('normal'))}`);
console.log(`injection by score: ${scores(byKind('injection'))}`);
console.log(
  `by prompt: ${[...new Set(cases.map((c) => c.prompt.id))]
    .map((p) => `${p}=${cases.filter((c) => c.prompt.id === p).length}`)
    .join(' ')}`,
);
console.log(distributionTable(cases));

if (problems.length) {
  console.error(`holdout floors not met:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

writeOrCheck(HOLDOUT_JSONL, text, 'npx tsx tests/golden/holdout-source/build-holdout.ts');
