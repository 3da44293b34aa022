// `npx tsx tests/golden/split.ts [set.jsonl] [outDir]`: splits the golden set by prompt into a TRAIN
// part (used to diagnose and fit the offline grader) and a TEST part (looked at only to confirm that a
// change generalises). Splitting by prompt, not by case, keeps the answers to one brief on one side,
// so vocabulary learnt from a brief cannot leak into the numbers that judge it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoldenJsonl, type GoldenCase } from '@/domain/eval/golden-schema';
import { GOLDEN_JSONL } from './golden-source';

export const TRAIN_PROMPTS: readonly string[] = [
  'internal-knowledge-assistant',
  'legal-rag',
  'ai-email-agent',
  'ext-clinic-visit-notes',
];
export const TEST_PROMPTS: readonly string[] = [
  'support-chatbot-hallucinations',
  'ext-freight-invoice-extraction',
  'ext-code-review-bot',
];

/** The cases of each part, in set order; cases of any other prompt belong to neither. */
export function splitByPrompt(cases: readonly GoldenCase[]): { train: GoldenCase[]; test: GoldenCase[] } {
  return {
    train: cases.filter((c) => TRAIN_PROMPTS.includes(c.prompt.id)),
    test: cases.filter((c) => TEST_PROMPTS.includes(c.prompt.id)),
  };
}

const toJsonl = (cases: readonly GoldenCase[]) => cases.map((c) => JSON.stringify(c)).join('\n') + '\n';

if (import.meta.main) {
  const set = process.argv[2] ?? GOLDEN_JSONL;
  const outDir = process.argv[3] ?? '/tmp';
  const { cases, problems } = parseGoldenJsonl(readFileSync(set, 'utf8'));
  if (problems.length) console.warn(`${problems.length} line(s) skipped in ${set}`);
  const { train, test } = splitByPrompt(cases);
  const rest = cases.length - train.length - test.length;
  writeFileSync(join(outDir, 'golden-train.jsonl'), toJsonl(train));
  writeFileSync(join(outDir, 'golden-test.jsonl'), toJsonl(test));
  console.log(
    `train ${train.length} cases -> ${join(outDir, 'golden-train.jsonl')}, test ${test.length} cases -> ${join(outDir, 'golden-test.jsonl')}` +
      (rest ? `, ${rest} case(s) of other prompts left out` : ''),
  );
}
