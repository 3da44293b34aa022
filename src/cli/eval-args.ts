// Command-line arguments of `npm run eval`, parsed with clear messages for unknown or malformed flags.
import type { GraderKind } from '@/domain/eval/summary';

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
