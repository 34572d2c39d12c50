/**
 * Where the Department's pages are: `go.html` (the smart link) and
 * `print.html` (the poster), in the folder the library was loaded from. A
 * public CDN serves those pages as plain text, so from there the widgets
 * open none of them (the QR card prints its poster in place, the QR dialog
 * stays a dialog), unless the Department names its smart link page, whose
 * folder then serves them.
 */
import { sharedState } from '../loader/shared-state.js';
import { isPublicCdn } from './smart-link.js';

/** The folder (ending with `/`) that serves the Department's pages, or undefined where none is known. */
export function pagesFolder(smartLink?: string): string | undefined {
  if (smartLink) return new URL('./', smartLink).href;
  const base = sharedState().scriptBase ?? document.baseURI;
  return isPublicCdn(base) ? undefined : new URL('./', base).href;
}
