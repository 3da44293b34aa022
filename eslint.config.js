// Lint keeps the one-way dependency direction:
// domain <- lib, content <- stores <- components, hooks <- features <- app; cli uses domain, lib, content.
// The layer order, separate features, single gateways and the absence of import cycles are checked by the
// project's own rules in eslint-rules/ (they resolve relative and dynamic imports); the rules below add
// what a path cannot say, such as which packages the pure domain may use.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './eslint-rules/plugin.js';

const LAYERS = ['domain', 'lib', 'content', 'stores', 'components', 'hooks', 'features', 'app', 'cli'];
const relativeLayerImport = {
  regex: `^(\\.\\./)+(${LAYERS.join('|')})(/|$)`,
  message: 'Import other src/ layers through "@/<layer>/..." so readers see the layer at a glance.',
};
const UI_LIBS = ['react', 'react-dom', 'react-markdown', 'zustand', '@tanstack/react-query'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'playwright-report',
      'test-results',
      'public',
      'tests/lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, local },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'local/layer-imports': 'error',
      'local/no-import-cycle': 'error',
      'no-restricted-imports': ['error', { patterns: [relativeLayerImport] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            relativeLayerImport,
            {
              group: [...UI_LIBS, 'openai', 'mermaid', 'dompurify', 'node:*'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Loaded by vite.config.ts, whose loader does not resolve the '@/' alias: relative domain imports only.
    files: ['src/lib/node/content-files.ts', 'src/lib/node/content-plugin.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
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
