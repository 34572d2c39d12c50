import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { classicChunks, providedByLoader } from './build/classic-chunks.mjs';
import { shrinkCssTemplates } from './build/css-templates.mjs';
import { bakedRegistryFacts } from './build/registry-facts.mjs';
import { loaderFacts } from './src/registry/options.ts';
import { litTrustedTypesPolicy } from './build/lit-policy.mjs';
import { qrcodeWithoutUnusedParts } from './build/qrcode-unused.mjs';
import { recordModules } from './build/module-report.mjs';
import { PROVIDED_MODULE_NAMES } from './src/loader/provided-module-names.ts';

/**
 * One config, several builds (build/build.mjs runs each mode in turn):
 *  - esm:    dist/esm/, ES modules for npm users; lit stays an import.
 *  - chunks: dist/chunks/, the widgets' code for the loader, as classic scripts.
 *  - loader: dist/ispeed.js, the small classic script webmasters paste.
 *  - bundle: dist/ispeed.bundle.js, everything in one classic script.
 *  - print:  dist/print.js, the script of the poster page dist/print.html.
 *  - embed:  dist/embed.js, the script of the iframe embed page dist/embed.html.
 *  - go:     dist/go.js, the script of the smart link page dist/go.html.
 *  - configurator: dist/configurator/, the editorial board's embed-code tool.
 *  - report: dist/report/, the Department's monthly report page.
 *  - report-lib: dist/lib/progress-report.js, the same reader and table for `ispeed-widgets report` (Node),
 *    and dist/lib/xlsx.js, the workbook reader and writer, loaded only for a workbook.
 *
 * Why the chunks are CommonJS wrapped in a factory rather than ES modules:
 * portals load dist/ from a Department host that sends no CORS headers, and
 * import() or <script type=module> always need CORS, while a classic <script
 * src> does not. Rolldown code-splits CommonJS output like ES output; each
 * chunk is wrapped so that it registers itself instead of running
 * (classicChunks), the build records which files each widget needs (the
 * loader then asks for all of them at once: one round trip), and the modules
 * the loader already has are left out of the chunks and handed to them by the
 * loader (providedByLoader, from the list in src/loader/provided-module-names.ts),
 * so nothing ships twice (dist/modules.json records which modules each of
 * these files carries, for the tests). A small registry of our own
 * (src/loader/chunk-loader.ts) is smaller than SystemJS and needs no eval,
 * which Trusted Types and strict CSPs forbid.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The SVG banners of the library's own assets/manifest.json, put into the code (see builtInManifest in src/runtime/assets.ts). */
function builtInArt(): unknown {
  const manifest = JSON.parse(readFileSync(new URL('./assets/manifest.json', import.meta.url), 'utf8')) as {
    assets: { kind: string; file: string; sha256?: string; source?: string }[];
  };
  const assets = manifest.assets
    .filter((entry) => entry.kind === 'banner' && entry.file.endsWith('.svg'))
    .map(({ sha256: _hash, source: _source, ...entry }) => entry);
  return { ...manifest, assets };
}

/** Written by the chunks build and read by the loader build (see build/build.mjs). */
export const CHUNK_MANIFEST = 'dist/chunks/manifest.json';

/** npm entry points: each also installs `window.ISpeed` and finds the assets folder. */
const esmEntries = {
  index: 'src/npm/index.ts',
  banner: 'src/npm/banner.ts',
  'qr-card': 'src/npm/qr-card.ts',
  guide: 'src/npm/guide.ts',
  progress: 'src/npm/progress.ts',
};

/** What the loader loads per element: only the element, since the loader did the rest. */
const chunkEntries = {
  'ispeed-banner': 'src/widgets/banner/define.ts',
  'ispeed-qr-card': 'src/widgets/qr-card/define.ts',
  'ispeed-guide': 'src/widgets/guide/define.ts',
  'ispeed-progress': 'src/widgets/progress/define.ts',
  // Not an element: a banner's unit figure, loaded only when its banner has a progress file.
  'unit-figure': 'src/widgets/banner/unit-figure.ts',
  // The QR code of a tall desktop banner, loaded after the banner has rendered.
  'scan-code': 'src/widgets/banner/scan-code.ts',
};

