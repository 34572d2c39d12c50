// Vite (rolldown) plugins that turn the widgets' code-split ES modules into
// classic scripts the loader can add with <script src>: those need no CORS,
// unlike import() or type=module. See the comment in vite.config.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** The chunks register here: a Symbol.for key, which markup on the page cannot clobber. */
export const CHUNK_REGISTRY = 'ispeed-widgets.chunks';
const EXTERNAL_PREFIX = 'ispeed:';

/**
 * The modules the loader already holds and hands to the chunks, read from
 * the loader's own list (src/loader/provided-modules.ts) so the two never
 * disagree: `import type * as name from '../registry/x.js'` gives `registry/x`.
 */
export function modulesProvidedByLoader(root) {
  const source = readFileSync(resolve(root, 'src/loader/provided-modules.ts'), 'utf8');
  return [...source.matchAll(/^import type \* as \w+ from '(\.{1,2}\/[\w/-]+)\.js';$/gm)].map((match) =>
    relative(resolve(root, 'src'), resolve(root, 'src/loader', match[1])),
  );
}

/** In the chunks' build, imports of those modules become `require("ispeed:registry/x")`, answered by the loader. */
export function providedByLoader(root, modules) {
  const byPath = new Map(modules.map((name) => [resolve(root, 'src', `${name}.ts`), name]));
  return {
    name: 'ispeed-provided-by-loader',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith(EXTERNAL_PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const name = resolved && byPath.get(resolved.id.split('?')[0]);
      return name ? { id: `${EXTERNAL_PREFIX}${name}`, external: true } : null;
    },
  };
}

export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Wraps each CommonJS chunk in a factory registered under its file name, run
 * by the loader's `require` once every file a widget needs has arrived, and
 * writes manifest.json: which files each entry needs (itself last), so the
 * loader can ask for all of them at once, and each file's sha384.
 */
export function classicChunks() {
  return {
    name: 'ispeed-classic-chunks',
    renderChunk(code, chunk) {
      const key = JSON.stringify(chunk.fileName);
      return {
        code: `(globalThis[Symbol.for(${JSON.stringify(CHUNK_REGISTRY)})]||={})[${key}]=function(require,module,exports){${code}\n};`,
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
        if (chunk.dynamicImports.length) this.error(`${chunk.fileName} imports code dynamically; the loader cannot serve that.`);
        for (const name of chunk.imports) if (name.startsWith(EXTERNAL_PREFIX)) provided.add(name.slice(EXTERNAL_PREFIX.length));
        if (chunk.isEntry) files[chunk.name] = filesOf(chunk.fileName);
        integrity[chunk.fileName] = sriHash(chunk.code);
      }
      const manifest = { files, integrity, provided: [...provided].sort() };
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

/**
 * lit-html creates a Trusted Types policy named "lit-html" when its module
 * runs. A page's own Lit may have taken that name already, and a strict
 * allowlist without 'allow-duplicates' then throws. Point Lit at the one
 * `ispeed-widgets` policy instead (src/loader/trusted-types.ts).
 */
export function litTrustedTypesPolicy(root) {
  const policyModule = resolve(root, 'src/loader/trusted-types.ts');
  const pattern = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
  return {
    name: 'ispeed-lit-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      if (!pattern.test(code)) this.error(`lit-html's createPolicy("lit-html") call was not found in ${id}: update litTrustedTypesPolicy for this Lit version.`);
      return {
        code: `import { trustedTypesPolicy as __ispeedPolicy } from ${JSON.stringify(policyModule)};\n${code.replace(pattern, '__ispeedPolicy()')}`,
        map: null,
      };
    },
  };
}
