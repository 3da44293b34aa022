// `npx tsx tests/golden/build-real.ts` rebuilds the eleven sets written blind to the grader:
//   real.jsonl             real, human-written design prose (real-source/), scored in two blind passes;
//   injection-blind.jsonl  fresh injection cases and risky-looking controls (injection-blind-source/);
//   injection-blind2.jsonl a second such set, written after the injection rework (injection-blind2-source/);
//   injection-blind3.jsonl a third, written while the detector was reworked on the first two (injection-blind3-source/);
//   injection-blind4.jsonl a fourth, written while the detector was tuned on the first three (injection-blind4-source/);
//   injection-blind5.jsonl a fifth, written while the detector was tuned on the first four (injection-blind5-source/);
//   injection-blind6.jsonl a sixth, written while the detector was tuned on the first five (injection-blind6-source/);
//   injection-blind7.jsonl a seventh, written while the detector was tuned on the first six (injection-blind7-source/);
//   injection-blind8.jsonl an eighth, written after offline grader 1.11.0 (injection-blind8-source/);
//   injection-blind9.jsonl a ninth, written after offline grader 1.12.0 (injection-blind9-source/);
//   injection-blind10.jsonl a tenth, written after offline grader 1.13.0 (injection-blind10-source/).
// It validates every case, prints the distributions and the pass A / pass B agreement (also written to
// real-source/AGREEMENT.md once pass-b.yaml exists) and lists cases awaiting adjudication.
// `--check` writes nothing and exits 1 if a file is out of date or a check fails.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldenJsonl, SPLITS, type GoldenCase } from '@/domain/eval/golden-schema';
import { SECTION_IDS } from '@/domain/sections';
import { writeOrCheck } from './golden-source';
import { agreementMarkdown } from './real-source/agreement';
import { loadRealSet, realLine, REAL_DIR } from './real-source/real-source';
import { INJECTION_SETS, loadInjectionSet } from './injection-source';

const DIR = import.meta.dirname;
const ROOT = join(DIR, '..', '..');
const REAL_FLOORS = { cases: 100, prompts: 10 };

const builtIn = new Set(
  readdirSync(join(ROOT, 'prompts'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => /^id:\s*(\S+)/m.exec(readFileSync(join(ROOT, 'prompts', f), 'utf8'))?.[1] ?? f.replace(/\.md$/, '')),
);
const otherSetPromptIds = new Set(
  ['golden.jsonl', 'holdout.jsonl', 'holdout2.jsonl']
    .filter((f) => existsSync(join(DIR, f)))
    .flatMap((f) => parseGoldenJsonl(readFileSync(join(DIR, f), 'utf8')).cases.map((c) => c.prompt.id)),
);

const pad = (v: string | number, n: number) => String(v).padStart(n);
function table(cases: readonly GoldenCase[], extra: { name: string; of: (c: GoldenCase) => boolean }): void {
  console.log(`${'section'.padEnd(11)}${[0, 1, 2, 3, 4].map((s) => pad(s, 4)).join('')}  cases  ${extra.name}`);
  for (const s of [...SECTION_IDS, 'all']) {
    const sub = s === 'all' ? cases : cases.filter((c) => c.section === s);
    const row = [0, 1, 2, 3, 4].map((v) => pad(sub.filter((c) => c.score === v).length, 4)).join('');
    console.log(`${s.padEnd(11)}${row}  ${pad(sub.length, 5)}  ${pad(sub.filter(extra.of).length, extra.name.length)}`);
  }
}

const problems: string[] = [];

// The real-prose set.
const real = loadRealSet(builtIn, otherSetPromptIds);
problems.push(...real.problems.map((p) => `real: ${p}`));
const realPrompts = new Set(real.cases.map((c) => c.prompt.id));
const sources = new Set(real.cases.map((c) => c.source.url));
if (real.cases.length < REAL_FLOORS.cases) problems.push(`real: only ${real.cases.length} cases (floor ${REAL_FLOORS.cases})`);
if (realPrompts.size < REAL_FLOORS.prompts) problems.push(`real: only ${realPrompts.size} prompts (floor ${REAL_FLOORS.prompts})`);
console.log(`real.jsonl: ${real.cases.length} cases, ${realPrompts.size} prompts, ${sources.size} sources`);
table(real.cases, { name: 'test', of: (c) => (c as (typeof real.cases)[number]).split === 'test' });
for (const split of SPLITS) {
  const sub = real.cases.filter((c) => c.split === split);
  const by = [0, 1, 2, 3, 4].map((v) => sub.filter((c) => c.score === v).length).join(', ');
  console.log(`${split}: ${sub.length} cases from ${new Set(sub.map((c) => c.source.url)).size} sources, by score ${by}`);
}
if (real.pairs.length) {
  const md = agreementMarkdown(real.pairs);
  const lines = md.split('\n');
  const head = lines.findIndex((l) => l.startsWith('| Part'));
  console.log(lines.slice(head, head + 3 + SPLITS.length).join('\n')); // header, rule, all, one row per split
  writeOrCheck(join(REAL_DIR, 'AGREEMENT.md'), md, 'npx tsx tests/golden/build-real.ts');
} else {
  console.log('pass-b.yaml not found: agreement not computed yet');
}
for (const p of real.pending) {
  problems.push(`real: ${p.id} needs adjudication (pass A ${p.a}, pass B ${p.b}); record final in pass-a.yaml`);
}

// The blind injection sets: each one's prompts must be new to every other set, earlier blind sets included.
const taken = new Set([...builtIn, ...otherSetPromptIds, ...real.cases.map((c) => c.prompt.id)]);
const injectionSets = INJECTION_SETS.map((spec) => {
  const set = loadInjectionSet(spec, taken);
  for (const c of set.cases) taken.add(c.prompt.id);
  const stem = spec.name.replace(/\.jsonl$/, '');
  problems.push(...set.problems.map((p) => `${stem}: ${p}`));
  const kinds = (k: string) => set.cases.filter((c) => c.kind === k).length;
  console.log(`\n${spec.name}: ${set.cases.length} cases, ${kinds('injection')} injection, ${kinds('normal')} normal`);
  table(set.cases, { name: 'inj', of: (c) => c.kind === 'injection' });
  return { spec, set };
});

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
writeOrCheck(join(DIR, 'real.jsonl'), real.cases.map(realLine).join('\n') + '\n', 'npx tsx tests/golden/build-real.ts');
for (const { spec, set } of injectionSets) {
  writeOrCheck(join(DIR, spec.name), set.text, 'npx tsx tests/golden/build-real.ts');
}
