import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Why a sticky bar shows as a small tab: page focus went under it, or the visitor pressed Escape. */
export type Collapse = 'none' | 'focus' | 'escape';

/** Where the small tab sits: its corner, the other corner, or folded out of sight (it shows again when focused). */
export type TabPlace = 'end' | 'start' | 'folded';

const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

function isFocusable(element: HTMLElement): boolean {
  return element.tabIndex >= 0 && element.getClientRects().length > 0 && !element.closest('[inert]');
}

/** The element that really has focus, inside open shadow roots too. */
function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}

/**
 * Keeps a fixed bottom bar from hiding the host page's focus (WCAG 2.4.11):
 * when focus lands on something the open bar would cover, the bar collapses
 * to a small tab until focus moves somewhere clear. Escape collapses it too.
 * Closing the bar hands focus back to the page, never to <body> (2.4.3).
 * Nothing outside the element is restyled.
 */
export class StickyFocusController implements ReactiveController {
  collapse: Collapse = 'none';
  tabPlace: TabPlace = 'end';
  /** Whether the bar is on screen at all (sticky variant, not dismissed, on a phone). */
  active = false;
  private openHeight = 0;
  private lastPageFocus: HTMLElement | undefined;
  private listening?: AbortController;
  /** Shadow roots of the page's own components that focus entered: moves inside one never reach the document. */
  private roots = new WeakSet<ShadowRoot>();
  private seen?: Event;

  constructor(
    private readonly host: Host,
    /** The open bar's frame, when rendered. */
    private readonly bar: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listening = new AbortController();
    this.roots = new WeakSet();
    const { signal } = this.listening;
    document.addEventListener('focusin', this.onFocusIn, { signal });
    document.addEventListener('focusout', this.onFocusOut, { signal });
    document.addEventListener('keydown', this.onKeyDown, { signal });
    window.addEventListener('scroll', this.onScroll, { passive: true, signal });
  }

  hostDisconnected(): void {
    this.listening?.abort();
  }

  hostUpdated(): void {
    const bar = this.bar();
    if (bar && this.collapse === 'none') this.openHeight = bar.offsetHeight;
  }

  private set(collapse: Collapse): void {
    if (this.collapse === collapse) return;
    this.collapse = collapse;
    this.host.requestUpdate();
  }

  /** Would the open bar cover any of this element? */
  private covered(element: Element): boolean {
    if (!this.active || this.host.contains(element)) return false;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    // Layout height, not the painted box: while the bar rises into view (its
    // opening animation) the painted box is lower than where it will settle.
    const barTop = window.innerHeight - (this.bar()?.offsetHeight ?? this.openHeight);
    return box.bottom > barTop && box.top < window.innerHeight;
  }

  /**
   * Collapses for a covered page focus; opens again once focus is somewhere
   * the bar leaves clear. Collapsed, the tab moves off the focused element.
   */
  private check(target: Element | null): void {
    if (!this.active || !target || target === document.body) return;
    if (this.collapse !== 'escape') {
      if (this.covered(target)) this.set('focus');
      else if (this.collapse === 'focus') this.set('none');
    }
    if (this.collapse !== 'none') void this.host.updateComplete.then(() => this.placeTab(target));
  }

  /**
   * The tab never sits over the focused element (a portal's fixed "back to
   * top" button is often in the same corner): its corner, else the other
   * one, else folded out of sight until it is focused itself.
   */
  private placeTab(target: Element): void {
    const tab = this.host.shadowRoot?.querySelector<HTMLElement>('.expand');
    if (!tab || this.collapse === 'none' || this.host.shadowRoot!.contains(target)) return;
    const box = target.getBoundingClientRect();
    const size = tab.offsetWidth;
    // Layout positions, so a folded (moved) tab is measured where it would sit; 8 px from the side as in the styles.
    const bottom = window.innerHeight - parseFloat(getComputedStyle(tab).bottom);
    const clear = (left: number) =>
      !(box.bottom > bottom - size && box.top < bottom && box.right > left && box.left < left + size);
    const place: TabPlace = clear(document.documentElement.clientWidth - 8 - size)
      ? 'end'
      : clear(8)
        ? 'start'
        : 'folded';
    if (place !== this.tabPlace) {
      this.tabPlace = place;
      this.host.requestUpdate();
    }
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    if (!this.active || event === this.seen) return;
    this.seen = event;
    const path = event.composedPath();
    const target = path[0];
    if (!(target instanceof HTMLElement) || path.includes(this.host)) return;
    // Focus moving within a component's shadow root sends nothing to the document: listen there too.
    for (const node of path)
      if (node instanceof ShadowRoot && !this.roots.has(node)) {
        this.roots.add(node);
        node.addEventListener('focusin', this.onFocusIn as EventListener, { signal: this.listening?.signal });
      }
    this.lastPageFocus = target;
    this.check(target);
    // The browser may scroll the element into view after the event: look again once it has.
    requestAnimationFrame(() => {
      if (deepActiveElement() === target) this.check(target);
    });
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget || this.collapse !== 'focus') return;
    // Focus left for nothing (a click on the page's background): the bar may open again.
    requestAnimationFrame(() => {
      const active = deepActiveElement();
      if (this.collapse === 'focus' && (!active || active === document.body)) this.set('none');
    });
  };

  /** Scrolling can bring the focused element under the open bar. */
  private readonly onScroll = () => {
    const active = deepActiveElement();
    if (!this.active || !active || active === document.body) return;
    if (this.collapse !== 'none') this.placeTab(active);
    else if (this.covered(active)) this.check(active);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.active || this.collapse === 'escape') return;
    const inside = event.composedPath().includes(this.host);
    this.set('escape');
    if (inside)
      void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.expand')?.focus());
  };

  /** The visitor asked for the bar again (the tab was pressed): open it and focus its call to action. */
  expand(): void {
    this.set('none');
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.cta')?.focus());
  }

  /**
   * Before the bar goes away: if it holds focus, move focus to where the
   * visitor was on the page, else to the next focusable element after the
   * bar (or the nearest before it).
   */
  handBackFocus(): void {
    if (!this.host.shadowRoot?.activeElement) return;
    const previous = this.lastPageFocus;
    if (previous?.isConnected && isFocusable(previous)) {
      previous.focus({ preventScroll: true });
      if (deepActiveElement() === previous) return;
    }
    const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => !this.host.contains(element) && isFocusable(element),
    );
    const after = candidates.filter(
      (element) => this.host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const before = candidates.filter(
      (element) => this.host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING,
    );
    for (const element of [...after, ...before.reverse()]) {
      element.focus();
      if (deepActiveElement() === element) return;
    }
  }
}
