// `npm run pack -- validate <file|dir>`: checks a pack file, or a folder of prompt files (and any pack
// files in it), and exits 1 naming the file and field of each problem.
// `npm run pack -- build <dir> --out <file> [--id ID] [--title T] [--author A] [--description D]`: turns a
// folder of prompts/*.md-style files (and optional rubrics/<section>.md overrides, plus an optional
// pack.json with id/title/author/description) into one pack file.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ContentError, parsePrompt, parseRubric } from '@/domain/content-parse';
import { buildPack, packToText, parsePackText, parsePackValue } from '@/domain/pack/pack-parse';
import type { PackPrompt, RubricOverride } from '@/domain/pack/pack-schema';

const USAGE = `usage:
  npm run pack -- validate <pack.json | folder>
  npm run pack -- build <folder> --out <pack.json> [--id ID] [--title TITLE] [--author NAME] [--description TEXT]`;

interface FolderContent {
  prompts: PackPrompt[];
  overrides: RubricOverride[];
  problems: string[];
}

function readFolder(dir: string): FolderContent {
  const out: FolderContent = { prompts: [], overrides: [], problems: [] };
  const mdIn = (d: string) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((n) => n.endsWith('.md'))
          .sort()
      : [];
  const promptDir = existsSync(join(dir, 'prompts')) ? join(dir, 'prompts') : dir;
  for (const name of mdIn(promptDir)) {
    const path = join(promptDir, name);
    try {
      const { origin: _origin, ...prompt } = parsePrompt(readFileSync(path, 'utf8'), path);
      out.prompts.push(prompt);
    } catch (error) {
      out.problems.push(error instanceof ContentError ? error.message : `${path}: ${String(error)}`);
    }
  }
  for (const name of mdIn(join(dir, 'rubrics'))) {
    const path = join(dir, 'rubrics', name);
    try {
      const { origin: _origin, ...rubric } = parseRubric(readFileSync(path, 'utf8'), path);
      out.overrides.push({ ...rubric, id: rubric.section });
    } catch (error) {
      out.problems.push(error instanceof ContentError ? error.message : `${path}: ${String(error)}`);
    }
  }
  return out;
}

function validateFile(path: string): string[] {
  const r = parsePackText(readFileSync(path, 'utf8'));
  return r.ok ? [] : r.problems.map((p) => `${path}: ${p}`);
}

function validate(target: string): number {
  if (!existsSync(target)) {
    console.error(`✗ ${target}: no such file or folder`);
    return 1;
  }
  const problems: string[] = [];
  let checked = 0;
  if (statSync(target).isDirectory()) {
    const folder = readFolder(target);
    problems.push(...folder.problems);
    checked += folder.prompts.length + folder.overrides.length + folder.problems.length;
    for (const name of readdirSync(target).filter((n) => n.endsWith('.json') && n !== 'pack.json')) {
      problems.push(...validateFile(join(target, name)));
      checked++;
    }
  } else {
    problems.push(...validateFile(target));
    checked++;
  }
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) {
    console.error(`pack: ${problems.length} problem(s)`);
    return 1;
  }
  console.log(`pack: ${checked} file(s) valid`);
  return 0;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

function build(args: string[]): number {
  const dir = args[0];
  const outFile = flag(args, 'out');
  if (!dir || !outFile) {
    console.error(USAGE);
    return 2;
  }
  const folder = readFolder(dir);
  if (folder.problems.length) {
    for (const p of folder.problems) console.error(`✗ ${p}`);
    return 1;
  }
  const metaPath = join(dir, 'pack.json');
  const meta = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, unknown>)
    : {};
  const pick = (name: string, fallback: string) =>
    flag(args, name) ?? (typeof meta[name] === 'string' ? (meta[name] as string) : fallback);
  const pack = buildPack({
    id: pick(
      'id',
      basename(resolve(dir))
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    ),
    title: pick('title', basename(resolve(dir))),
    author: pick('author', 'unknown'),
    description: pick('description', ''),
    prompts: folder.prompts,
    rubricOverrides: folder.overrides,
  });
  const checked = parsePackValue(JSON.parse(JSON.stringify(pack)));
  if (!checked.ok) {
    for (const p of checked.problems) console.error(`✗ ${dir}: ${p}`);
    return 1;
  }
  writeFileSync(outFile, packToText(checked.value));
  console.log(
    `pack: wrote ${outFile} (${checked.value.prompts.length} prompts, ${checked.value.rubricOverrides.length} rubric overrides)`,
  );
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'validate' && rest[0]) process.exitCode = validate(rest[0]);
else if (command === 'build') process.exitCode = build(rest);
else {
  console.error(USAGE);
  process.exitCode = 2;
}
