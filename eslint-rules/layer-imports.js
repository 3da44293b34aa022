// Keeps the one-way dependency direction (domain <- lib, content <- stores <- components, hooks <-
// features <- app; cli uses domain, lib and content) and the one-gateway-per-outside-library rule.
// Unlike path patterns, it resolves relative specifiers first, so `../attempt/x` from
// src/features/library is seen as the attempt feature, and it checks dynamic `import()` as well.
import { importVisitors, repoPath, resolveInRepo } from './import-paths.js';

const BELOW = {
  domain: ['domain'],
  lib: ['domain', 'lib', 'content'],
  content: ['domain', 'lib', 'content'],
  stores: ['domain', 'lib', 'content', 'stores'],
  components: ['domain', 'lib', 'content', 'stores', 'components', 'hooks'],
  hooks: ['domain', 'lib', 'content', 'stores', 'components', 'hooks'],
  features: ['domain', 'lib', 'content', 'stores', 'components', 'hooks', 'features'],
  app: ['domain', 'lib', 'content', 'stores', 'components', 'hooks', 'features', 'app'],
  cli: ['domain', 'lib', 'content', 'cli'],
};

/** Outside libraries and adapters that only one folder may import. */
const GATEWAYS = [
  { module: /^openai(\/|$)/, home: 'src/lib/llm/', what: 'openai' },
  { module: /^mermaid(\/|$)/, home: 'src/lib/mermaid/', what: 'mermaid' },
  { module: /^dompurify$/, home: 'src/lib/mermaid/', what: 'dompurify' },
  { file: /^src\/lib\/storage\/idb(\.ts)?$/, home: 'src/lib/storage/', what: 'the IndexedDB adapter' },
];

/** { layer, feature } of a repo path under src/, or null outside src/. */
function placeOf(path) {
  const m = /^src\/([^/]+)\/(?:([^/]+)\/)?/.exec(path);
  if (!m || !(m[1] in BELOW)) return null;
  return { layer: m[1], feature: m[1] === 'features' ? m[2] : undefined };
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer order, features stay apart, gateways stay single.' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const self = repoPath(root, context.filename);
    const from = placeOf(self);
    return importVisitors((node, specifier) => {
      const target = resolveInRepo(root, context.filename, specifier);
      for (const gate of GATEWAYS) {
        const hit = gate.module ? gate.module.test(specifier) : target !== null && gate.file.test(target);
        if (hit && self.startsWith('src/') && !self.startsWith(gate.home)) {
          context.report({ node, message: `${gate.what} is imported only in ${gate.home} (one gateway).` });
        }
      }
      if (target?.startsWith('tests/') && self.startsWith('src/') && !/\.test\.tsx?$/.test(self)) {
        context.report({
          node,
          message: 'Shipped code does not import from tests/: move what it needs into src/.',
        });
      }
      if (!from || target === null) return;
      const to = placeOf(target);
      if (!to) return;
      if (!BELOW[from.layer].includes(to.layer)) {
        context.report({
          node,
          message: `src/${from.layer} may not import src/${to.layer} (dependencies point one way: see CONTRIBUTING.md).`,
        });
      } else if (from.feature && to.feature && from.feature !== to.feature) {
        context.report({
          node,
          message: `features/${from.feature} may not import features/${to.feature}: features stay apart; share through components/ or hooks/.`,
        });
      }
    });
  },
};
