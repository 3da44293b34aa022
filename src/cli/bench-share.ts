// `npm run bench` (share links block), or `npx tsx src/cli/bench-share.ts`: a 2,400-word eleven-section
// attempt with its diagram, encoded as a share link and decoded again. Goals: a link of at most 8,000
// characters or the file fallback offered, and encode and decode each <= 50 ms (median of many runs).
import { pathToFileURL } from 'node:url';
import { wordCount } from '@/domain/attempt';
import { parseIncomingLink, shareOutput } from '@/domain/pack/incoming';
import { PACK_LIMITS } from '@/domain/pack/limits';
import type { SharedAttempt } from '@/domain/pack/share-schema';
import { SECTION_IDS } from '@/domain/sections';
import type { BenchResult } from './bench-bundle';
import { SAMPLE_ANSWER } from './bench-offline';

const RUNS = 60;
const GOAL_MS = 50;
const TARGET_WORDS = 2_400;

const DIAGRAM = `flowchart LR
  Z[Zendesk sidebar] --> R{Intent router}
  R -->|macro| M[Deterministic macro]
  R -->|question| Q[Query rewrite]
  Q --> H[Hybrid search: BM25 + pgvector]
  H --> K[Cross-encoder rerank, top 8]
  K --> L[LLM draft with cited chunk ids]
  L --> V[Citation and PII checks]
  V --> A[Agent edits and sends]
  A --> F[(Feedback + traces)]
  F --> E[Golden set and evals]
  C[Confluence webhooks] --> I[Ingestion: chunk, embed, ACLs]
  T[Ticket export nightly] --> I
  I --> H`;

/** The sample answer trimmed to about 2,400 words, spread over the eleven sections. */
export function sampleAttempt(): SharedAttempt {
  const perSection = Math.ceil(TARGET_WORDS / SECTION_IDS.length);
  const answers = Object.fromEntries(
    SECTION_IDS.map((id) => {
      const words = SAMPLE_ANSWER[id].split(/(?<=\s)/);
      let text = '';
      let n = 0;
      for (const w of words) {
        if (n >= perSection) break;
        text += w;
        if (w.trim()) n++;
      }
      return [id, text.trim()];
    }),
  );
  return {
    id: 'bench-attempt',
    promptId: 'support-knowledge-assistant',
    promptTitle: 'Support knowledge assistant',
    author: 'Bench',
    createdAt: 1_700_000_000_000,
    answers,
    diagram: DIAGRAM,
  };
}

const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchShare(): Promise<BenchResult> {
  const attempt = sampleAttempt();
  const words = Object.values(attempt.answers).reduce((s, t) => s + wordCount(t ?? ''), 0);
  const app = 'https://design-dojo.example/';
  const encodeMs: number[] = [];
  const decodeMs: number[] = [];
  let out = shareOutput({ kind: 'attempt', attempt, prompt: null }, app);
  for (let i = 0; i < RUNS + 5; i++) {
    const t0 = performance.now();
    out = shareOutput({ kind: 'attempt', attempt, prompt: null }, app);
    const t1 = performance.now();
    const back = parseIncomingLink(out.fragment.replace('#/import/', ''));
    const t2 = performance.now();
    if (!back.ok) throw new Error(`round trip failed: ${back.problems.join('; ')}`);
    if (i >= 5) {
      encodeMs.push(t1 - t0);
      decodeMs.push(t2 - t1);
    }
  }
  const encode = median(encodeMs);
  const decode = median(decodeMs);
  const json = JSON.stringify(attempt).length;
  const lines = [
    `attempt: ${words} words in 11 sections + a ${DIAGRAM.split('\n').length}-line diagram, ${json.toLocaleString('en-US')} characters of JSON`,
    `link: ${out.url.length.toLocaleString('en-US')} characters (limit ${PACK_LIMITS.maxLinkChars.toLocaleString('en-US')}): ${out.fitsInLink ? 'fits' : 'too long, the file is offered instead'}`,
    `encode (validate-free: envelope, redact, deflate, base64url): median ${encode.toFixed(2)} ms over ${RUNS} runs (goal <= ${GOAL_MS} ms)`,
    `decode (inflate, UTF-8, JSON, zod, key scan): median ${decode.toFixed(2)} ms over ${RUNS} runs (goal <= ${GOAL_MS} ms)`,
  ];
  return {
    name: 'share links',
    ok: encode <= GOAL_MS && decode <= GOAL_MS && words >= TARGET_WORDS * 0.98,
    lines,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchShare();
  for (const l of r.lines) console.log(l);
  console.log(r.ok ? 'goal met' : 'GOAL MISSED');
}
