// Shared by the local ESLint rules: which import specifiers a file uses, and where they point.
import { dirname, relative, resolve, sep } from 'node:path';

/** Every module specifier in the file: static imports, re-exports and literal dynamic `import()`. */
export function importVisitors(onImport) {
  const check = (node) => {
    if (node.source?.type === 'Literal' && typeof node.source.value === 'string') {
      onImport(node, node.source.value);
    }
  };
  return {
    ImportDeclaration: check,
    ExportNamedDeclaration: check,
    ExportAllDeclaration: check,
    ImportExpression: check,
  };
}

/** The file a specifier points to, relative to `root` with forward slashes, or null for a package. */
export function resolveInRepo(root, fromFile, specifier) {
  let absolute;
  if (specifier.startsWith('@/')) absolute = resolve(root, 'src', specifier.slice(2));
  else if (specifier.startsWith('.')) absolute = resolve(dirname(fromFile), specifier);
  else return null;
  return relative(root, absolute).split(sep).join('/');
}

/** The repo-relative path of the file being linted, with forward slashes. */
export function repoPath(root, file) {
  return relative(root, file).split(sep).join('/');
}
