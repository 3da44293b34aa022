// `npm run eval -- --set <file.jsonl> --grader offline|llm ...`: grades a golden set, prints the
// agreement report (last line `eval: <N> cases, within-one <x>%, qwk <y>`), and optionally writes
// per-case JSON and a Markdown report with an SVG heat map. Exit 0 even when goals are missed,
// unless --check; 2 for usage errors; 1, with one plain line, when a file cannot be read or written.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { confusionSvg } from '@/domain/eval/confusion-svg';
import { markdownReport, textReport, type ReportMeta } from '@/domain/eval/report';
import { checkGoals } from '@/domain/eval/summary';
import { EVAL_USAGE, UsageError, parseEvalArgs, runEval, type EvalArgs, type EvalResult } from './eval-run';

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** An I/O failure as words, without a stack trace. */
function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EISDIR: 'it is a directory, not a file',
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EROFS: 'the file system is read-only',
    ELOOP: 'too many symbolic links (a link loop?)',
    ENOSPC: 'no space left on the device',
  };
  return (code && reasons[code]) ?? (err instanceof Error ? err.message.split('\n')[0]! : String(err));
}

class WriteError extends Error {}

/** Creates the missing folders one level at a time (a recursive mkdir can spin on /proc and the like). */
function ensureFolder(dir: string) {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureFolder(parent);
  mkdirSync(dir);
}

function write(flag: string, path: string, text: string) {
  try {
    ensureFolder(dirname(path));
    writeFileSync(path, text);
  } catch (err) {
    throw new WriteError(`eval: cannot write ${flag} ${path}: ${ioReason(err)}`);
  }
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseEvalArgs(argv, process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`eval: ${err.message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(EVAL_USAGE);
    return 0;
  }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  let result;
  try {
    result = await runEval({
      set: args.set,
      grader: args.grader,
      split: args.split,
      llm:
        args.grader === 'llm'
          ? { baseUrl: args.baseUrl!, model: args.model!, apiKey: process.env.OPENAI_API_KEY || 'not-needed' }
          : undefined,
      repeat: args.repeat,
      concurrency: args.concurrency,
      signal: controller.signal,
      onProgress:
        args.grader === 'llm'
          ? (done, total) => {
              if (done % 10 === 0 || done === total) process.stderr.write(`graded ${done}/${total}\n`);
            }
          : undefined,
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(code ? `eval: cannot read --set ${args.set}: ${ioReason(err)}` : `eval: ${reason}`);
    return 1;
  }
  const meta: ReportMeta = {
    set: args.set,
    grader: args.grader,
    graderDetail: result.graderDetail,
    command: `npm run eval -- ${argv
      .filter((a) => a !== '--check')
      .map(shellQuote)
      .join(' ')}`,
    problems: result.problems,
    warnings: result.warnings,
  };
  try {
    writeOutputs(args, result, meta);
  } catch (err) {
    if (!(err instanceof WriteError)) throw err;
    console.error(err.message);
    return 1;
  }
  console.log(textReport(result.summary, meta));
  if (args.check && checkGoals(result.summary, args.grader).some((g) => !g.met)) return 1;
  return 0;
}

function writeOutputs(args: EvalArgs, result: EvalResult, meta: ReportMeta) {
  if (args.out) {
    const payload = {
      set: args.set,
      grader: result.graderDetail,
      command: meta.command,
      summary: result.summary,
      skipped: result.problems,
      cases: result.outcomes,
    };
    write('--out', args.out, `${JSON.stringify(payload, null, 2)}\n`);
  }
  if (args.report) {
    const svgPath = args.report.replace(/\.md$/, '.confusion.svg');
    write('--report', svgPath, confusionSvg(result.summary.confusion));
    write('--report', args.report, markdownReport(result.summary, meta, basename(svgPath)));
  }
}

process.exitCode = await main(process.argv.slice(2));
