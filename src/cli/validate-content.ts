// `npm run test:content`: parses every prompt and rubric with the domain schemas and fails with
// the file and field of each problem, one plain line each (a missing folder, a folder or a symbolic
// link loop where a file should be included). `--root <dir>` checks another checkout.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContentFromDisk } from '@/lib/node/content-files';

const MIN_PROMPTS = 10;

export interface ValidateIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Validates the content under `root` (the repository by default); returns the exit code. */
export function runValidateContent(argv: string[], io: ValidateIo): number {
  let root: string | undefined;
  try {
    root = parseArgs({ args: argv, options: { root: { type: 'string' } } }).values.root;
  } catch (err) {
    io.err(`validate-content: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const { prompts, rubrics, errors } = root === undefined ? loadContentFromDisk() : loadContentFromDisk(root);
  const problems = errors.map((e) => e.message);
  const rubricCount = Object.values(rubrics).filter(Boolean).length;
  const promptsFolderMissing = errors.some((e) => e.origin === 'prompts/');
  if (prompts.length < MIN_PROMPTS && !promptsFolderMissing) {
    problems.push(`prompts/: ${prompts.length} valid prompts, at least ${MIN_PROMPTS} required`);
  }
  for (const p of problems) io.err(`✗ ${p}`);
  if (problems.length) {
    io.err(`content: ${problems.length} problem(s) in ${prompts.length} prompts and ${rubricCount} rubrics`);
    return 1;
  }
  io.out(`content: ${prompts.length} prompts and ${rubricCount} rubrics valid`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = runValidateContent(process.argv.slice(2), {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } catch (err) {
    console.error(`validate-content: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
