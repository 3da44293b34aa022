// `npx tsx tests/golden/build-gaming.ts` rewrites gaming.jsonl from the current rubrics/, prompts/ and
// golden set (see gaming-cases.ts); `--check` only verifies that gaming.jsonl is up to date (exit 1 if not).
import { join } from 'node:path';
import { loadContentFromDisk } from '@/lib/node/content-files';
import { buildGamingCases } from './gaming-cases';
import { GOLDEN_DIR, loadGoldenSource, toJsonl, writeOrCheck } from './golden-source';

export const GAMING_JSONL = join(GOLDEN_DIR, 'gaming.jsonl');

const cases = buildGamingCases(loadContentFromDisk(), loadGoldenSource());
const byKind = new Map<string, number>();
for (const c of cases) {
  const kind = c.id.startsWith('gaming-other-prompt-') ? 'other-prompt' : c.id.replace(`gaming-${c.section}-`, '');
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
}
console.log(`${cases.length} gaming cases: ${[...byKind].map(([k, n]) => `${k}=${n}`).join(' ')}`);
writeOrCheck(GAMING_JSONL, toJsonl(cases), 'npx tsx tests/golden/build-gaming.ts');
