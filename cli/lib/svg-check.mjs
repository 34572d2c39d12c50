// Decides whether an SVG from outside may be saved and served as artwork.
// An SVG opened from the serving host (or shown by <object>/<embed>/<iframe>)
// runs its scripts with that host's authority, so it is checked by an
// allowlist on the parsed document, never by a pattern on its text:
//  - parsed by saxes, a strict, namespace-aware XML parser, so element and
//    attribute names are what a browser's XML parser sees (any prefix bound
//    to the SVG namespace, entities already decoded);
//  - no DOCTYPE (so no entities of its own) and no processing instruction
//    (an <?xml-stylesheet?> can load XSLT);
//  - only drawing elements, all in the SVG namespace: no script, no
//    foreignObject (HTML inside), no <a>, no animation (<set> can rewrite an href);
//  - no on* attribute; href only `#…` or `data:image/…`; url(…) only to `#…` or
//    `data:image/…`; no `javascript:` anywhere once spaces and controls are removed;
//  - CSS in <style> or style="" with no @import.
import { SaxesParser } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export const DRAWING_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'style',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'image',
  'switch',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

/** What a browser ignores inside a URL scheme: ASCII whitespace and controls ("java\tscript:"). */
const squeeze = (text) => text.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
const safeReference = (value) => {
  const text = squeeze(value);
  return text.startsWith('#') || text.startsWith('data:image/');
};

function checkCss(css, where) {
  const text = squeeze(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (text.includes('@import')) return `${where} imports a style sheet`;
  for (const [, target] of text.matchAll(/url\(([^)]*)\)/g)) {
    if (!safeReference(target.replace(/^["']|["']$/g, ''))) return `${where} loads ${target.slice(0, 60)}`;
  }
  if (text.includes('javascript:') || text.includes('expression(')) return `${where} holds a script`;
  return undefined;
}

function checkAttribute(attribute, element) {
  const { local, uri, prefix, value } = attribute;
  const where = `<${element}> ${prefix ? `${prefix}:` : ''}${local}`;
  if (prefix === 'xmlns' || (!prefix && local === 'xmlns')) return undefined;
  if (uri && ![XLINK_NS, XML_NS, XMLNS_NS].includes(uri)) return `${where} is in an unknown namespace (${uri})`;
  if (/^on/i.test(local)) return `${where} is an event handler`;
  if (local === 'href' && (!uri || uri === XLINK_NS) && !safeReference(value))
    return `${where} links to ${value.slice(0, 60)} (only #… or data:image/… are allowed)`;
  if (uri === XLINK_NS && local !== 'href' && local !== 'title') return `${where} is not allowed`;
  if (squeeze(value).includes('javascript:')) return `${where} holds a javascript: address`;
  if (/url\(/i.test(value) || local === 'style') return checkCss(value, where);
  return undefined;
}

/**
 * @param {string} text the SVG file's text
 * @returns {string | undefined} why it is refused, or undefined when it is safe to serve
 */
export function svgProblem(text) {
  const problems = [];
  const refuse = (reason) => problems.length === 0 && problems.push(reason);
  const parser = new SaxesParser({ xmlns: true, position: false });
  const open = [];
  let root;
  let style = '';
  parser.on('error', (error) => refuse(`not well-formed XML (${error.message.replace(/^.*?:\s*/, '')})`));
  parser.on('doctype', () => refuse('it has a DOCTYPE (entities can hide markup)'));
  parser.on('processinginstruction', (pi) => refuse(`it has a processing instruction <?${pi.target}?>`));
  parser.on('opentag', (node) => {
    const name = node.prefix ? `${node.prefix}:${node.local}` : node.local;
    root ??= node;
    if (node.uri !== SVG_NS) refuse(`<${name}> is not an SVG element (namespace ${node.uri || 'none'})`);
    else if (!DRAWING_ELEMENTS.has(node.local)) refuse(`<${name}> is not a drawing element`);
    for (const attribute of Object.values(node.attributes)) {
      const problem = checkAttribute(attribute, name);
      if (problem) refuse(problem);
    }
    open.push(node.local);
  });
  parser.on('text', (chunk) => open.at(-1) === 'style' && (style += chunk));
  parser.on('cdata', (chunk) => open.at(-1) === 'style' && (style += chunk));
  parser.on('closetag', (node) => {
    open.pop();
    if (node.local === 'style') {
      const problem = checkCss(style, '<style>');
      if (problem) refuse(problem);
      style = '';
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    refuse(`not well-formed XML (${error.message})`);
  }
  if (!problems.length && (!root || root.local !== 'svg' || root.uri !== SVG_NS))
    refuse('the root element is not <svg>');
  return problems[0];
}
