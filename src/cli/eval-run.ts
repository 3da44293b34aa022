// The grader eval harness behind `npm run eval`: reads a golden set, grades every case with the
// offline or LLM grader, and returns per-case outcomes plus the summary, so tests can drive the whole
// harness without a subprocess. Argument parsing is in eval-args.ts.
import { readFileSync } from 'node:fs';
import type { ContentLoadResult } from '@/domain/content-parse';
import type { Prompt } from '@/domain/content-schema';
import { parseGoldenJsonl, type GoldenCase, type LineProblem, type Split } from '@/domain/eval/golden-schema';
import { summarize, type CaseOutcome, type EvalSummary, type GraderKind } from '@/domain/eval/summary';
import { verifyQuote } from '@/domain/evidence';
import { flagNames, type Grade } from '@/domain/grade-schema';
import type { SectionGradeInput } from '@/domain/grading';
import type { LlmConfigInput } from '@/domain/llm/llm-config';
import { inferProvider } from '@/domain/llm/provider-presets';
import { gradeSectionOffline } from '@/domain/offline-grader/grade-section';
import { SECTION_IDS } from '@/domain/sections';
import { createEndpointMemory, gradeWithLlm } from '@/lib/llm/grade-with-llm';
import { loadContentFromDisk } from '@/lib/node/content-files';

/** 2026-01-01T00:00:00Z: every case is graded "now" at the same instant, so runs are reproducible. */
export const EVAL_NOW = Date.UTC(2026, 0, 1);

export interface LlmEvalConfig {
  baseUrl: string;
  model: string;
  apiKey: string;
}

