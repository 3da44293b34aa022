// Grades real.jsonl offline and reports agreement per collection batch ("fold"): the train and dev cases of
// cases.yaml, fresh-a+b and fresh-c+d. The batch of a case is read from the YAML file that holds it, so a batch
// added later (cases-fresh-<x>.yaml) shows up as its own fold. Used to check that a rule tuned on some batches
// does not hurt the others.
//
//   npx tsx tests/golden/real-folds.ts                 # table per fold and pooled
//   npx tsx tests/golden/real-folds.ts --dump out.json # also write {id: [human, offline]} for case-by-case diffs
//   npx tsx tests/golden/real-folds.ts --by-section    # also mean grader score minus mean label per section and fold
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSectionInput } from '@/cli/eval-run';
import { parseGoldenJsonl } from '@/domain/eval/golden-schema';
import { exact, meanDifference, quadraticWeightedKappa, withinOne, type Pair } from '@/domain/eval/metrics';
import { gradeSectionOffline } from '@/domain/offline-grader/grade-section';
import { SECTION_IDS } from '@/domain/sections';
import { loadContentFromDisk } from '@/lib/node/content-files';
import { REAL_DIR } from './real-source/real-source';

/** id -> fold name: `train`/`dev` for cases.yaml, the pair of letters for cases-fresh-<x>.yaml (a+b -> "ab"). */
export function foldsById(dir = REAL_DIR): Map<string, string> {
  const folds = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => /^cases(-fresh-[a-z])?\.yaml$/.test(f))) {
    const entries = parse(readFileSync(join(dir, file), 'utf8')) as { id: string; split: string }[];
    const letter = /fresh-([a-z])/.exec(file)?.[1];
    // Fresh batches were collected in pairs (a+b, c+d, ...): pair them by letter.
    const fold = letter ? pairName(letter) : null;
    for (const e of entries) folds.set(e.id, fold ?? e.split);
  }
  return folds;
}

function pairName(letter: string): string {
  const i = letter.charCodeAt(0) - 97;
  const first = i - (i % 2);
  return `fresh-${String.fromCharCode(97 + first)}${String.fromCharCode(98 + first)}`;
}

function main(argv: string[]) {
  const dump = argv.includes('--dump') ? argv[argv.indexOf('--dump') + 1] : undefined;
  const bySection = new Map<string, Pair[]>();
  const { cases } = parseGoldenJsonl(readFileSync(join(REAL_DIR, '..', 'real.jsonl'), 'utf8'));
  const content = loadContentFromDisk();
  const folds = foldsById();
  const pairs = new Map<string, Pair[]>();
  const out: Record<string, [number, number]> = {};
  for (const c of cases) {
    const input = buildSectionInput(c, content);
    if (typeof input === 'string') throw new Error(input);
    const got = gradeSectionOffline(input).score;
    const fold = folds.get(c.id) ?? 'unknown';
    for (const key of [fold, 'pooled']) pairs.set(key, [...(pairs.get(key) ?? []), { label: c.score, predicted: got }]);
    out[c.id] = [c.score, got];
    for (const key of [`${c.section} ${fold}`, `${c.section} pooled`])
      bySection.set(key, [...(bySection.get(key) ?? []), { label: c.score, predicted: got }]);
  }
  const rows = [...pairs].sort(([a], [b]) => (a === 'pooled' ? 1 : b === 'pooled' ? -1 : a.localeCompare(b)));
  console.log('fold        n   exact  within  qwk    mean');
  for (const [fold, ps] of rows) {
    const f = (x: number) => x.toFixed(3);
    console.log(
      `${fold.padEnd(10)} ${String(ps.length).padStart(3)}  ${f(exact(ps))}  ${f(withinOne(ps))}  ${f(quadraticWeightedKappa(ps))}  ${meanDifference(ps).toFixed(2)}`,
    );
  }
  if (argv.includes('--by-section')) printBySection(bySection, rows.map(([fold]) => fold));
  if (dump) writeFileSync(dump, JSON.stringify(out, null, 1));
}

/** Per section, the mean grader score minus the mean label in each fold (n in brackets): a bias shared by folds. */
function printBySection(bySection: Map<string, Pair[]>, folds: string[]) {
  console.log(`\nsection     ${folds.map((f) => f.padStart(12)).join('')}`);
  for (const section of SECTION_IDS) {
    const cells = folds.map((fold) => {
      const ps = bySection.get(`${section} ${fold}`);
      return (ps ? `${meanDifference(ps) >= 0 ? '+' : ''}${meanDifference(ps).toFixed(2)} (${ps.length})` : '-').padStart(12);
    });
    console.log(`${section.padEnd(11)} ${cells.join('')}`);
  }
}

main(process.argv.slice(2));
