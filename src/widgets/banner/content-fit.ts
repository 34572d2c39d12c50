import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a fixed-size card gives up, in order, when its content does not fit
 * its frame (a reader's text spacing, text-only zoom, a narrower box, a long
 * slotted headline): lower-priority lines first, then the mark and the code,
 * then the headline is shortened line by line, and last the call to action
 * may wrap. The headline's first line and the call to action stay.
 * Each step is a token in the card's `data-fit`; the styles say what it hides.
 * Apart from the steps, `name` lets "i-Speed" break at its hyphen, only when
 * a word would otherwise run out of its part's side.
 */
export const FIT_STEPS = [
  'message',
  'features',
  'reminder',
  'figure',
  'icon',
  'code',
  'lines-3',
  'lines-2',
  'lines-1',
  'tight',
] as const;
/**
 * The sticky bar grows with its content rather than having a frame: it is
 * held to a quarter of the viewport's height, giving up its message, then its
 * headline (which the call to action's name then carries), then the mark,
 * and last lets the call to action wrap. The button and the close button stay.
 */
export const STICKY_STEPS = ['message', 'headline', 'icon', 'tight'] as const;
export type FitStep = (typeof FIT_STEPS)[number] | (typeof STICKY_STEPS)[number];

/** Text running out of its part's side; a part shed but kept for screen readers (a 1 px box) does not count. */
function runsOut(part: Element): boolean {
  return part.clientWidth > 1 && part.scrollWidth > part.clientWidth + 1;
}

function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Controllers waiting for the next frame; one frame callback serves every banner on the page. */
const pending = new Set<ContentFitController>();
let frameRequested = false;

function flush(): void {
  if (!frameRequested) return;
  frameRequested = false;
  const batch = [...pending];
  pending.clear();
  for (const controller of batch) controller.fit();
}

/**
 * Keeps a fixed-size card's headline and call to action inside its frame.
 * Layout follows container queries first; this sheds what still overflows.
 * It measures in an animation frame, never inside the ResizeObserver
 * callback, so its own changes cannot cause a ResizeObserver loop error on
 * the host page; after the element's render it fits before the next paint.
 * A hidden page runs no animation frames: a timer does the fit there, so
 * `updateComplete` never waits for the page to be shown.
 */
export class ContentFitController implements ReactiveController {
  /** The steps the last fit needed (none when everything fits). */
  steps: readonly FitStep[] = [];
  private breaksName = false;
  private observer?: ResizeObserver;
  private observedCard: HTMLElement | null = null;
  private settled: Promise<void> = Promise.resolve();
  private resolveSettled?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The card to fit, or null when the current layout has no fixed size. */
    private readonly card: () => HTMLElement | null,
    /** Told when the headline becomes shortened or whole again. */
    private readonly onShortened: (shortened: boolean) => void,
    /** The steps, in order; a sticky bar's own, with its height capped to a quarter of the viewport's. */
    private readonly order: readonly FitStep[] = FIT_STEPS,
  ) {
    host.addController(this);
  }

  private get capped(): boolean {
    return this.order === STICKY_STEPS;
  }

  private readonly onResize = () => this.schedule();

  /** Resolves once the content has been fitted after the latest change. */
  get fitted(): Promise<void> {
    return this.settled;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'function') this.observer ??= new ResizeObserver(() => this.schedule());
    // Moved in the page (a tab panel, an SPA): observe again, as no render follows a reconnection.
    this.observedCard = null;
    // The viewport's height sets the sticky bar's cap: a rotated phone or a keyboard changes it.
    if (this.capped) window.addEventListener('resize', this.onResize);
    if ((this.host as ReactiveControllerHost & { hasUpdated?: boolean }).hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observedCard = null;
    window.removeEventListener('resize', this.onResize);
    pending.delete(this);
    this.resolveSettled?.();
  }

  hostUpdated(): void {
    const card = this.card();
    if (card !== this.observedCard) {
      this.observer?.disconnect();
      this.observedCard = card;
      // The frame changes with the box's width; the parts change with the text's metrics.
      if (card) for (const element of [card.parentElement!, ...card.children]) this.observer?.observe(element);
    }
    if (card) this.schedule();
  }

  private schedule(): void {
    if (!pending.has(this)) {
      pending.add(this);
      this.settled = new Promise((resolve) => (this.resolveSettled = resolve));
    }
    if (!frameRequested) {
      frameRequested = true;
      requestAnimationFrame(flush);
      setTimeout(flush, 100);
    }
  }

  /** Applies the fewest steps that make everything left fit. */
  fit(): void {
    const card = this.card();
    const wasShortened = this.shortened;
    try {
      // Nothing to undo and nothing overflowing: the usual case reads layout once and writes nothing.
      if (card && (this.steps.length > 0 || this.breaksName || !this.fits(card))) {
        this.breaksName = false;
        this.apply(card, 0);
        this.breaksName = this.runsOutSideways(card);
        let count = 0;
        this.apply(card, count);
        const steps = this.order.length;
        while (count < steps && !this.fits(card)) this.apply(card, ++count);
        // A wrapped button that still does not fit is worse than a whole one beside a shortened headline.
        if (count === steps && !this.fits(card) && !this.capped) this.apply(card, count - 1);
      }
    } finally {
      this.resolveSettled?.();
    }
    // Told with the final state only, so trying fewer steps on the way re-renders nothing;
    // told each time while shortened, so a changed slotted headline reaches the link's name.
    if (this.shortened || wasShortened) this.onShortened(this.shortened);
  }

  private get shortened(): boolean {
    return this.steps.some((step) => step.startsWith('lines-') || step === 'headline');
  }

  private apply(card: HTMLElement, count: number): void {
    this.steps = this.order.slice(0, count);
    const tokens = this.breaksName ? ['name', ...this.steps] : this.steps;
    if (tokens.length) card.dataset.fit = tokens.join(' ');
    else delete card.dataset.fit;
  }

  private runsOutSideways(card: HTMLElement): boolean {
    return [...card.children].some(runsOut);
  }

  /**
   * Every shown part lies inside the frame's padding edge, apart from the
   * others, and no text runs out of its part's side.
   */
  private fits(card: HTMLElement): boolean {
    const frame = card.parentElement!;
    if (this.capped) return frame.offsetHeight <= innerHeight / 4 && ![...card.children].some(runsOut);
    const outer = frame.getBoundingClientRect();
    const left = outer.left + frame.clientLeft;
    const top = outer.top + frame.clientTop;
    const right = left + frame.clientWidth;
    const bottom = top + frame.clientHeight;
    const shown: DOMRect[] = [];
    for (const part of card.children) {
      const box = part.getBoundingClientRect();
      // Not shown, or shed but kept for screen readers (a 1 px box).
      if (box.width <= 1 && box.height <= 1) continue;
      if (box.left < left - 0.5 || box.top < top - 0.5 || box.right > right + 0.5 || box.bottom > bottom + 0.5)
        return false;
      if (runsOut(part)) return false;
      if (shown.some((other) => overlap(box, other))) return false;
      shown.push(box);
    }
    return true;
  }
}
