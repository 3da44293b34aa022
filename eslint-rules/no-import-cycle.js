// Reports an import that closes a cycle between files under src/. Cycles make module initialisation
// order matter and blur the layers; type-only imports are erased at build time and do not count.
// Other files are read with the TypeScript parser once per lint run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { importVisitors, repoPath, resolveInRepo } from './import-paths.js';

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const edgesCache = new Map();

function fileFor(root, target) {
  for (const ext of EXTENSIONS) {
    const path = resolve(root, target + ext);
    if (existsSync(path) && statSync(path).isFile()) return repoPath(root, path);
  }
  return null;
}

function isTypeOnlyImport(clause) {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return (
    !clause.name &&
    !!named &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  );
}

/** Repo paths of the src/ files `file` imports at run time (static, re-exported or dynamic). */
function runtimeImports(root, file) {
  const cached = edgesCache.get(file);
  if (cached) return cached;
  const absolute = resolve(root, file);
  const text = readFileSync(absolute, 'utf8');
  const source = ts.createSourceFile(absolute, text, ts.ScriptTarget.Latest, false);
  const specifiers = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !isTypeOnlyImport(node.importClause)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const edges = resolveAll(root, absolute, specifiers);
  edgesCache.set(file, edges);
  return edges;
}

function resolveAll(root, absoluteFrom, specifiers) {
  const out = [];
  for (const specifier of specifiers) {
    const target = resolveInRepo(root, absoluteFrom, specifier);
    const file = target?.startsWith('src/') ? fileFor(root, target) : null;
    if (file) out.push(file);
  }
  return out;
}

/** A path of imports from `start` back to `goal`, or null. */
function pathBack(root, start, goal) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length) {
    const [file, path] = stack.pop();
    if (file === goal) return path;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of runtimeImports(root, file)) stack.push([next, [...path, next]]);
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles between files under src/.' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const self = repoPath(root, context.filename);
    if (!self.startsWith('src/')) return {};
    return importVisitors((node, specifier) => {
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      if (node.type === 'ImportDeclaration' && node.specifiers.length > 0) {
        if (node.specifiers.every((s) => s.importKind === 'type')) return;
      }
      const target = resolveInRepo(root, context.filename, specifier);
      const file = target?.startsWith('src/') ? fileFor(root, target) : null;
      if (!file || file === self) return;
      const cycle = pathBack(root, file, self);
      if (cycle) {
        context.report({ node, message: `Import cycle: ${[self, ...cycle].join(' -> ')}.` });
      }
    });
  },
};
