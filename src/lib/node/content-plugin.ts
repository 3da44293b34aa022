// Parses prompts/ and rubrics/ at build (and dev-server) time with the domain schemas and hands the
// browser validated JSON as a virtual module, so the app ships neither a YAML parser nor zod for its
// built-in content. A malformed file fails the production build with its path and field; in dev the
// app shows the problem in a banner and the file is skipped.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContentFromDisk } from './content-files';

const VIRTUAL_ID = 'virtual:design-dojo-content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function contentPlugin(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'design-dojo-content',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { prompts, rubrics, errors } = loadContentFromDisk(root);
      if (command === 'build' && errors.length && !process.env.VITEST) {
        this.error(`Invalid content:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
      }
      return `export default ${JSON.stringify({ prompts, rubrics, errors: errors.map((e) => e.message) })};`;
    },
    configureServer(server) {
      const dirs = [resolve(root, 'prompts'), resolve(root, 'rubrics')];
      server.watcher.add(dirs);
      const onChange = (file: string) => {
        if (!dirs.some((d) => file.startsWith(d))) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };
}
