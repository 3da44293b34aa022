import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
// Files the config loads (and what they import) name their `.ts` extension, as Node's own loader needs:
// Vite's native config loader, its planned default, reads them without bundling.
import { contentPlugin } from './src/lib/node/content-plugin.ts';
import { llmDevProxy } from './src/lib/node/llm-dev-proxy.ts';
import { devCsp } from './src/lib/node/dev-csp.ts';

export default defineConfig({
  plugins: [react(), contentPlugin(), llmDevProxy(), devCsp()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 2000,
  },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
});
