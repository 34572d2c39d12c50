import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, four builds (scripts/build.mjs runs each mode in turn), because
 * classic IIFE scripts cannot share chunks:
 *  - esm:    dist/esm/, ES modules for npm users; lit and i18next stay imports.
 *  - chunks: dist/chunks/, self-contained ES modules the loader imports on demand.
 *  - loader: dist/ispeed.js, the small classic script webmasters paste.
 *  - bundle: dist/ispeed.bundle.js, everything in one classic script.
 *  - print:  dist/print.js, the script of the poster page dist/print.html.
 *  - embed:  dist/embed.js, the script of the iframe embed page dist/embed.html.
 *  - configurator: dist/configurator/, the editorial board's embed-code tool.
 *  - report: dist/report/, the Department's monthly report page.
 *  - report-lib: dist/lib/progress-report.js, the same reader and table for `ispeed-widgets report` (Node).
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** npm entry points: each also installs `window.ISpeed` and finds the assets folder. */
const esmEntries = { index: 'src/index.ts', banner: 'src/banner.ts', 'qr-card': 'src/qr-card.ts', guide: 'src/guide.ts', progress: 'src/progress.ts' };

/** What the loader imports per element: only the element, since the loader did the rest. */
const chunkEntries = {
  banner: 'src/components/banner/define.ts',
  'qr-card': 'src/components/qr-card/define.ts',
  guide: 'src/components/guide/define.ts',
  progress: 'src/components/progress/define.ts',
};

/** Groups what every widget shares into one chunk, except the QR encoder and the CSV reader (progress only). */
function sharedCore(id: string): string | undefined {
  if (/node_modules\/(qrcode|dijkstrajs|papaparse)\/|\/src\/core\/qr\.ts$/.test(id)) return undefined;
  return /node_modules\/|\/src\/core\/|\/src\/locales\//.test(id) ? 'core' : undefined;
}

function base(outDir: string, minify: boolean): UserConfig {
  return {
    define: { __ISPEED_VERSION__: JSON.stringify(version) },
    logLevel: 'warn',
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

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'esm': {
      const config = base('dist/esm', false);
      config.build!.lib = { entry: esmEntries, formats: ['es'] };
      config.build!.rolldownOptions = { external: [/^lit($|\/)/, /^@lit\//, 'i18next', /^qrcode($|\/)/] };
      return config;
    }
    case 'chunks': {
      // Not library mode: Vite skips whitespace minification for ES libraries.
      const config = base('dist/chunks', true);
      config.build!.rolldownOptions = {
        input: chunkEntries,
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
          // What every widget shares (lit, i18next, src/core) in one request; the
          // QR encoder stays with the QR card, so a banner-only page never loads it.
          manualChunks: sharedCore,
        },
      };
      return config;
    }
    case 'loader':
      return classicScript('src/entries/loader.ts', 'ispeed.js');
    case 'bundle':
      return classicScript('src/entries/bundle.ts', 'ispeed.bundle.js');
    case 'print':
      return classicScript('src/entries/print-page.ts', 'print.js');
    case 'embed':
      return classicScript('src/entries/embed-page.ts', 'embed.js');
    case 'configurator': {
      const config = base('dist/configurator', true);
      config.build!.rolldownOptions = {
        input: { configurator: 'src/configurator/define.ts' },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      };
      return config;
    }
    case 'report': {
      const config = base('dist/report', true);
      config.build!.rolldownOptions = {
        input: { report: 'src/report/define.ts' },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      };
      return config;
    }
    case 'report-lib': {
      const config = base('dist/lib', false);
      config.build!.lib = { entry: { 'progress-report': 'src/data/node.ts' }, formats: ['es'] };
      config.build!.target = 'node20';
      return config;
    }
    default:
      throw new Error(`Unknown build mode "${mode}". Run "npm run build", which builds every mode.`);
  }
});
