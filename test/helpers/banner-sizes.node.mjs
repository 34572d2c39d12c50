// FIXED_SIZES of banner-sizes.ts for the node --test files: Node 20 cannot
// import TypeScript, so esbuild bundles that helper (and the library's size
// list it reads) into a module first.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const { outputFiles } = await build({
  entryPoints: [fileURLToPath(new URL('banner-sizes.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});

export const { FIXED_SIZES } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
