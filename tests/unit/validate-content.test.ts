import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runValidateContent } from '@/cli/validate-content';

const REPO = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the repository's content folders that a test may break. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(root);
  cpSync(join(REPO, 'prompts'), join(root, 'prompts'), { recursive: true });
  cpSync(join(REPO, 'rubrics'), join(root, 'rubrics'), { recursive: true });
  return root;
}

function validate(root: string): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runValidateContent(['--root', root], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out, err };
}

describe('validate-content', () => {
  it('passes on the repository content', () => {
    expect(validate(contentCopy())).toMatchObject({ code: 0, err: [] });
  });

  it('names a missing folder once instead of listing every rubric', () => {
    const root = contentCopy();
    rmSync(join(root, 'rubrics'), { recursive: true });
    const { code, err } = validate(root);
    expect(code).toBe(1);
    expect(err).toEqual([
      `✗ rubrics/: folder not found (looked in ${join(root, 'rubrics')})`,
      'content: 1 problem(s) in 10 prompts and 0 rubrics',
    ]);
  });

  it('gives one plain line for a folder where a file should be and for a symbolic link loop', () => {
    const root = contentCopy();
    mkdirSync(join(root, 'prompts', 'folder.md'));
    symlinkSync('loop.md', join(root, 'rubrics', 'loop.md'));
    const { code, err } = validate(root);
    expect(code).toBe(1);
    expect(err).toEqual([
      '✗ prompts/folder.md: a folder, not a file',
      '✗ rubrics/loop.md: a symbolic link loop, not a file',
      'content: 2 problem(s) in 10 prompts and 11 rubrics',
    ]);
  });
});
