/**
 * Where the Department's pages are: `go.html` (the smart link) and
 * `print.html` (the poster) stand in one folder, the smart link's (resolved
 * by the config reader: beside the loader or bundle, unless that is a public
 * CDN, which serves the pages as plain text, or named by `smart-link`).
 * Where none is known the widgets open none of them: the QR card prints its
 * poster in place, the QR dialog stays a dialog.
 */

/** The folder (ending with `/`) that serves the Department's pages, or undefined where none is known. */
export function pagesFolder(smartLink: string): string | undefined {
  return smartLink ? new URL('./', smartLink).href : undefined;
}
