// LLM grading bench against the scripted OpenAI-compatible server with a fixed 1 s per call:
// wall time for all eleven sections vs one call, time to first result, input tokens, cached tokens
// and the share of each request that is a prefix identical across all eleven, for both strategies;
// input tokens against the old layout (every request carried every rubric); and a 2,400-word answer
// planned for a 4,096-token window (the Ollama preset) against a server that cuts longer prompts.
// Tokens are counted by the server as characters / 4 (see src/domain/llm/prefix-stats.ts).
import { pathToFileURL } from 'node:url';
import {
  longAnswers,
  startScriptedLlmServer,
  sampleAnswers,
  type ScriptedServer,
} from '@/lib/node/scripted-llm-server';
import type { GradeAllInput } from '@/domain/grading';
import { createEndpointMemory, gradeWithLlm } from '@/lib/llm/grade-with-llm';
import type { Strategy } from '@/domain/llm/llm-config';
import { prefixShare } from '@/domain/llm/prefix-stats';
import { SECTION_IDS, type SectionId } from '@/domain/sections';
import { loadContentFromDisk } from '@/lib/node/content-files';

const LATENCY_MS = 1000;
const MODEL = 'gpt-4o-mini-2024-07-18';
const RATIO_GOAL = 1.3;
const SHARE_GOAL = 0.7;
/** Input tokens of one full grading of this answer with the layout before context budgets (grader prompt 1.0.0). */
const OLD_INPUT_TOKENS = 153_391;
const SMALL_WINDOW = 4_096;

interface RunFigures {
  wallMs: number;
  firstResultMs: number;
  tokensIn: number;
  cachedTokens: number;
  costUsd: number;
  failed: number;
  promptTexts: string[];
}

async function timedRun(
  server: ScriptedServer,
  input: GradeAllInput,
  strategy: Strategy,
  concurrency: number,
): Promise<RunFigures> {
  server.reset();
  const start = performance.now();
  let firstResultMs = Number.NaN;
  const outcomes = await gradeWithLlm({
    cfg: {
      provider: 'custom',
      baseUrl: server.url,
      model: MODEL,
      apiKey: 'bench-key',
      timeoutMs: 30_000,
      contextWindow: 128_000,
    },
    input,
    strategy,
    concurrency,
    fresh: true,
    endpointMemory: createEndpointMemory(),
    onEvent: (e) => {
      if (e.type === 'done' && Number.isNaN(firstResultMs)) firstResultMs = performance.now() - start;
    },
  });
  const wallMs = performance.now() - start;
  const grades = outcomes.flatMap((o) => (o.ok ? [o.grade] : []));
  return {
    wallMs,
    firstResultMs,
    tokensIn: grades.reduce((s, g) => s + (g.usage?.tokensIn ?? 0), 0),
    cachedTokens: grades.reduce((s, g) => s + (g.usage?.cachedTokens ?? 0), 0),
    costUsd: grades.reduce((s, g) => s + (g.usage?.costUsd ?? 0), 0),
    failed: outcomes.length - grades.length,
    promptTexts: server.chatRequests().map((r) => r.promptText),
  };
}

