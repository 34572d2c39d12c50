// The widgets' styles are Lit css`` templates: the JS minifier keeps their
// text as it is, comments and indentation included. This plugin shrinks that
// text at build time, so the comments that explain the styles cost visitors
// nothing. test/build/css-templates.test.mjs checks that every template in
// src/ means the same CSS after shrinking.

/** A css`` template with no backtick inside (interpolations are plain names, such as ${rowLayout}). */
export const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

/** Quoted strings, kept exactly as written; comments; everything else. */
const TOKENS = /('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(\/\*[\s\S]*?\*\/)|([^'"/]+|\/)/g;

function shrinkOutsideStrings(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Removes comments and collapses whitespace outside quoted strings. */
export function shrinkCss(text) {
  let out = '';
  let plain = '';
  for (const [, quoted, comment, other] of text.matchAll(TOKENS)) {
    if (comment) {
      plain += ' ';
    } else if (quoted) {
      out += shrinkOutsideStrings(plain) + quoted;
      plain = '';
    } else {
      plain += other;
    }
  }
  return (out + shrinkOutsideStrings(plain)).trim();
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
