// The grader eval harness behind `npm run eval`: reads a golden set, grades every case with the
// offline or LLM grader, and returns per-case outcomes plus the summary. Argument parsing lives
// here too so tests can drive the whole harness without a subprocess.
import { readFileSync } from 'node:fs';
import type { ContentLoadResult } from '@/domain/content-parse';
import type { Prompt } from '@/domain/content-schema';
import { parseGoldenJsonl, type GoldenCase, type LineProblem } from '@/domain/eval/golden-schema';
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
  const { cases, problems } = parseGoldenJsonl(text);
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
  return { outcomes, problems, warnings, summary: summarize(outcomes, repeat), graderDetail };
}

export interface EvalArgs {
  set: string;
  grader: GraderKind;
  baseUrl: string | null;
  model: string | null;
  out: string | null;
  report: string | null;
  repeat: number;
  concurrency: number;
  check: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const EVAL_USAGE = `Usage: npm run eval -- --set <file.jsonl> [options]

  --set <file>        golden set, one JSON case a line (required)
  --grader <name>     offline (default, no network) or llm
  --base-url <url>    OpenAI-compatible endpoint for --grader llm (or DOJO_LLM_BASE_URL)
  --model <name>      model for --grader llm (or DOJO_LLM_MODEL); the key is read from OPENAI_API_KEY
  --out <file.json>   write every case's result
  --report <file.md>  write a Markdown report and a confusion heat map <file>.confusion.svg next to it
  --repeat <K>        grade each case K times and report how often the score stays the same
  --concurrency <N>   cases graded at once by the LLM grader (default 4)
  --check             exit 1 when the grader misses its goals
  --help              show this help`;

const VALUE_FLAGS = ['set', 'grader', 'base-url', 'model', 'out', 'report', 'repeat', 'concurrency'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function positiveInt(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${flag} needs a whole number of at least 1, got "${raw}"`);
  return n;
}

/** Parses `npm run eval` arguments; throws UsageError with a message that names the flag. */
export function parseEvalArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): EvalArgs {
  const values: Partial<Record<ValueFlag, string>> = {};
  let check = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}" (flags start with --)`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'check' || name === 'help') {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      if (name === 'check') check = true;
      else help = true;
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) throw new UsageError(`unknown flag --${name}`);
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')) || value === '') {
      throw new UsageError(`--${name} needs a value`);
    }
    if (inline === undefined) i++;
    if (values[name as ValueFlag] !== undefined) throw new UsageError(`--${name} is given twice`);
    values[name as ValueFlag] = value;
  }
  if (help) {
    return {
      set: '',
      grader: 'offline',
      baseUrl: null,
      model: null,
      out: null,
      report: null,
      repeat: 1,
      concurrency: 4,
      check,
      help,
    };
  }
  if (!values.set) throw new UsageError('missing --set <file.jsonl>');
  const grader = values.grader ?? 'offline';
  if (grader !== 'offline' && grader !== 'llm')
    throw new UsageError(`--grader must be offline or llm, got "${grader}"`);
  const baseUrl = values['base-url'] ?? env.DOJO_LLM_BASE_URL ?? null;
  const model = values.model ?? env.DOJO_LLM_MODEL ?? null;
  if (grader === 'llm' && !baseUrl)
    throw new UsageError('--grader llm needs --base-url <url> (or DOJO_LLM_BASE_URL)');
  if (grader === 'llm' && !model)
    throw new UsageError('--grader llm needs --model <name> (or DOJO_LLM_MODEL)');
  if (grader === 'offline' && (values['base-url'] || values.model)) {
    throw new UsageError('--base-url and --model apply only to --grader llm');
  }
  if (values.report && !values.report.endsWith('.md')) throw new UsageError('--report must name a .md file');
  return {
    set: values.set,
    grader,
    baseUrl,
    model,
    out: values.out ?? null,
    report: values.report ?? null,
    repeat: values.repeat ? positiveInt('repeat', values.repeat) : 1,
    concurrency: values.concurrency ? positiveInt('concurrency', values.concurrency) : 4,
    check,
    help,
  };
}
