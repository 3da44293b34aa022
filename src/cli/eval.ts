// `npm run eval -- --set <file.jsonl> --grader offline|llm ...`: grades a golden set, prints the
// agreement report (last line `eval: <N> cases, within-one <x>%, qwk <y>`), and optionally writes
// per-case JSON and a Markdown report with an SVG heat map. Exit 0 even when goals are missed,
// unless --check; 2 for usage errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { confusionSvg } from '@/domain/eval/confusion-svg';
import { markdownReport, textReport, type ReportMeta } from '@/domain/eval/report';
import { checkGoals } from '@/domain/eval/summary';
import { EVAL_USAGE, UsageError, parseEvalArgs, runEval } from './eval-run';

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
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
    const reason = err instanceof Error ? err.message : String(err);
    console.error(code ? `eval: cannot read --set ${args.set}: ${reason}` : `eval: ${reason}`);
    return 2;
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
  if (args.out) {
    const payload = {
      set: args.set,
      grader: result.graderDetail,
      command: meta.command,
      summary: result.summary,
      skipped: result.problems,
      cases: result.outcomes,
    };
    write(args.out, `${JSON.stringify(payload, null, 2)}\n`);
  }
  if (args.report) {
    const svgPath = args.report.replace(/\.md$/, '.confusion.svg');
    write(svgPath, confusionSvg(result.summary.confusion));
    write(args.report, markdownReport(result.summary, meta, basename(svgPath)));
  }
  console.log(textReport(result.summary, meta));
  if (args.check && checkGoals(result.summary, args.grader).some((g) => !g.met)) return 1;
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
