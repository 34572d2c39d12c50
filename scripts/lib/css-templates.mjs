// The widgets' styles are Lit css`` templates: the JS minifier keeps their
// text as it is, comments and indentation included. This plugin shrinks that
// text at build time, so the comments that explain the styles cost visitors
// nothing.

/** A css`` template with no backtick inside (interpolations are plain names, such as ${rowLayout}). */
const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** Removes comments and collapses whitespace; strings in CSS (content: '', grid areas) stay intact apart from runs of spaces. */
export function shrinkCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export function shrinkCssTemplates() {
  return {
    name: 'ispeed-shrink-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, text) => `css\`${shrinkCss(text)}\``), map: null };
    },
  };
}
