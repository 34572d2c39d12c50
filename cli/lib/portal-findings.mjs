// What a portal's page shows of i-Speed, read as served: the widget element,
// the loader script, the smart link (link form, or a stripped element's
// fallback), the iframe form, the library's static artwork, or any other link
// to speedtest.vn or i-speed.vn. Each finding names its line in the page.
import { parse } from 'parse5';
import { elements } from './html-links.mjs';

/** The kinds of finding, most telling first. */
export const FINDING_KINDS = ['element', 'loader', 'smart-link', 'iframe', 'artwork', 'link'];

const APP_HOSTS = ['speedtest.vn', 'i-speed.vn'];
const LOADER_FILES = ['ispeed.js', 'ispeed.bundle.js'];
const EMBED_PAGE = 'embed.html';
const ARTWORK = /\/banner-(\d+x\d+)-([a-z]{2,3})(?:-2x)?\.(?:png|svg|webp)$/i;

const fileOf = (url) => url.pathname.split('/').pop();

/** A page "rendered by JavaScript" when its body holds scripts and next to no text as served. */
const MIN_TEXT = 200;

/**
 * @param {string} html the page as served (or as rendered, with --browser)
 * @param {string} pageUrl its address, for relative links
 * @param {string} smartLinkPage the smart link's file name (go.html)
 * @returns {{ found: { kind: string, line: number, detail: string }[], scriptOnly: boolean, title: string }}
 */
export function portalFindings(html, pageUrl, smartLinkPage) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const tags = [...elements(document)];
  const attributesOf = (node) => Object.fromEntries(node.attrs.map(({ name, value }) => [name, value]));
  let baseUrl = pageUrl;
  const base = tags.find((node) => node.tagName === 'base' && attributesOf(node).href);
  try {
    if (base) baseUrl = new URL(attributesOf(base).href, pageUrl).href;
  } catch {
    // A broken <base href>: links resolve against the page.
  }
  const resolve = (raw) => {
    try {
      const url = new URL(raw.trim(), baseUrl);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    } catch {
      return undefined;
    }
  };
  const found = [];
  const add = (kind, node, detail) => found.push({ kind, line: node.sourceCodeLocation?.startLine ?? 0, detail });
  const unitNote = (unit) => (unit ? ` unit=${unit.slice(0, 64)}` : '');
  let text = 0;
  let scripts = 0;
  let title = '';
  for (const node of tags) {
    const attributes = attributesOf(node);
    if (node.tagName === 'title' && !title)
      title = (node.childNodes ?? [])
        .map((child) => child.value ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 200);
    if (node.tagName.startsWith('ispeed-')) add('element', node, `<${node.tagName}>${unitNote(attributes.unit)}`);
    if (node.tagName === 'script') {
      scripts++;
      const url = attributes.src && resolve(attributes.src);
      if (url && LOADER_FILES.includes(fileOf(url)))
        add(
          'loader',
          node,
          `${url.href}${attributes['data-widget'] ? ` data-widget=${attributes['data-widget']}` : ''}${unitNote(attributes['data-unit'])}`,
        );
    }
    if (node.tagName === 'a' && attributes.href) {
      const url = resolve(attributes.href);
      if (url && fileOf(url) === smartLinkPage) add('smart-link', node, `${url.href.slice(0, 300)}`);
      else if (url && APP_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`)))
        add('link', node, url.href.slice(0, 300));
    }
    if (node.tagName === 'iframe' && attributes.src) {
      const url = resolve(attributes.src);
      if (url && fileOf(url) === EMBED_PAGE) add('iframe', node, url.href.slice(0, 300));
    }
    if (node.tagName === 'img' || node.tagName === 'source') {
      const candidates = [
        attributes.src,
        ...(attributes.srcset ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]),
      ];
      const url = candidates
        .map((raw) => raw && resolve(raw))
        .find((candidate) => candidate && ARTWORK.test(candidate.pathname));
      if (url) add('artwork', node, url.href.slice(0, 300));
    }
    if (!['script', 'style', 'noscript', 'template'].includes(node.tagName)) {
      for (const child of node.childNodes ?? []) if (child.nodeName === '#text') text += child.value.trim().length;
    }
  }
  found.sort((a, b) => FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) || a.line - b.line);
  return { found, scriptOnly: scripts > 0 && text < MIN_TEXT, title };
}
