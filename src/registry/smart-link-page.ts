/**
 * The smart link page's file name, beside ispeed.js in the Department's
 * folder: src/runtime/smart-link.ts builds and reads its addresses, and the
 * loader recognises links to it (src/loader/smart-links.ts).
 */
export const SMART_LINK_PAGE = 'go.html';
