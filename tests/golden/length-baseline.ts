// `npx tsx tests/golden/length-baseline.ts [set.jsonl]`: how well word count alone predicts the human
// scores. A set where length predicts the score cannot tell a grader that reads from one that counts.
// Prints a fixed rule (1 point per 40 words, capped at 4) and the best of every 3-cut rule, which
// tunes on the set itself and is therefore an upper bound for any length-only grader.
import { readFileSync } from 'node:fs';
import { parseGoldenJsonl } from '@/domain/eval/golden-schema';
import { quadraticWeightedKappa, withinOne, type Pair } from '@/domain/eval/metrics';
import { pct } from '@/domain/eval/summary';
import { GOLDEN_JSONL } from './golden-source';

const { cases } = parseGoldenJsonl(readFileSync(process.argv[2] ?? GOLDEN_JSONL, 'utf8'));
const words = cases.map((c) => c.answer.split(/\s+/).filter(Boolean).length);

function rule(cuts: number[]): Pair[] {
  return cases.map((c, i) => {
    const w = words[i]!;
    return { label: c.score, predicted: w === 0 ? 0 : Math.min(4, 1 + cuts.filter((t) => w >= t).length) };
  });
}

const show = (name: string, pairs: Pair[]) =>
  console.log(`${name}: within-one ${pct(withinOne(pairs))}, qwk ${quadraticWeightedKappa(pairs).toFixed(3)}`);

show('1 point per 40 words', rule([40, 80, 120]));
let bestWithin = { w: 0, q: 0, cuts: [] as number[] };
let bestQwk = { w: 0, q: -1, cuts: [] as number[] };
let both = 0;
for (let a = 10; a < 300; a += 10) {
  for (let b = a + 10; b < 300; b += 10) {
    for (let c = b + 10; c < 300; c += 10) {
      const pairs = rule([a, b, c]);
      const w = withinOne(pairs);
      const q = quadraticWeightedKappa(pairs);
      if (w > bestWithin.w) bestWithin = { w, q, cuts: [a, b, c] };
      if (q > bestQwk.q) bestQwk = { w, q, cuts: [a, b, c] };
      if (w >= 0.85 && q >= 0.6) both++;
    }
  }
}
console.log(`best within-one over all cut rules: ${pct(bestWithin.w)} (qwk ${bestWithin.q.toFixed(3)}, cuts ${bestWithin.cuts.join('/')})`);
console.log(`best qwk over all cut rules: ${bestQwk.q.toFixed(3)} (within-one ${pct(bestQwk.w)}, cuts ${bestQwk.cuts.join('/')})`);
console.log(`cut rules meeting both offline goals (within-one >= 85%, qwk >= 0.6): ${both}`);
