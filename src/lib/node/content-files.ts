// Reads prompts/ and rubrics/ from disk for Node CLIs (the browser uses import.meta.glob instead).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// Relative, not '@/': Vite's config loader (which loads the content plugin) does not know the alias.
import { parseContent, type ContentLoadResult } from '../../domain/content-parse';

function readDir(root: string, dir: string): Record<string, string> {
  const full = join(root, dir);
  const files: Record<string, string> = {};
  if (!existsSync(full)) return files;
  for (const name of readdirSync(full).sort()) {
    if (name.endsWith('.md')) files[`${dir}/${name}`] = readFileSync(join(full, name), 'utf8');
  }
  return files;
}

/** Parses the content folders under `root` (the repo root by default). */
export function loadContentFromDisk(root = resolve(import.meta.dirname, '../../..')): ContentLoadResult {
  return parseContent(readDir(root, 'prompts'), readDir(root, 'rubrics'));
}
