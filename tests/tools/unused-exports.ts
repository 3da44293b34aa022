// Lists exports under src/ that no other file imports (tests included), using the TypeScript compiler
// API: `npx tsx tests/tools/unused-exports.ts`. Exits 1 when there are any. A module loaded with a
// dynamic `import()` counts as fully used, since its exports are read as properties.
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');

/** Entry points whose exports are used by tools rather than imports (Vite config, CLIs run directly). */
const ENTRY_EXPORTS_OK = [/^src\/cli\/[^/]+\.ts$/, /^src\/lib\/node\//, /\.d\.ts$/];

function program(): ts.Program {
  const configPath = resolve(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(parsed.fileNames, parsed.options);
}

function resolveModule(p: ts.Program, from: string, specifier: string): string | null {
  const result = ts.resolveModuleName(specifier, from, p.getCompilerOptions(), ts.sys);
  const file = result.resolvedModule?.resolvedFileName;
  return file && !file.includes('node_modules') ? resolve(file) : null;
}

export function unusedExports(): string[] {
  const p = program();
  const checker = p.getTypeChecker();
  const used = new Map<string, Set<string>>();
  const fullyUsed = new Set<string>();
  const markUsed = (file: string, name: string) => {
    if (!used.has(file)) used.set(file, new Set());
    used.get(file)?.add(name);
  };

  for (const source of p.getSourceFiles()) {
    if (source.fileName.includes('node_modules')) continue;
    const visit = (node: ts.Node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const target = resolveModule(p, source.fileName, node.moduleSpecifier.text);
        if (target) {
          if (ts.isImportDeclaration(node)) {
            const clause = node.importClause;
            if (clause?.name) markUsed(target, 'default');
            const bindings = clause?.namedBindings;
            if (bindings && ts.isNamespaceImport(bindings)) fullyUsed.add(target);
            if (bindings && ts.isNamedImports(bindings)) {
              for (const el of bindings.elements) markUsed(target, (el.propertyName ?? el.name).text);
            }
          } else if (!node.exportClause) {
            fullyUsed.add(target);
          } else if (ts.isNamedExports(node.exportClause)) {
            for (const el of node.exportClause.elements) markUsed(target, (el.propertyName ?? el.name).text);
          }
        }
      } else if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isPropertyAccessExpression(node.expression) &&
            ['mock', 'doMock', 'importActual'].includes(node.expression.name.text))) &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const target = resolveModule(p, source.fileName, node.arguments[0].text);
        if (target) fullyUsed.add(target);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const literal = node.argument.literal;
        if (ts.isStringLiteral(literal)) {
          const target = resolveModule(p, source.fileName, literal.text);
          if (target && node.qualifier)
            markUsed(target, ts.isIdentifier(node.qualifier) ? node.qualifier.text : '');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  const unused: string[] = [];
  for (const source of p.getSourceFiles()) {
    const file = resolve(source.fileName);
    const path = relative(ROOT, file).split('\\').join('/');
    if (!path.startsWith('src/') || /\.test\.tsx?$/.test(path)) continue;
    if (ENTRY_EXPORTS_OK.some((re) => re.test(path)) || fullyUsed.has(file)) continue;
    const symbol = checker.getSymbolAtLocation(source);
    if (!symbol) continue;
    for (const exported of checker.getExportsOfModule(symbol)) {
      if (!used.get(file)?.has(exported.name)) unused.push(`${path}: ${exported.name}`);
    }
  }
  return unused.sort();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const unused = unusedExports();
  for (const line of unused) console.log(line);
  console.log(`${unused.length} unused export(s) under src/`);
  process.exitCode = unused.length ? 1 : 0;
}
