/**
 * progress.js: the widgets' progress data as a classic script, so a portal of
 * another host reads it with <script src> (which needs no CORS, unlike a
 * fetch of progress.json). The file holds data only: one JSON literal,
 * handed to the registry the loader's data reader watches, the way chunks
 * register their code:
 *
 *   (globalThis[Symbol.for("ispeed-widgets.data")]||=[]).push({…});
 *
 * The reader (src/runtime/data-script.ts) takes what was pushed when the
 * script's load event fires, which follows its run at once, and keys it by
 * the address it asked for; so the file need not know its own name. No DOM.
 */

/** The Symbol.for key of the registry a data script pushes to. */
export const DATA_REGISTRY = 'ispeed-widgets.data';

const PREFIX = `(globalThis[Symbol.for(${JSON.stringify(DATA_REGISTRY)})]||=[]).push(`;
const SUFFIX = ');';
const COMMENT =
  '/* i-Speed progress data for ispeed-widgets, read by the widgets as a script (no CORS needed). Data only: write it with the report page or `ispeed-widgets report`. */';

/**
 * The script for a progress file's data (the JSON form). The JSON literal is
 * valid JavaScript as it stands; `<`, `>` and `&` are escaped anyway, so no
 * "</script>" or "<!--" appears even if the file is pasted inline, and so are
 * U+2028 and U+2029, which older engines take for line ends in a string.
 */
export function progressScript(data: unknown): string {
  const json = JSON.stringify(data, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${COMMENT}\n${PREFIX}${json}${SUFFIX}\n`;
}

/**
 * The data in a progress script's text, without running it (a pinned loader
 * reads it this way, and so do the report page and the configurator), or
 * undefined when the text is not such a script.
 */
export function progressScriptData(text: string): { ok: true; data: unknown } | { ok: false } {
  const body = text
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^\/\*[\s\S]*?\*\/\s*/, '');
  if (!body.startsWith(PREFIX)) return { ok: false };
  const end = body.lastIndexOf(SUFFIX.slice(0, 1));
  if (end < PREFIX.length || !/^\);?$/.test(body.slice(end))) return { ok: false };
  try {
    return { ok: true, data: JSON.parse(body.slice(PREFIX.length, end)) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether an address names a data script (…/progress.js, or any name ending in .js). */
export function isScriptAddress(url: string): boolean {
  try {
    return new URL(url, 'https://host.invalid/').pathname.toLowerCase().endsWith('.js');
  } catch {
    return false;
  }
}