async function medianRun(run: () => Promise<RunFigures>): Promise<RunFigures> {
  const runs: RunFigures[] = [];
  for (let i = 0; i < 3; i++) runs.push(await run());
  return runs.sort((a, b) => a.wallMs - b.wallMs)[1] as RunFigures;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

export async function benchLlm(): Promise<{ name: string; lines: string[]; ok: boolean }> {
  const content = loadContentFromDisk();
  const prompt = content.prompts[0];
  if (!prompt) throw new Error('no prompts in prompts/');
  const sections: readonly SectionId[] = SECTION_IDS;
  const input: GradeAllInput = {
    prompt,
    rubrics: content.rubrics,
    answers: sampleAnswers(prompt),
    diagram: 'flowchart LR\n  user --> api --> retriever --> llm --> reviewer',
    sections,
    now: Date.now(),
  };
  const server = await startScriptedLlmServer({ latencyMs: LATENCY_MS, models: [MODEL] });
  try {
    // A first, discarded call warms up module loading and the connection, so "one call" is not inflated.
    await timedRun(server, { ...input, sections: ['data'] }, 'all-at-once', 1);
    // Wall times on a shared machine wobble: one call and the full grading are each the median of 3.
    const one = await medianRun(() => timedRun(server, { ...input, sections: ['task'] }, 'all-at-once', 1));
    const all = await medianRun(() => timedRun(server, input, 'all-at-once', sections.length));
    const warm = await timedRun(server, input, 'warm-up', sections.length);
    const limited = await timedRun(server, input, 'all-at-once', 4);

    const small = await smallWindowRun(prompt.id, input);
    const share = prefixShare(all.promptTexts);
    const later = share.shares.slice(1);
    const minShare = later.length ? Math.min(...later) : 0;
    const ratio = (r: RunFigures) => r.wallMs / one.wallMs;
    const describe = (label: string, r: RunFigures) =>
      `${label}: ${secs(r.wallMs)} = ${ratio(r).toFixed(2)}x one call; first result after ${secs(r.firstResultMs)}; ` +
      `input ${int(r.tokensIn)} tokens per grading, ${int(r.cachedTokens)} cached (${pct(r.tokensIn ? r.cachedTokens / r.tokensIn : 0)}); ` +
      `est. $${r.costUsd.toFixed(4)} at ${MODEL} prices${r.failed ? `; ${r.failed} FAILED` : ''}`;

    const lines = [
      `prompt "${prompt.id}", scripted server at ${LATENCY_MS} ms per call, answer built from the reference notes`,
      `one call (one section): ${secs(one.wallMs)}`,
      describe(`all-at-once, ${sections.length} in flight`, all),
      describe(`warm-up first, then ${sections.length - 1} in flight`, warm),
      describe('all-at-once at concurrency 4 (the local-server default)', limited),
      `goal: all eleven within ${RATIO_GOAL}x one call (needs concurrency >= 11): all-at-once ${ratio(all).toFixed(2)}x, warm-up ${ratio(warm).toFixed(2)}x`,
      `shared prefix: ${int(share.sharedTokens)} tokens identical across all ${all.promptTexts.length} requests; share of each of requests 2-${all.promptTexts.length}: min ${pct(minShare)}, max ${pct(Math.max(...later))} (goal >= ${pct(SHARE_GOAL)} with a prefix >= 1,024 tokens)`,
      `input tokens per full grading (128k window): ${int(all.tokensIn)} = ${pct(all.tokensIn / OLD_INPUT_TOKENS)} of the old layout's ${int(OLD_INPUT_TOKENS)} (goal <= 50%)`,
      `${SMALL_WINDOW}-token window (Ollama preset), ${int(small.words)}-word answer, server cutting prompts over ${SMALL_WINDOW}: ${small.graded} of 11 graded; largest request ${int(small.maxPrompt)} prompt + ${int(small.reserve)} reply = ${int(small.maxPrompt + small.reserve)} tokens (goal <= ${int(SMALL_WINDOW)}); ${small.errors} errors`,
      `trade-off: warm-up costs ${secs(warm.wallMs - all.wallMs)} more wall time and saves ${int(warm.cachedTokens - all.cachedTokens)} cached input tokens ($${(all.costUsd - warm.costUsd).toFixed(4)}) per grading`,
    ];
    const ok =
      ratio(all) <= RATIO_GOAL &&
      all.tokensIn <= OLD_INPUT_TOKENS / 2 &&
      small.graded === 11 &&
      small.maxPrompt + small.reserve <= SMALL_WINDOW &&
      minShare >= SHARE_GOAL &&
      share.sharedTokens >= 1024 &&
      all.failed + warm.failed + limited.failed + one.failed === 0;
    return { name: 'llm grading (scripted server)', lines, ok };
  } finally {
    await server.close();
  }
}

/** A 2,400-word answer graded with the Ollama preset's window against a server that cuts like Ollama. */
async function smallWindowRun(promptId: string, input: GradeAllInput) {
  const answers = longAnswers(promptId, 2_400);
  const server = await startScriptedLlmServer({ contextLimit: SMALL_WINDOW });
  try {
    const outcomes = await gradeWithLlm({
      cfg: { provider: 'ollama', baseUrl: server.url, model: 'scripted-grader' },
      input: { ...input, answers },
      fresh: true,
      endpointMemory: createEndpointMemory(),
    });
    const reqs = server.chatRequests();
    return {
      words: Object.values(answers).join(' ').split(/\s+/).length,
      graded: outcomes.filter((o) => o.ok).length,
      errors: outcomes.filter((o) => !o.ok).length,
      maxPrompt: Math.max(...reqs.map((r) => r.promptTokens)),
      reserve: Math.max(...reqs.map((r) => Number(r.body?.max_tokens ?? 0))),
    };
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchLlm();
  for (const line of r.lines) console.log(line);
  console.log(r.ok ? 'goal met' : 'GOAL MISSED');
  process.exitCode = r.ok ? 0 : 1;
}
