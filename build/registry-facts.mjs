// The loader's build reads the option registry's few facts it needs as plain
// data: the registry itself (every option's type, values and limits) belongs
// to the widgets' code, not to the 4 KB tag.
import { resolve } from 'node:path';

/** Replaces src/registry/loader-facts.ts, in one build, by the same facts as literal data. */
export function bakedRegistryFacts(root, facts) {
  const registry = resolve(root, 'src/registry/loader-facts.ts');
  return {
    name: 'ispeed-baked-registry-facts',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== registry) return null;
      return `export const LOADER_FACTS = ${JSON.stringify(facts)};\n`;
    },
  };
}
