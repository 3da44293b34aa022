// First-load JavaScript of the production build: the entry chunk plus every chunk it imports
// statically (from Vite's manifest), gzipped. Lazy chunks such as mermaid's are listed apart.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface BenchResult {
  name: string;
  lines: string[];
  ok: boolean;
}

const BUDGET_KB = 150;

export async function benchBundle(dist = resolve(import.meta.dirname, '../../dist')): Promise<BenchResult> {
  const manifestPath = join(dist, '.vite/manifest.json');
  if (!existsSync(manifestPath)) {
    return { name: 'bundle', lines: ['no build found: run `npm run build` first'], ok: false };
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) return { name: 'bundle', lines: ['manifest has no entry chunk'], ok: false };

  const firstLoad = new Set<string>();
  const visit = (key: string) => {
    if (firstLoad.has(key)) return;
    firstLoad.add(key);
    for (const k of manifest[key]?.imports ?? []) visit(k);
  };
  visit(entry[0]);

  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const jsBytes = [...firstLoad].reduce((sum, k) => sum + gz(manifest[k]!.file), 0);
  const cssFiles = [...new Set([...firstLoad].flatMap((k) => manifest[k]?.css ?? []))];
  const cssBytes = cssFiles.reduce((sum, f) => sum + gz(f), 0);
  const firstLoadSources =
    [...firstLoad].join(' ') + ' ' + [...firstLoad].map((k) => manifest[k]!.file).join(' ');
  const mermaidInFirstLoad = /mermaid/i.test(firstLoadSources);
  const mermaidChunks = Object.entries(manifest).filter(([k]) => /node_modules\/mermaid\//.test(k));
  const lazyBytes = Object.entries(manifest)
    .filter(([k]) => !firstLoad.has(k))
    .reduce((sum, [, c]) => sum + (c.file.endsWith('.js') ? gz(c.file) : 0), 0);

  // Storage (with zod, validating every record read back) is fetched by start-up code right after the
  // first paint: not first-load, but reported so the number is not flattering.
  const startup = new Set<string>();
  const visitStartup = (key: string) => {
    if (firstLoad.has(key) || startup.has(key)) return;
    startup.add(key);
    for (const k of manifest[key]?.imports ?? []) visitStartup(k);
  };
  for (const k of ['src/lib/storage/attempt-repository.ts', 'src/lib/storage/debounced-writer.ts']) {
    if (manifest[k]) visitStartup(k);
  }
  const startupBytes = [...startup].reduce((sum, k) => sum + gz(manifest[k]!.file), 0);
  const kb = (b: number) => (b / 1024).toFixed(1);
  const ok = jsBytes / 1024 <= BUDGET_KB && !mermaidInFirstLoad;
  return {
    name: 'bundle',
    ok,
    lines: [
      `first-load JS: ${kb(jsBytes)} KB gzipped in ${firstLoad.size} chunk(s) (goal <= ${BUDGET_KB} KB), CSS ${kb(cssBytes)} KB`,
      `mermaid in first load: ${mermaidInFirstLoad ? 'YES (should be lazy)' : 'no'}; mermaid chunks: ${mermaidChunks.length ? 'lazy' : 'none built'}`,
      `fetched right after start-up (saved attempts + validation): ${kb(startupBytes)} KB gzipped`,
      `lazy JS (all other chunks, incl. screens, mermaid, openai): ${kb(lazyBytes)} KB gzipped`,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchBundle();
  console.log(r.lines.join('\n'));
}
