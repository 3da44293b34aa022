// Reads prompts/ and rubrics/ from disk for Node CLIs (the browser uses import.meta.glob instead).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
// Relative, not '@/': Vite's config loader (which loads the content plugin) does not know the alias.
import {
  ContentError,
  isMissingRubric,
  parseContent,
  type ContentLoadResult,
} from '../../domain/content-parse.ts';

interface FolderRead {
  files: Record<string, string>;
  /** One plain line per problem: a missing folder, a folder or a link loop where a file should be. */
  problems: ContentError[];
  missing: boolean;
}

function errnoOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ELOOP') return 'a symbolic link loop, not a file';
  if (code === 'EISDIR') return 'a folder, not a file';
  if (code === 'ENOENT') return 'not found (a broken symbolic link?)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
}

function readDir(root: string, dir: string): FolderRead {
  const full = join(root, dir);
  const files: Record<string, string> = {};
  const problems: ContentError[] = [];
  let names: string[];
  try {
    if (!statSync(full).isDirectory()) {
      return {
        files,
        problems: [new ContentError(`${dir}/`, [`${full} is a file, not a folder`])],
        missing: true,
      };
    }
    names = readdirSync(full).sort();
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : errnoOf(err);
    return { files, problems: [new ContentError(`${dir}/`, [`${why} (looked in ${full})`])], missing: true };
  }
  for (const name of names) {
    if (!name.endsWith('.md')) continue;
    const path = join(full, name);
    try {
      if (statSync(path).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
      files[`${dir}/${name}`] = readFileSync(path, 'utf8');
    } catch (err) {
      problems.push(new ContentError(`${dir}/${name}`, [errnoOf(err)]));
    }
  }
  return { files, problems, missing: false };
}

/** Parses the content folders under `root` (the repo root by default). */
export function loadContentFromDisk(root = resolve(import.meta.dirname, '../../..')): ContentLoadResult {
  const prompts = readDir(root, 'prompts');
  const rubrics = readDir(root, 'rubrics');
  const result = parseContent(prompts.files, rubrics.files);
  // A missing rubrics folder is one problem, not eleven missing rubrics.
  const errors = rubrics.missing ? result.errors.filter((e) => !isMissingRubric(e)) : result.errors;
  return { ...result, errors: [...prompts.problems, ...rubrics.problems, ...errors] };
}
