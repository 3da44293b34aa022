// `npx tsx tests/golden/build-golden.ts` rewrites golden.jsonl from the YAML sources and prints the
// distribution; `--check` only verifies that golden.jsonl is up to date (exit 1 if not).
import { SECTION_IDS } from '@/domain/sections';
import { GOLDEN_JSONL, loadGoldenSource, toJsonl, writeOrCheck } from './golden-source';

const cases = loadGoldenSource();
const text = toJsonl(cases);

const count = <K extends string | number>(keys: K[]) =>
  keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
const byScore = count(cases.map((c) => c.score));
const byKind = count(cases.map((c) => c.kind));
const bySection = count(cases.map((c) => c.section));
const byPrompt = count(cases.map((c) => c.prompt.id));
console.log(`${cases.length} cases: ${byKind.get('normal') ?? 0} normal, ${byKind.get('injection') ?? 0} injection`);
console.log(`by score: ${[0, 1, 2, 3, 4].map((s) => `${s}=${byScore.get(s) ?? 0}`).join(' ')}`);
console.log(`by section: ${SECTION_IDS.map((s) => `${s}=${bySection.get(s) ?? 0}`).join(' ')}`);
console.log(`by prompt: ${[...byPrompt].map(([p, n]) => `${p}=${n}`).join(' ')}`);

writeOrCheck(GOLDEN_JSONL, text, 'npx tsx tests/golden/build-golden.ts');
