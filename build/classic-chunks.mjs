// Vite (rolldown) plugins that turn the widgets' code-split ES modules into
// classic scripts the loader can add with <script src>: those need no CORS,
// unlike import() or type=module. See the comment in vite.config.ts.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** The chunks register here: a Symbol.for key, which markup on the page cannot clobber. */
export const CHUNK_REGISTRY = 'ispeed-widgets.chunks';
/** How a chunk asks the loader for one of its modules (see src/loader/chunk-loader.ts). */
export const EXTERNAL_PREFIX = 'ispeed:';

/**
 * In the chunks' build, an import of a module the loader holds (its path
 * under src/ without extension, in `names`: PROVIDED_MODULE_NAMES) becomes
 * `require("ispeed:<index in names>")`, answered by the loader.
 */
export function providedByLoader(root, names) {
  const byPath = new Map(names.map((name, index) => [resolve(root, 'src', `${name}.ts`), index]));
  return {
    name: 'ispeed-provided-by-loader',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith(EXTERNAL_PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const index = resolved ? byPath.get(resolved.id.split('?')[0]) : undefined;
      return index === undefined ? null : { id: `${EXTERNAL_PREFIX}${index}`, external: true };
    },
  };
}

/** The provided module a chunk's `ispeed:` import names, or undefined for any other import. */
export function providedModuleName(names, id) {
  if (!id.startsWith(EXTERNAL_PREFIX)) return undefined;
  const index = id.slice(EXTERNAL_PREFIX.length);
  const name = /^\d+$/.test(index) ? names[Number(index)] : undefined;
  if (!name) throw new Error(`${id} is not one of the ${names.length} modules the loader provides.`);
  return name;
}

export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Rolldown gives a shared chunk's exports as getters, for live bindings. The
 * chunks' exports are functions, classes and constants, set by the time the
 * factory returns (it runs whole before any chunk that requires it), so a
 * plain property does the same for less code; the Module tag is never read.
 */
export function plainExports(code) {
  const out = code
    .replace(/^Object\.defineProperty\(exports, Symbol\.toStringTag, \{ value: 'Module' \}\);\n?/m, '')
    .replace(
      /^Object\.defineProperty\(exports, ("[\w$]+"), \{\n\s*enumerable: true,\n\s*get: function \(\) \{\n\s*return ([\w$]+);\n\s*\}\n\}\);$/gm,
      'exports[$1] = $2;',
    );
  if (out.includes('Object.defineProperty(exports,'))
    throw new Error('plainExports: an export form Rolldown now writes differently; update the pattern.');
  return out;
}

/**
 * Wraps each CommonJS chunk in a factory registered under its file name, run
 * by the loader's `require` once every file a widget needs has arrived, and
 * writes manifest.json: which files each entry needs (itself last), so the
 * loader can ask for all of them at once, each file's sha384, and (for the
 * tests, not the loader) which of the loader's modules the chunks use.
 */
export function classicChunks(names) {
  return {
    name: 'ispeed-classic-chunks',
    renderChunk(code, chunk) {
      const key = JSON.stringify(chunk.fileName);
      return {
        code: `(globalThis[Symbol.for(${JSON.stringify(CHUNK_REGISTRY)})]||={})[${key}]=function(require,module,exports){${plainExports(code)}\n};`,
        map: null,
      };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const filesOf = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return [];
        seen.add(fileName);
        const chunk = byFile.get(fileName);
        const deps = chunk.imports.filter((name) => byFile.has(name)).flatMap((name) => filesOf(name, seen));
        return [...deps, fileName];
      };
      const files = {};
      const integrity = {};
      const provided = new Set();
      for (const chunk of chunks) {
        if (chunk.dynamicImports.length)
          this.error(`${chunk.fileName} imports code dynamically; the loader cannot serve that.`);
        for (const id of chunk.imports) {
          const name = providedModuleName(names, id);
          if (name) provided.add(name);
        }
        if (chunk.isEntry) files[chunk.name] = filesOf(chunk.fileName);
        integrity[chunk.fileName] = sriHash(chunk.code);
      }
      const manifest = { files, integrity, provided: [...provided].sort() };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}
