// Lint keeps the one-way dependency direction of STYLE.md:
// domain <- lib, content <- stores <- components, hooks <- features <- app; cli uses domain, lib, content.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const LAYERS = ['domain', 'lib', 'content', 'stores', 'components', 'hooks', 'features', 'app', 'cli'];
const relativeLayerImport = {
  regex: `^(\\.\\./)+(${LAYERS.join('|')})(/|$)`,
  message: 'Import other src/ layers through "@/<layer>/..." so the dependency rules can see them.',
};
const forbid = (layers, why) => ({
  group: layers.map((l) => `@/${l}/**`),
  message: why,
});
const restrict = (files, patterns, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [relativeLayerImport, ...patterns], paths }],
  },
});
const UI_LIBS = ['react', 'react-dom', 'react-markdown', 'zustand', '@tanstack/react-query'];
const GATEWAY_LIBS = [
  { name: 'openai', message: 'openai is used only in src/lib/llm (one gateway per outside library).' },
  { name: 'mermaid', message: 'mermaid is loaded only by src/lib/mermaid (lazily).' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  restrict(
    ['src/domain/**'],
    [
      forbid(
        ['lib', 'content', 'stores', 'components', 'hooks', 'features', 'app', 'cli'],
        'src/domain is pure.',
      ),
      { group: [...UI_LIBS, 'openai', 'mermaid', 'node:*'], message: 'src/domain is pure TypeScript.' },
    ],
  ),
  restrict(
    ['src/lib/**', 'src/content/**'],
    [
      forbid(
        ['stores', 'components', 'hooks', 'features', 'app', 'cli'],
        'lib and content sit under stores and UI.',
      ),
    ],
  ),
  {
    // Loaded by vite.config.ts, whose loader does not resolve the '@/' alias: relative domain imports only.
    files: ['src/lib/node/content-files.ts', 'src/lib/node/content-plugin.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(['stores', 'components', 'hooks', 'features', 'app', 'cli'], 'lib sits under the UI.'),
          ],
        },
      ],
    },
  },
  restrict(
    ['src/stores/**'],
    [forbid(['components', 'hooks', 'features', 'app', 'cli'], 'stores sit under the UI.')],
    GATEWAY_LIBS,
  ),
  restrict(
    ['src/components/**', 'src/hooks/**'],
    [forbid(['features', 'app', 'cli'], 'shared UI does not know about screens.')],
    GATEWAY_LIBS,
  ),
  restrict(
    ['src/features/**'],
    [
      forbid(
        ['features', 'app', 'cli'],
        'features do not import each other; share through components/ or hooks/.',
      ),
    ],
    GATEWAY_LIBS,
  ),
  restrict(['src/app/**'], [forbid(['cli'], 'the app does not import CLIs.')], GATEWAY_LIBS),
  restrict(
    ['src/cli/**'],
    [
      forbid(
        ['stores', 'components', 'hooks', 'features', 'app'],
        'CLIs reuse domain, lib and content only.',
      ),
    ],
  ),
  {
    files: ['src/**'],
    ignores: ['src/lib/storage/**', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'IndexedDB is used only in src/lib/storage.' },
        { name: 'localStorage', message: 'Persist through src/lib/storage.' },
      ],
    },
  },
);
