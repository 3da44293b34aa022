// Command-line arguments of `npm run eval`, read with node:util parseArgs (strict: unknown flags and
// stray arguments are errors) and checked with messages that name the flag.
import { parseArgs } from 'node:util';
import type { GraderKind } from '@/domain/eval/summary';
import { SPLITS, type Split } from '@/domain/eval/golden-schema';

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
  /** Only the cases of this split (`train`, `dev` or `test`); null for every case. */
  split: Split | null;
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
  --split <name>      only the cases marked "split": "train", "dev" or "test" (sets split for development)
  --check             exit 1 when the grader misses its goals (an errored or skipped case is a miss)
  --help              show this help`;

const OPTIONS = {
  set: { type: 'string' },
  grader: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  out: { type: 'string' },
  report: { type: 'string' },
  repeat: { type: 'string' },
  concurrency: { type: 'string' },
  split: { type: 'string' },
  check: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function positiveInt(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${flag} needs a whole number of at least 1, got "${raw}"`);
  return n;
}

/** parseArgs' own errors, reworded as one line that names the flag. */
function readArgv(argv: readonly string[]) {
  try {
    const { values, tokens } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
    const seen = new Set<string>();
    for (const t of tokens) {
      if (t.kind !== 'option') continue;
      if (seen.has(t.name)) throw new UsageError(`--${t.name} is given twice`);
      seen.add(t.name);
    }
    return values;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const code = (err as { code?: string }).code;
    const flag = /'(--[\w-]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown flag ${flag ?? message}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const arg = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new UsageError(`unexpected argument "${arg}" (flags start with --)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (flag && /argument missing/.test(message)) throw new UsageError(`${flag} needs a value`);
      throw new UsageError(flag ? `${flag} takes no value` : message);
    }
    throw new UsageError(message);
  }
}

/** Parses `npm run eval` arguments; throws UsageError with a message that names the flag. */
export function parseEvalArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): EvalArgs {
  // parseArgs takes "--set --out" as the value "--out"; a value that looks like a flag is a missing value.
  for (let i = 0; i < argv.length - 1; i++) {
    const name = argv[i]!.replace(/^--/, '');
    const spec = OPTIONS[name as keyof typeof OPTIONS] as { type: string } | undefined;
    if (argv[i]!.startsWith('--') && spec?.type === 'string' && argv[i + 1]!.startsWith('--'))
      throw new UsageError(`--${name} needs a value`);
  }
  const v = readArgv(argv);
  for (const [name, value] of Object.entries(v))
    if (value === '') throw new UsageError(`--${name} needs a value`);
  const check = v.check ?? false;
  const help = v.help ?? false;
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
      split: null,
    };
  }
  if (!v.set) throw new UsageError('missing --set <file.jsonl>');
  const grader = v.grader ?? 'offline';
  if (grader !== 'offline' && grader !== 'llm')
    throw new UsageError(`--grader must be offline or llm, got "${grader}"`);
  const baseUrl = v['base-url'] ?? env.DOJO_LLM_BASE_URL ?? null;
  const model = v.model ?? env.DOJO_LLM_MODEL ?? null;
  if (grader === 'llm' && !baseUrl)
    throw new UsageError('--grader llm needs --base-url <url> (or DOJO_LLM_BASE_URL)');
  if (grader === 'llm' && !model)
    throw new UsageError('--grader llm needs --model <name> (or DOJO_LLM_MODEL)');
  if (grader === 'offline' && (v['base-url'] || v.model)) {
    throw new UsageError('--base-url and --model apply only to --grader llm');
  }
  if (v.report && !v.report.endsWith('.md')) throw new UsageError('--report must name a .md file');
  const split = v.split === undefined ? null : SPLITS.find((s) => s === v.split);
  if (split === undefined) throw new UsageError(`--split must be ${SPLITS.join(', ')}, got "${v.split}"`);
  return {
    set: v.set,
    grader,
    baseUrl,
    model,
    out: v.out ?? null,
    report: v.report ?? null,
    repeat: v.repeat ? positiveInt('repeat', v.repeat) : 1,
    concurrency: v.concurrency ? positiveInt('concurrency', v.concurrency) : 4,
    check,
    help,
    split,
  };
}
