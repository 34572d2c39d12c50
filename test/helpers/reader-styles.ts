/**
 * What a reader's settings do to a widget, applied to its shadow root (a
 * page style sheet would not reach inside): the WCAG 1.4.12 text spacing
 * overrides, and text-only zoom of 200%.
 */
export function applyTextSpacing(root: ShadowRoot): void {
  // Made in the root's own window: a constructed sheet cannot cross documents (a fixture page in a frame).
  const view = (root.ownerDocument.defaultView ?? window) as typeof window;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p, li, figcaption, summary { margin-bottom: 2em !important; }`);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Every font size doubled: the widgets set px sizes, which a larger default font alone would not reach. */
export function doubleText(root: ShadowRoot): void {
  const nodes = [...root.querySelectorAll<HTMLElement | SVGElement>('*')];
  const sizes = nodes.map((node) => parseFloat(getComputedStyle(node).fontSize));
  nodes.forEach((node, index) => node.style.setProperty('font-size', `${sizes[index] * 2}px`, 'important'));
}
