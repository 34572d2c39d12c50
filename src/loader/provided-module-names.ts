/**
 * The loader's own modules that the widgets' chunks use instead of carrying a
 * copy, as paths under src/ without extension. The chunks build turns each
 * import of one into `require("ispeed:<its index here>")`, and the loader
 * answers with the entry at that index of PROVIDED_MODULES, which is typed to
 * follow this list. Data only (no imports, no DOM): the build imports it too.
 */
export const PROVIDED_MODULE_NAMES = [
  'loader/log',
  'loader/shared-state',
  'loader/trusted-types',
  'loader/version',
  'registry/config-types',
  'registry/widgets',
] as const;
