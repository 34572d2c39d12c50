declare const __ISPEED_VERSION__: string | undefined;

/** Replaced at build time from package.json; "dev" when run from source (tests). */
export const VERSION: string = typeof __ISPEED_VERSION__ === 'string' ? __ISPEED_VERSION__ : 'dev';
