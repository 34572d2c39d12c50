/** Geometry checks that read real layout from the browser. */
export interface Box {
  name: string;
  rect: DOMRect;
}

/** The visible parts of a widget's shadow root matching a selector. */
export function visibleParts(root: ShadowRoot, selector: string): Box[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .map((element) => ({ name: element.className || element.localName, rect: element.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 1 && rect.height > 1);
}

export function isInside(inner: DOMRect, outer: DOMRect, tolerance = 0.5): boolean {
  return (
    inner.left >= outer.left - tolerance &&
    inner.right <= outer.right + tolerance &&
    inner.top >= outer.top - tolerance &&
    inner.bottom <= outer.bottom + tolerance
  );
}

export function overlaps(a: DOMRect, b: DOMRect, tolerance = 0.5): boolean {
  return (
    a.left < b.right - tolerance &&
    b.left < a.right - tolerance &&
    a.top < b.bottom - tolerance &&
    b.top < a.bottom - tolerance
  );
}

/** Shown on screen: a box larger than the 1 px of a part kept only for screen readers (visually hidden). */
export function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}
