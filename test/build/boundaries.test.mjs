// Which folders of src/ may import which: every import in src/ is read with
// TypeScript's parser, and DOM globals in the DOM-free folders with its type
// checker (so a local variable named `location` is not one).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const SRC = resolve('src');

/**
 * Known crossings, each with why it stays. The first two are the browser half
 * of src/data/ (fetching a file, warning in the page's console), which the
 * command line never reaches (checked below).
 */
const ALLOWED = [
  {
    from: 'data/fetch-text.ts',
    to: 'runtime/fetch-json.ts',
    reason: "fetches with the widgets' checks (no cookies, no redirect elsewhere, time and size limits)",
  },
  {
    from: 'data/load-progress.ts',
    to: 'loader/log.ts',
    reason: "tells the page's console, once, what is wrong with a progress file",
  },
  {
    from: 'tools/go/go-page.ts',
    to: 'widgets/guide/built-in-guide.ts',
    reason: "the smart link page shows the guide's own steps (its data, not its code)",
  },
  {
    from: 'data/load-progress.ts',
    to: 'runtime/data-script.ts',
    reason: 'reads progress.js with <script src>, which a portal of another host can without CORS',
  },
];

/** Widgets may use each other only through these files (none today: the banner's QR dialog comes from src/ui/). */
const WIDGET_PUBLIC = /^widgets\/[^/]+\/define\.ts$/;

const LIT = /^(lit|lit-html|lit-element|@lit\/[^/]+)(\/|$)/;
const ENTRY_POINTS = ['npm', 'bundle'];

/** Globals of a page, which code that must run in Node (the command line) cannot use. */
const DOM_GLOBALS = new Set([
  'document',
  'window',
  'location',
  'HTMLElement',
  'customElements',
  'navigator',
  'localStorage',
  'sessionStorage',
  'self',
  'Element',
  'ShadowRoot',
  'getComputedStyle',
  'matchMedia',
  'requestAnimationFrame',
]);
const isDomGlobalName = (name) => DOM_GLOBALS.has(name) || /^(HTML|SVG)\w*Element$/.test(name);

/** The src/ folder a path under src/ belongs to; for widgets, the widget's folder. */
const areaOf = (path) => (path.startsWith('widgets/') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]);
const under = (path, ...folders) => folders.some((folder) => path.startsWith(`${folder}/`));

/** Why `from` (a path under src/) may not import `to` (a path under src/, or a package name), or undefined when it may. */
function boundaryBroken(from, to, isPackage) {
  if (isPackage) {
    if (under(from, 'data', 'registry') && LIT.test(to)) return 'src/data and src/registry run without a DOM: no Lit';
    if (under(from, 'loader')) return 'the loader is our own code only, to stay within its 4 KB';
    return undefined;
  }
  if (to.startsWith('..'))
    return under(from, 'loader') ? 'the loader imports only src/loader and src/registry' : undefined;
  if (under(to, ...ENTRY_POINTS) && !under(from, areaOf(to)))
    return 'src/npm and src/bundle are entry points, imported by no other code';
  if (under(from, 'data', 'registry') && under(to, 'loader', 'runtime', 'ui', 'widgets', 'tools'))
    return 'src/data and src/registry run without a DOM, in Node too';
  if (under(from, 'loader') && !under(to, 'loader', 'registry'))
    return 'the loader imports only src/loader and src/registry';
  if (under(from, 'runtime') && under(to, 'ui', 'widgets', 'tools'))
    return 'the runtime is below the UI, the widgets and the tools';
  if (under(from, 'ui') && under(to, 'widgets', 'tools')) return 'the shared UI is below the widgets and the tools';
  if (under(from, 'widgets') && under(to, 'tools')) return "the widgets do not depend on the Department's tools";
  if (
    under(from, 'widgets', 'tools') &&
    under(to, 'widgets') &&
    areaOf(from) !== areaOf(to) &&
    !WIDGET_PUBLIC.test(to)
  ) {
    return "a widget's files are its own: others use only its define.ts";
  }
  return undefined;
}

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier in a file: imports, re-exports, import(), `import('…')` types and `import x = require('…')`. */
function specifiers(sourceFile) {
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push(node.moduleSpecifier);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      found.push(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) found.push(node.argument.literal);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      found.push(node.moduleReference.expression);
    else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return; // `declare module 'x'` describes x; it imports nothing
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found.map((literal) => {
    assert.ok(
      literal && ts.isStringLiteralLike(literal),
      `${sourceFile.fileName}: an import whose module is not a plain string`,
    );
    return literal.text;
  });
}

