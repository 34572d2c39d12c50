/**
 * The file names of the pages on the Department's host, beside ispeed.js:
 * the links, the log counts and the editors' paste all name them. No DOM.
 */

/** The smart link: sends each phone to its store and shows a desktop visitor the QR code. */
export const SMART_LINK_PAGE = 'go.html';
