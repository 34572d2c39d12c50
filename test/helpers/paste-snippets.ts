/**
 * The configurator's own output for the paste test: a 300x250 banner, a QR
 * card and a guide for the unit `xa-ea-kao`, in every form, built by the
 * configurator's snippet builders for the Department's folder `host`.
 */
import { smartLinkHref } from '../../src/runtime/smart-link.js';
import { buildSnippets, widgetAttributes, type Snippets } from '../../src/tools/configurator/snippets.js';
import { defaultState, type ConfiguratorState } from '../../src/tools/configurator/state.js';

export const UNIT = 'xa-ea-kao';

export const PASTE_WIDGETS = ['banner', 'qr-card', 'guide'] as const;
export type PasteWidget = (typeof PASTE_WIDGETS)[number];

/** The link form first: the one the configurator offers first. */
export const PASTE_FORMS = ['link', 'element', 'oneTag', 'iframe'] as const;
export type PasteForm = (typeof PASTE_FORMS)[number];

export function pasteState(widget: PasteWidget): ConfiguratorState {
  return { ...defaultState(), widget, bannerSize: '300x250', unit: UNIT };
}

/**
 * The link form: the element form's fallback (the library's static banner,
 * or its text link) pointing at the smart link for the same widget and
 * settings, the banner's size and the language always written
 * (`go.html?widget=banner&size=300x250&unit=xa-ea-kao&lang=vi`). The configurator's own link form
 * is used once it has one (`snippets.link`); until then it is built here
 * from the same parts, so the two match.
 */
function linkForm(state: ConfiguratorState, snippets: Snippets, host: string): string {
  const own = (snippets as Snippets & { link?: string }).link;
  if (own) return own;
  const parsed = new DOMParser().parseFromString(snippets.element, 'text/html');
  const fallback = parsed.querySelector(`ispeed-${state.widget} > a`)!;
  const size = state.widget === 'banner' ? { size: state.bannerSize } : {};
  fallback.setAttribute(
    'href',
    smartLinkHref(host, state.widget, { ...size, ...Object.fromEntries(widgetAttributes(state)), lang: state.lang }),
  );
  return fallback.outerHTML;
}

/** Every widget in every form, as the configurator hands it out for `host` (a folder ending with `/`). */
export function pasteSnippets(host: string): { widget: PasteWidget; form: PasteForm; html: string }[] {
  return PASTE_WIDGETS.flatMap((widget) => {
    const state = pasteState(widget);
    const snippets = buildSnippets(state, {}, host);
    const forms: Record<PasteForm, string | undefined> = {
      link: linkForm(state, snippets, host),
      element: snippets.element,
      oneTag: snippets.oneTag,
      iframe: snippets.iframe,
    };
    return PASTE_FORMS.map((form) => ({ widget, form, html: forms[form]! }));
  });
}
