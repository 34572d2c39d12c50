// Finds the images and documents a materials page links to or embeds:
// <img src/srcset>, <source srcset>, <a href>, data-src, and og:image.
// The page is read by parse5, the WHATWG HTML parser: it sees the page as a
// browser does (entities decoded, broken markup recovered), in linear time,
// so a hostile page cannot stall the command.
import { parse } from 'parse5';

export const ASSET_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'pdf'];

/** Longest alt text kept: enough for any real description, not a place to store a page. */
export const MAX_ALT = 250;

/** decodeURIComponent that keeps malformed escapes ("100%.png") as they are. */
export function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The extension of a URL's last path segment, lower case, or ''. */
export function extensionOf(url) {
  const last = safeDecode(url.pathname).split('/').pop() ?? '';
  const match = /\.([a-z0-9]+)$/i.exec(last);
  return match ? match[1].toLowerCase() : '';
}

/** Alt text as plain one-line text: controls and bidi overrides out, spaces collapsed, capped. */
export function cleanAlt(text) {
  const clean = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return undefined;
  return clean.length > MAX_ALT ? `${clean.slice(0, MAX_ALT - 1).trimEnd()}…` : clean;
}

/** Every element of the document, in page order (template contents included), without recursion. */
export function* elements(root) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.tagName) yield node;
    const children = [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
  }
}

/**
 * @param {string} html
 * @param {string} pageUrl
 * @returns {{ url: string, alt?: string }[]} unique asset links, in page order
 */
export function findAssetLinks(html, pageUrl) {
  const tags = [...elements(parse(html))];
  const attributesOf = (node) => Object.fromEntries(node.attrs.map((attribute) => [attribute.name, attribute.value]));
  let baseUrl = pageUrl;
  const base = tags.find(
    (node) => node.tagName === 'base' && node.attrs.some((attribute) => attribute.name === 'href'),
  );
  try {
    if (base) baseUrl = new URL(attributesOf(base).href, pageUrl).href;
  } catch {
    // A broken <base href>: links resolve against the page itself.
  }
  const found = new Map();
  const add = (raw, alt) => {
    let url;
    try {
      url = new URL(raw.trim(), baseUrl);
    } catch {
      return;
    }
    if (!['http:', 'https:'].includes(url.protocol) || !ASSET_EXTENSIONS.includes(extensionOf(url))) return;
    url.hash = '';
    if (!found.has(url.href)) found.set(url.href, { url: url.href, alt });
    else if (alt && !found.get(url.href).alt) found.get(url.href).alt = alt;
  };
  for (const node of tags) {
    if (!['img', 'source', 'a', 'meta', 'link'].includes(node.tagName)) continue;
    const attributes = attributesOf(node);
    const alt = attributes.alt ? cleanAlt(attributes.alt) : undefined;
    for (const name of ['src', 'href', 'data-src']) if (attributes[name]) add(attributes[name], alt);
    for (const name of ['srcset', 'data-srcset']) {
      for (const candidate of (attributes[name] ?? '').split(',')) {
        const [url] = candidate.trim().split(/\s+/);
        if (url) add(url, alt);
      }
    }
    if (/og:image/i.test(attributes.property ?? '') && attributes.content) add(attributes.content, alt);
  }
  return [...found.values()];
}