const toSrcPath = (file) => relative(SRC, file).split(sep).join('/');

/** Where a specifier leads: a path under src/ (`..` when outside), or a package name. */
function target(file, specifier) {
  if (!specifier.startsWith('.')) return { to: specifier, isPackage: true };
  let path = resolve(dirname(file), specifier);
  if (path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts'))) path = path.replace(/\.js$/, '.ts');
  return { to: toSrcPath(path), isPackage: false };
}

/** Every import in src/, as { from, to, isPackage }. */
function importsOfSrc() {
  return sourceFiles(SRC).flatMap((file) => {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    return specifiers(sourceFile).map((specifier) => ({ from: toSrcPath(file), ...target(file, specifier) }));
  });
}

const isAllowed = ({ from, to }) => ALLOWED.some((allowed) => allowed.from === from && allowed.to === to);

test('no file in src/ imports across a boundary it must not', () => {
  const imports = importsOfSrc();
  assert.ok(imports.length > 150, `read ${imports.length} imports`);
  const broken = imports
    .filter((entry) => !isAllowed(entry))
    .map((entry) => ({ ...entry, reason: boundaryBroken(entry.from, entry.to, entry.isPackage) }))
    .filter((entry) => entry.reason)
    .map(({ from, to, reason }) => `src/${from} imports ${to}: ${reason}`);
  assert.deepEqual(broken, []);
});

test('every allowed crossing still exists and still crosses a boundary', () => {
  const imports = importsOfSrc();
  for (const allowed of ALLOWED) {
    assert.ok(
      imports.some((entry) => isAllowed(entry) && entry.from === allowed.from),
      `src/${allowed.from} no longer imports ${allowed.to}: drop it from ALLOWED`,
    );
    assert.ok(boundaryBroken(allowed.from, allowed.to, false), `${allowed.from} -> ${allowed.to} is no crossing`);
  }
});

test("the command line's progress reader (src/data/node.ts) reaches only src/data and src/registry, none of the allowed crossings", () => {
  const byFile = new Map();
  for (const entry of importsOfSrc()) byFile.set(entry.from, [...(byFile.get(entry.from) ?? []), entry]);
  const reached = new Set();
  const visit = (path) => {
    if (reached.has(path)) return;
    reached.add(path);
    for (const { to, isPackage } of byFile.get(path) ?? []) {
      assert.ok(!isPackage, `src/${path} imports the package ${to}`);
      visit(to);
    }
  };
  visit('data/node.ts');
  const foreign = [...reached].filter(
    (path) => !under(path, 'data', 'registry') || ALLOWED.some((allowed) => allowed.from === path),
  );
  assert.deepEqual(foreign, []);
  assert.ok(reached.has('data/progress-file.ts'));
});

/** Each use of a page global in `files`: identifiers the type checker resolves to a global of TypeScript's DOM library. */
function domGlobalsUsed(files) {
  const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
  const program = ts.createProgram(files, { ...options, types: [], noEmit: true });
  const checker = program.getTypeChecker();
  const isDomLibrary = (sourceFile) =>
    program.isSourceFileDefaultLibrary(sourceFile) && /lib\.dom(\.\w+)?\.d\.ts$/.test(sourceFile.fileName);
  /** Declared at the top of the DOM library: `declare var document`, `interface HTMLElement`… (not a property such as Window.document). */
  const isTopLevel = (declaration) =>
    ts.isSourceFile(declaration.parent) ||
    (ts.isVariableDeclaration(declaration) && ts.isSourceFile(declaration.parent.parent.parent));
  const isDomGlobal = (declaration) => isDomLibrary(declaration.getSourceFile()) && isTopLevel(declaration);
  const uses = [];
  for (const file of files) {
    const sourceFile = program.getSourceFile(file);
    const visit = (node) => {
      if (ts.isIdentifier(node) && isDomGlobalName(node.text)) {
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol?.declarations?.some(isDomGlobal)) {
          const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
          uses.push(`src/${toSrcPath(file)}:${line + 1} ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return uses;
}

test('src/data and src/registry use no page globals (document, window, location, HTMLElement…)', () => {
  const files = [...sourceFiles(join(SRC, 'data')), ...sourceFiles(join(SRC, 'registry'))];
  assert.ok(files.length >= 10, `checked ${files.length} files`);
  assert.deepEqual(domGlobalsUsed(files), []);
});