/** Groups what every widget shares into one chunk, except the QR encoder (the QR card) and the data file reader (progress). */
function sharedCore(id: string): string | undefined {
  if (/node_modules\/(qrcode|dijkstrajs)\/|\/src\/runtime\/(qr|download|data-script)\.ts$|\/src\/data\//.test(id))
    return undefined;
  // A widget's own options go with that widget.
  if (/\/src\/registry\/widget-options\//.test(id)) return undefined;
  return /node_modules\/|\/src\/(runtime|ui|registry)\//.test(id) ? 'core' : undefined;
}

function base(outDir: string, minify: boolean, plugins: Plugin[] = []): UserConfig {
  return {
    define: { __ISPEED_VERSION__: JSON.stringify(version), __ISPEED_BUILT_IN_ART__: JSON.stringify(builtInArt()) },
    logLevel: 'warn',
    plugins: [shrinkCssTemplates(), litTrustedTypesPolicy(root), qrcodeWithoutUnusedParts(), ...plugins],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2021',
      minify,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      // No <link rel=modulepreload> injected into the host page's <head>: the
      // widgets change nothing outside their own elements.
      modulePreload: false,
    },
  };
}

function classicScript(entry: string, fileName: string): UserConfig {
  const config = base('dist', true);
  config.build!.lib = { entry, formats: ['iife'], name: 'ISpeedWidgets', fileName: () => fileName };
  return config;
}

/** The chunks' graph and hashes, for the loader; the chunks build must have run first. */
function chunkManifest(): string {
  if (!existsSync(CHUNK_MANIFEST))
    throw new Error(`${CHUNK_MANIFEST} is missing: build the "chunks" mode before the "loader" (npm run build does).`);
  const { files, integrity } = JSON.parse(readFileSync(CHUNK_MANIFEST, 'utf8')) as {
    files: unknown;
    integrity: unknown;
  };
  return JSON.stringify({ files, integrity });
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'esm': {
      const config = base('dist/esm', false);
      // Every module of dist/esm/ sits one level below dist/ (see src/npm/esm-setup.ts).
      config.define = { ...config.define, __ISPEED_PACKAGE_ROOT__: JSON.stringify('../') };
      config.build!.lib = { entry: esmEntries, formats: ['es'] };
      config.build!.rolldownOptions = { external: [/^lit($|\/)/, /^@lit\//, /^qrcode($|\/)/] };
      return config;
    }
    case 'chunks': {
      const config = base('dist/chunks', true, [
        providedByLoader(root, PROVIDED_MODULE_NAMES),
        classicChunks(PROVIDED_MODULE_NAMES),
        recordModules(root, 'dist'),
      ]);
      config.build!.rolldownOptions = {
        input: chunkEntries,
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'cjs',
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: '[name]-[hash].js',
          // What every widget shares (lit, src/runtime, src/ui, src/registry) in one file; the
          // QR encoder stays with the QR card, so a banner-only page never loads it.
          manualChunks: sharedCore,
        },
      };
      return config;
    }
    case 'loader': {
      const config = classicScript('src/loader/loader.ts', 'ispeed.js');
      config.plugins!.push(bakedRegistryFacts(root, loaderFacts()), recordModules(root, 'dist'));
      config.define = { ...config.define, __ISPEED_CHUNKS__: chunkManifest(), __ISPEED_WIDGETS_ONLY__: 'true' };
      return config;
    }
    case 'bundle':
      return classicScript('src/bundle/bundle.ts', 'ispeed.bundle.js');
    case 'print':
      return classicScript('src/tools/pages/print-page.ts', 'print.js');
    case 'embed':
      return classicScript('src/tools/pages/embed-page.ts', 'embed.js');
    case 'go':
      return classicScript('src/tools/go/go-page.ts', 'go.js');
    case 'configurator': {
      const config = base('dist/configurator', true);
      config.build!.rolldownOptions = {
        input: { configurator: 'src/tools/configurator/define.ts', preview: 'src/tools/configurator/preview-page.ts' },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      };
      return config;
    }
    case 'report': {
      const config = base('dist/report', true);
      config.build!.rolldownOptions = {
        input: { report: 'src/tools/report/define.ts' },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      };
      return config;
    }
    case 'report-lib': {
      const config = base('dist/lib', false);
      config.plugins!.push(recordModules(root, 'dist'));
      config.build!.lib = {
        entry: { 'progress-report': 'src/data/node.ts', xlsx: 'src/data/xlsx-node.ts' },
        formats: ['es'],
      };
      config.build!.target = 'node20';
      return config;
    }
    default:
      throw new Error(`Unknown build mode "${mode}". Run "npm run build", which builds every mode.`);
  }
});
