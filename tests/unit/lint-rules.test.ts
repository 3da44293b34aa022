// The lint rules that keep the layers apart, run through ESLint's Node API on small sources placed
// at the paths that matter (the files need not exist: ESLint lints the given text as if it lived there).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import local from '../../eslint-rules/plugin.js';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function messagesFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules in eslint.config.js', () => {
  it('sees a relative import of another feature', async () => {
    const messages = await messagesFor(
      'src/features/library/probe.ts',
      "import { gradeMutation } from '../attempt/grade-mutation';\nexport const x = gradeMutation;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/features\/library may not import features\/attempt/)]);
  });

  it('lets a feature import its own files and shared components', async () => {
    const messages = await messagesFor(
      'src/features/library/probe.ts',
      "import { filterPrompts } from './filter-prompts';\nimport { ScoreBadge } from '@/components/score-badge';\nexport const x = [filterPrompts, ScoreBadge];\n",
    );
    expect(messages).toEqual([]);
  });

  it('sees a relative import that climbs into a higher layer', async () => {
    const messages = await messagesFor(
      'src/lib/probe.ts',
      "import { useAttempts } from './../stores/attempts-store';\nexport const x = useAttempts;\n",
    );
    expect(messages).toContainEqual(expect.stringMatching(/src\/lib may not import src\/stores/));
  });

  it.each([
    ['openai', 'src/features/attempt/probe.ts', "export const load = () => import('openai');\n"],
    ['openai', 'src/cli/probe.ts', "export const load = () => import('openai/helpers/zod');\n"],
    ['mermaid', 'src/components/probe.ts', "export const load = () => import('mermaid');\n"],
    ['mermaid', 'src/lib/llm/probe.ts', "export { default } from 'mermaid';\n"],
    ['IndexedDB', 'src/app/probe.ts', "export const load = () => import('@/lib/storage/idb');\n"],
  ])('keeps %s behind its one gateway, dynamic imports included (%s)', async (_lib, file, code) => {
    const messages = await messagesFor(file, code);
    expect(messages).toContainEqual(
      expect.stringMatching(/local\/layer-imports: .* is imported only in src\/lib\//),
    );
  });

  it('lets each gateway import its library', async () => {
    expect(
      await messagesFor('src/lib/mermaid/probe.ts', "export const load = () => import('mermaid');\n"),
    ).toEqual([]);
    expect(
      await messagesFor('src/lib/llm/probe.ts', "export const load = () => import('openai');\n"),
    ).toEqual([]);
  });

  it('keeps shipped code from importing tests/', async () => {
    const messages = await messagesFor(
      'src/cli/probe.ts',
      "import { testGrade } from '../../tests/fixtures/grades';\nexport const x = testGrade;\n",
    );
    expect(messages).toContainEqual(expect.stringMatching(/does not import from tests\//));
  });

  it('makes no exception for the LLM bench: its scripted server lives in src/lib/node', async () => {
    const messages = await messagesFor(
      'src/cli/bench-llm.ts',
      "import { startScriptedLlmServer } from '../../tests/support/scripted-llm-server';\nexport const x = startScriptedLlmServer;\n",
    );
    expect(messages).toContainEqual(expect.stringMatching(/does not import from tests\//));
  });
});

describe('local/no-import-cycle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lint-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const cycleLint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { local },
        rules: { 'local/no-import-cycle': 'error' },
      },
    ],
  });
  const lintFile = async (path: string) => {
    const [result] = await cycleLint.lintFiles([join(dir, path)]);
    return (result?.messages ?? []).map((m) => m.message);
  };

  it('reports an import that closes a cycle through relative and aliased paths', async () => {
    write('src/domain/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    write('src/domain/b.ts', "import { c } from '@/domain/c';\nexport const b = () => c;\n");
    write('src/domain/c.ts', "import { a } from './a';\nexport const c = () => a;\n");
    expect(await lintFile('src/domain/a.ts')).toEqual([
      'Import cycle: src/domain/a.ts -> src/domain/b.ts -> src/domain/c.ts -> src/domain/a.ts.',
    ]);
  });

  it('ignores type-only imports, which leave no trace at run time', async () => {
    write('src/domain/d.ts', "import type { E } from './e';\nexport type D = { e?: E };\n");
    write('src/domain/e.ts', "import type { D } from './d';\nexport type E = { d?: D };\n");
    expect(await lintFile('src/domain/d.ts')).toEqual([]);
  });
});
