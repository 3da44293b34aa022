// Output-identity check for the offline grader: grades every case of every tests/golden/*.jsonl set
// with gradeSectionOffline (inputs built as the eval harness builds them), the offline bench's
// eleven-section answer with gradeAllOffline, and runs detectInjection on every case text and on the
// detector bench's hostile inputs; writes all results as one deterministic JSON (keys sorted).
// Usage: npx tsx tests/tools/grader-snapshot.ts /tmp/before.json
//        (change the grader) npx tsx tests/tools/grader-snapshot.ts /tmp/after.json
//        cmp /tmp/before.json /tmp/after.json   # must print nothing
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathologicalInputs } from '@/cli/bench-injection';
import { benchInput } from '@/cli/bench-offline';
import { buildSectionInput } from '@/cli/eval-run';
import { parseGoldenJsonl } from '@/domain/eval/golden-schema';
import { detectInjection } from '@/domain/injection';
import { gradeAllOffline, gradeSectionOffline } from '@/domain/offline-grader/grade-section';
import { loadContentFromDisk } from '@/lib/node/content-files';

const ROOT = resolve(import.meta.dirname, '../..');
const GOLDEN = join(ROOT, 'tests/golden');

/** JSON with object keys sorted at every level, so the file only changes when a value does. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  return value;
}

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx tests/tools/grader-snapshot.ts <output.json>');
const content = loadContentFromDisk(ROOT);
const sets: Record<string, unknown[]> = {};
for (const file of readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const { cases, problems } = parseGoldenJsonl(readFileSync(join(GOLDEN, file), 'utf8'));
  sets[file] = [
    ...problems.map((p) => ({ problem: p })),
    ...cases.map((c) => {
      const input = buildSectionInput(c, content);
      return {
        id: c.id,
        detector: detectInjection(c.answer),
        grade: typeof input === 'string' ? { error: input } : gradeSectionOffline(input),
      };
    }),
  ];
}
const bench = gradeAllOffline(benchInput(content.rubrics, content.prompts));
const hostile = pathologicalInputs().map(([name, text]) => ({ name, detector: detectInjection(text) }));
writeFileSync(out, JSON.stringify(stable({ sets, bench, hostile }), null, 1) + '\n');
console.log(`wrote ${out}: ${Object.values(sets).reduce((n, s) => n + s.length, 0)} cases`);
