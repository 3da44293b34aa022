import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/pack.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

describe('npm run pack', () => {
  it('builds a pack from prompt files, validates it, and names file and field on failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
    const group = join(dir, 'group');
    mkdirSync(group);
    copyFileSync(join(root, 'prompts/legal-rag.md'), join(group, 'legal-rag.md'));
    writeFileSync(join(group, 'pack.json'), JSON.stringify({ id: 'week-3', title: 'Week 3', author: 'Ada' }));
    const out = join(dir, 'week-3.json');
    expect(run('build', group, '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      id: 'week-3',
      author: 'Ada',
      prompts: [{ id: 'legal-rag' }],
    });
    expect(run('validate', out).status).toBe(0);

    writeFileSync(out, readFileSync(out, 'utf8').replace('"Week 3"', '"Week 4"'));
    const tampered = run('validate', out);
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toContain(`${out}: checksum: does not match`);

    const md = join(group, 'legal-rag.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('minutes: 55', 'minutes: 5'));
    const bad = run('validate', group);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${md}: minutes: `);
  });
});
