import { render, type CSSResultOrNative, type TemplateResult } from 'lit';

/** The page box of each paper, as print.html's style sheet sets it. */
const PAGE: Record<string, string> = {
  a4: '@page { size: A4 portrait; margin: 15mm; }',
  a5: '@page { size: A5 portrait; margin: 10mm; }',
};

/**
 * Prints a poster without print.html, for a library served from a public
 * CDN, which sends that page as plain text: the poster is drawn into an empty
 * frame inside the card's own shadow root (about:blank, so the portal's CSP
 * has nothing to fetch or run), with the card's own styles, and only that
 * frame is printed. The page around the card is not touched.
 *
 * The frame stays for the next print, hidden; a new call draws it afresh.
 */
export function printInPlace(
  root: ShadowRoot,
  poster: TemplateResult,
  styles: readonly CSSResultOrNative[],
  { lang, title, paper }: { lang: string; title: string; paper: string },
): HTMLIFrameElement {
  root.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  root.append(frame);
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error('the print frame has no document');
  doc.documentElement.lang = lang;
  doc.title = title;
  // Style sheets made in the frame's own window: a sheet is adopted only by its own document.
  const sheet = (text: string) => {
    const made = new win.CSSStyleSheet();
    made.replaceSync(text);
    return made;
  };
  doc.adoptedStyleSheets = [sheet(`${PAGE[paper] ?? PAGE.a4} html, body { margin: 0; background: #fff; }`)];
  const host = doc.createElement('div');
  doc.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = styles.map((style) =>
    sheet(style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText),
  );
  render(poster, shadow);
  // The frame lays out its own document: print once it has drawn.
  win.requestAnimationFrame(() => win.print());
  return frame;
}