export interface EvalOptions {
  /** Path of the JSONL set; also its name in the report. */
  set: string;
  /** The JSONL text, when the caller already has it (tests); otherwise `set` is read from disk. */
  setText?: string;
  grader: GraderKind;
  /** Grade only the cases of this split. */
  split?: Split | null;
  llm?: LlmEvalConfig;
  /** Grade each case this many times (re-grade stability); 1 by default. */
  repeat?: number;
  /** Cases graded at once by the LLM grader. */
  concurrency?: number;
  /** Prompts and rubrics; loaded from the repository when absent. */
  content?: ContentLoadResult;
  now?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface EvalResult {
  outcomes: CaseOutcome[];
  problems: LineProblem[];
  warnings: string[];
  summary: EvalSummary;
  /** e.g. "offline" or "llm gpt-4o-mini @ http://127.0.0.1:11434/v1". */
  graderDetail: string;
}

/** A grader for one section; `fresh` asks an LLM grader to bypass its cache (re-grades). */
type SectionGrader = (input: SectionGradeInput, fresh: boolean) => Promise<Grade>;

const EMPTY_REFERENCE = Object.fromEntries(
  SECTION_IDS.map((id) => [id, []]),
) as unknown as Prompt['reference'];

const othersCache = new WeakMap<ContentLoadResult, Map<string, Prompt[]>>();
/** The built-in prompts other than `id`, one array per prompt id so the grader's caches hold. */
function othersFor(content: ContentLoadResult, id: string): Prompt[] {
  let byId = othersCache.get(content);
  if (!byId) othersCache.set(content, (byId = new Map()));
  let others = byId.get(id);
  if (!others) byId.set(id, (others = content.prompts.filter((p) => p.id !== id)));
  return others;
}

/** The grader input for one case: its inline prompt, the built-in reference notes when the id matches. */
export function buildSectionInput(
  c: GoldenCase,
  content: ContentLoadResult,
  now = EVAL_NOW,
): SectionGradeInput | string {
  const rubric = content.rubrics[c.section];
  if (!rubric) return `no rubric for section "${c.section}" (rubrics/${c.section}.md did not load)`;
  const builtIn = content.prompts.find((p) => p.id === c.prompt.id);
  return {
    section: c.section,
    text: c.answer,
    rubric,
    // The app grades with every rubric at hand (off-section detection compares against the others).
    rubrics: content.rubrics,
    // ... and with the built-in prompts (an answer fitting another one far better is off-prompt).
    otherPrompts: othersFor(content, c.prompt.id),
    prompt: {
      id: c.prompt.id,
      title: c.prompt.title,
      body: c.prompt.brief,
      reference: builtIn?.reference ?? EMPTY_REFERENCE,
      ...(builtIn ? { scale: builtIn.scale } : {}),
    },
    allAnswers: { [c.section]: c.answer },
    diagram: '',
    now,
  };
}

function offlineGrader(seen: { version?: string }): SectionGrader {
  return async (input) => {
    const grade = gradeSectionOffline(input);
    if (grade.grader.kind === 'offline') seen.version ??= grade.grader.version;
    return grade;
  };
}

function llmGrader(cfg: LlmEvalConfig, content: ContentLoadResult, signal?: AbortSignal): SectionGrader {
  const config: LlmConfigInput = {
    provider: inferProvider(cfg.baseUrl),
    baseUrl: cfg.baseUrl,
    model: cfg.model,
    apiKey: cfg.apiKey,
  };
  // One memory per eval run: what the endpoint accepts is learnt once, not per case.
  const endpointMemory = createEndpointMemory();
  return async (input, fresh) => {
    const [outcome] = await gradeWithLlm({
      cfg: config,
      input: {
        prompt: input.prompt,
        rubrics: content.rubrics,
        answers: input.allAnswers,
        diagram: input.diagram,
        sections: [input.section],
        now: input.now,
      },
      ...(signal ? { signal } : {}),
      fresh,
      concurrency: 1,
      endpointMemory,
    });
    if (!outcome) throw new Error('the LLM grader returned no outcome');
    if (!outcome.ok) throw new Error(outcome.error);
    return outcome.grade;
  };
}

function outcomeFor(c: GoldenCase, grades: Grade[], latencyMs: number, error: string | null): CaseOutcome {
  const first = grades[0];
  const quotes = first?.evidence.map((e) => e.quote) ?? [];
  const usage = grades.map((g) => g.usage).filter((u) => u !== null);
  return {
    id: c.id,
    section: c.section,
    kind: c.kind,
    label: c.score,
    predicted: first ? first.score : null,
    scores: grades.map((g) => g.score),
    flags: first ? flagNames(first) : [],
    evidenceVerified: {
      verified: quotes.filter((q) => verifyQuote(q, c.answer)).length,
      total: quotes.length,
    },
    latencyMs: Math.round(latencyMs * 10) / 10,
    tokens: usage.length
      ? {
          in: usage.reduce((a, u) => a + u.tokensIn, 0),
          out: usage.reduce((a, u) => a + u.tokensOut, 0),
          cached: usage.reduce((a, u) => a + u.cachedTokens, 0),
        }
      : null,
    costUsd: usage.some((u) => u.costUsd !== null) ? usage.reduce((a, u) => a + (u.costUsd ?? 0), 0) : null,
    error,
  };
}

async function gradeCase(
  c: GoldenCase,
  grade: SectionGrader,
  content: ContentLoadResult,
  repeat: number,
  now: number,
): Promise<CaseOutcome> {
  const input = buildSectionInput(c, content, now);
  if (typeof input === 'string') return outcomeFor(c, [], 0, input);
  const grades: Grade[] = [];
  const started = performance.now();
  let firstLatency = 0;
  try {
    for (let run = 0; run < repeat; run++) {
      grades.push(await grade(input, run > 0));
      if (run === 0) firstLatency = performance.now() - started;
    }
    return outcomeFor(c, grades, firstLatency, null);
  } catch (err) {
    // A failed re-grade keeps the runs that worked; a failed first run leaves the case ungraded.
    return outcomeFor(c, grades, firstLatency, err instanceof Error ? err.message : String(err));
  }
}

async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  onDone: () => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
      onDone();
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Grades every case of a golden set and summarises agreement with the human scores. */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const text = options.setText ?? readFileSync(options.set, 'utf8');
  const parsed = parseGoldenJsonl(text);
  const { problems } = parsed;
  const cases = options.split ? parsed.cases.filter((c) => c.split === options.split) : parsed.cases;
  const content = options.content ?? loadContentFromDisk();
  const warnings = content.errors.filter((e) => e.origin.startsWith('rubrics/')).map((e) => e.message);
  const repeat = Math.max(1, Math.floor(options.repeat ?? 1));
  const now = options.now ?? EVAL_NOW;
  const offline: { version?: string } = {};
  let grade: SectionGrader;
  if (options.grader === 'llm') {
    if (!options.llm) throw new Error('the LLM grader needs a base URL and a model');
    grade = llmGrader(options.llm, content, options.signal);
  } else {
    grade = offlineGrader(offline);
  }
  let done = 0;
  const concurrency = options.grader === 'llm' ? (options.concurrency ?? 4) : 1;
  const outcomes = await mapPool(
    cases,
    concurrency,
    (c) => gradeCase(c, grade, content, repeat, now),
    () => options.onProgress?.(++done, cases.length),
  );
  const graderDetail =
    options.grader === 'llm'
      ? `llm ${options.llm!.model} @ ${options.llm!.baseUrl}`
      : (offline.version ?? 'offline');
  return {
    outcomes,
    problems,
    warnings,
    summary: summarize(outcomes, repeat, problems.length),
    graderDetail,
  };
}

export { EVAL_USAGE, UsageError, parseEvalArgs, type EvalArgs } from './eval-args';
