// Finds the images and documents a materials page links to or embeds:
// <img src/srcset>, <source srcset>, <a href>, data-src, and og:image.
// A regular-expression scan of attributes: enough for the plain CMS pages
// that publish materials, with no HTML parser to install.

export const ASSET_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'pdf'];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x2F': '/', '#47': '/' };
const decodeEntities = (text) => text.replace(/&(#?\w+);/g, (whole, name) => ENTITIES[name] ?? whole);

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

/**
 * @param {string} html
 * @param {string} pageUrl
 * @returns {{ url: string, alt?: string }[]} unique asset links, in page order
 */
export function findAssetLinks(html, pageUrl) {
  const base = /<base\s[^>]*href\s*=\s*["']([^"']+)["']/i.exec(html)?.[1];
  let baseUrl = pageUrl;
  try {
    if (base) baseUrl = new URL(decodeEntities(base), pageUrl).href;
  } catch {
    // A broken <base href>: links resolve against the page itself.
  }
  const found = new Map();
  const add = (raw, alt) => {
    let url;
    try {
      url = new URL(decodeEntities(raw.trim()), baseUrl);
    } catch {
      return;
    }
    if (!['http:', 'https:'].includes(url.protocol) || !ASSET_EXTENSIONS.includes(extensionOf(url))) return;
    url.hash = '';
    if (!found.has(url.href)) found.set(url.href, { url: url.href, alt });
    else if (alt && !found.get(url.href).alt) found.get(url.href).alt = alt;
  };
  for (const [tag] of html.matchAll(/<(img|source|a|meta|link)\b[^>]*>/gi)) {
    const attributes = {};
    for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attributes[match[1].toLowerCase()] = match[2] ?? match[3] ?? match[4];
    }
    const alt = attributes.alt ? decodeEntities(attributes.alt).trim() : undefined;
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
