// What the `ispeed-widgets` Trusted Types policy (trusted-types.ts) accepts as
// HTML: markup shaped like the library's own Lit templates, nothing else.
declare const __ISPEED_WIDGETS_ONLY__: boolean | undefined;

/**
 * The elements the library's templates use: the widgets', then those only
 * the Department's pages add (left out of the loader's build, which serves
 * widgets only). test/build/template-elements.test.mjs keeps both complete, and
 * checks every template against templateHtml.
 * Lit hands the policy a template's static markup with its binding markers
 * (`lit$123$`, `<?lit$123$>`), never data; so a string with any other
 * element, an `on…=` attribute, `srcdoc`, a character reference that could
 * spell a scheme, or `javascript:` is not one of ours.
 */
export const WIDGET_ELEMENTS =
  'a button circle details dialog div figcaption figure g h2 h3 h4 h5 h6 img ispeed-qr-card li ol p path rect section slot span strong summary svg ul';
export const PAGE_ELEMENTS =
  'caption code datalist dd dl dt fieldset form h1 header iframe input label legend line main option pre select table tbody td text tfoot th thead tr';
const ELEMENTS = new Set(
  (typeof __ISPEED_WIDGETS_ONLY__ === 'boolean' ? WIDGET_ELEMENTS : `${WIDGET_ELEMENTS} ${PAGE_ELEMENTS}`).split(' '),
);

/** Vouches for `html` only when it has the shape of the library's own templates (see ELEMENTS). */
export function templateHtml(html: string): string {
  for (const [, name] of html.matchAll(/<\/?([a-z][^\s/>]*)/gi)) {
    if (!ELEMENTS.has(name.toLowerCase())) throw new TypeError(`not a template: <${name}>`);
  }
  if (
    /<!(?!--)|[\s"'/]on[^\s"'/>=]*\s*=|srcdoc|&(?!(nbsp|amp|lt|gt|quot);)/i.test(html) ||
    /javascript:/i.test(html.replace(/[\0- ]+/g, ''))
  )
    throw new TypeError('not a template');
  return html;
}
