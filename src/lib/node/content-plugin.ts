// Parses prompts/ and rubrics/ at build (and dev-server) time with the domain schemas and hands the
// browser validated JSON as a virtual module, so the app ships neither a YAML parser nor zod for its
// built-in content. A malformed file fails the production build with its path and field; in dev the
// app shows the problem in a banner and the file is skipped.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContentFromDisk } from './content-files.ts';

// Two modules: a small index (what the library lists, and content errors) that ships in the first
// load, and the full content (reference notes, follow-ups, rubrics) for the screens that need it.
const INDEX_ID = 'virtual:design-dojo-content/index';
const FULL_ID = 'virtual:design-dojo-content/full';
const RESOLVED = new Map([INDEX_ID, FULL_ID].map((id) => [id, `\0${id}`]));

export function contentPlugin(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'design-dojo-content',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId: (id) => RESOLVED.get(id),
    load(id) {
      if (id !== RESOLVED.get(INDEX_ID) && id !== RESOLVED.get(FULL_ID)) return undefined;
      const { prompts, rubrics, errors } = loadContentFromDisk(root);
      if (command === 'build' && errors.length && !process.env.VITEST) {
        this.error(`Invalid content:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
      }
      if (id === RESOLVED.get(FULL_ID)) return `export default ${JSON.stringify({ prompts, rubrics })};`;
      const index = prompts.map(({ reference: _r, followUps: _f, ...card }) => card);
      return `export default ${JSON.stringify({ prompts: index, errors: errors.map((e) => e.message) })};`;
    },
    configureServer(server) {
      const dirs = [resolve(root, 'prompts'), resolve(root, 'rubrics')];
      server.watcher.add(dirs);
      const onChange = (file: string) => {
        if (!dirs.some((d) => file.startsWith(d))) return;
        for (const resolved of RESOLVED.values()) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}
