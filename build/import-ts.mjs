// Imports a side-effect-free TypeScript module into Node (20 cannot strip
// types itself), so Node build steps and tests read facts from src/ rather
// than copy them: esbuild bundles it into one ES module, imported from a data: URL.
import { build } from 'esbuild';

export async function importTypeScript(path) {
  const { outputFiles } = await build({
    entryPoints: [path],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
