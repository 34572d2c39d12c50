import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A fluid banner shows the code from this width: beside the words, not squeezing them. */
export const FLUID_CODE_WIDTH = 600;

/** A desktop fluid banner learns its width, to show the code once it is wide enough. */
export class FluidWidthController implements ReactiveController {
  /** Whether the frame is at least FLUID_CODE_WIDTH wide. */
  wide = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The fluid frame to watch, or null when there is none or its width does not matter. */
    private readonly frame: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const frame = this.frame();
    if (!frame || typeof ResizeObserver !== 'function') return this.hostDisconnected();
    if (this.observer) return;
    this.observer = new ResizeObserver(([entry]) => {
      const wide = entry.contentRect.width >= FLUID_CODE_WIDTH;
      if (wide === this.wide) return;
      this.wide = wide;
      // Only crossing the threshold re-renders, and in the next frame: a render
      // inside this callback would resize the frame again, and the host page
      // would get a "ResizeObserver loop" error.
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(frame);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
