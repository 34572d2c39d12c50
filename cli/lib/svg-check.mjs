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
//  - no on* attribute and no xml:base; href only `#…` (pictures also a raster
//    data: address); no `javascript:` anywhere once spaces and controls are removed;
//  - CSS in <style>, style="" and presentation attributes (mask="…") read by a
//    real CSS parser and held to what artwork needs (see checkCss).
import * as csstree from 'css-tree';
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
/** Raster pictures only: an SVG inside a data: address is a second document this check never sees. */
const RASTER_DATA = /^data:image\/(png|jpeg|gif|webp)[;,]/;
/** Where an element's href may point: only inside the file, or (for pictures) to raster data. */
const safeReference = (value, element) => {
  const text = squeeze(value);
  return text.startsWith('#') || (['image', 'feImage'].includes(element) && RASTER_DATA.test(text));
};

/**
 * The CSS functions artwork uses: colours, arithmetic and transforms. Anything
 * else (image-set(), src(), element(), cross-fade() ...) could name an address
 * without url(), so it is refused by not being listed.
 */
const CSS_FUNCTIONS = new Set(
  [
    'rgb rgba hsl hsla hwb lab lch oklab oklch color var calc min max clamp',
    'translate translatex translatey rotate scale scalex scaley skewx skewy matrix',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Checks CSS by its parsed tree (css-tree), the way a browser reads it: no
 * at-rule at all (@import, @font-face and @namespace load things, and artwork
 * needs none), url() only to `#…` in the file, only the functions above, and
 * nothing the parser could not read. A backslash is refused before parsing, so
 * no escape sequence can spell a function, a URL or an at-rule.
 * @param {string} css @param {string} where @param {'stylesheet' | 'declarationList' | 'value'} context
 */
function checkCss(css, where, context) {
  if (css.includes('\\')) return `${where} holds a CSS escape (\\), which can spell url( or @import`;
  let problem;
  const note = (reason) => (problem ??= reason);
  let tree;
  try {
    tree = csstree.parse(css, {
      context,
      parseCustomProperty: true,
      onParseError: (error) => note(`${where} holds CSS that does not parse (${error.message})`),
    });
  } catch (error) {
    return `${where} holds CSS that does not parse (${error.message})`;
  }
  csstree.walk(tree, (node) => {
    if (node.type === 'Atrule')
      note(
        node.name.toLowerCase() === 'import' ? `${where} imports a style sheet` : `${where} has an @${node.name} rule`,
      );
    else if (node.type === 'Url' && !squeeze(node.value).startsWith('#'))
      note(`${where} loads ${node.value.slice(0, 60)} (url() may only point inside the file)`);
    else if (node.type === 'Function' && !CSS_FUNCTIONS.has(node.name.toLowerCase()))
      note(`${where} uses ${node.name}(), which artwork does not need`);
    else if (node.type === 'Raw') note(`${where} holds CSS that does not parse (${node.value.slice(0, 60)})`);
  });
  if (!problem && squeeze(css).includes('javascript:')) note(`${where} holds a script`);
  return problem;
}

function checkAttribute(attribute, element) {
  const { local, uri, prefix, value } = attribute;
  const where = `<${element}> ${prefix ? `${prefix}:` : ''}${local}`;
  const bare = element.split(':').pop();
  if (prefix === 'xmlns' || (!prefix && local === 'xmlns')) return undefined;
  if (uri && ![XLINK_NS, XML_NS, XMLNS_NS].includes(uri)) return `${where} is in an unknown namespace (${uri})`;
  if (uri === XML_NS && local === 'base') return `${where} would move every link of the file to another address`;
  if (/^on/i.test(local)) return `${where} is an event handler`;
  if (local === 'href' && (!uri || uri === XLINK_NS) && !safeReference(value, bare))
    return `${where} links to ${value.slice(0, 60)} (only #…${['image', 'feImage'].includes(bare) ? ' or a PNG, JPEG, GIF or WebP data: address' : ''} is allowed)`;
  if (uri === XLINK_NS && local !== 'href' && local !== 'title') return `${where} is not allowed`;
  if (squeeze(value).includes('javascript:')) return `${where} holds a javascript: address`;
  // Presentation attributes (fill, mask, cursor, filter ...) are CSS values to a browser.
  if (local === 'style') return checkCss(value, where, 'declarationList');
  if (/[(\\]/.test(value) && local !== 'href') return checkCss(value, where, 'value');
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
      const problem = checkCss(style, '<style>', 'stylesheet');
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
