/**
 * The preview: the real widget in preview.html, in an iframe scaled to the
 * chosen screen width. The configurator sends it the attributes of the
 * snippet being copied; the page answers when it is ready and with the
 * widget's height as it grows (the protocol is in preview-page.ts).
 */
import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { frameSize, isCentred, widgetAttributes } from './snippets.js';
import type { ConfiguratorState, Field } from './state.js';

const DEVICE_WIDTHS: Record<string, number> = { phone: 360, tablet: 768, desktop: 1024 };

/** Fields that change the widget's box: the height reported for the previous box no longer holds. */
const RESIZING_FIELDS: readonly Field[] = ['widget', 'bannerSize', 'variant', 'qrSize', 'layout', 'ranking'];

export class PreviewFrame implements ReactiveController {
  /** The widget's height as the preview page last reported it, for widgets without a fixed size. */
  private reportedHeight: number | undefined = undefined;
  /** The stage's width: the frame is scaled down to fit it. */
  private stageWidth = 1024;
  private observing = false;
  // Deferred to the next frame: re-rendering inside the observer's callback would loop.
  private readonly stageObserver = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry.contentRect.width);
    if (width !== this.stageWidth) requestAnimationFrame(() => this.setStageWidth(width));
  });

  /**
   * @param page - preview.html's address.
   * @param shown - What the preview shows now (the message it sends).
   */
  constructor(
    private readonly host: LitElement,
    private readonly page: () => string,
    private readonly shown: () => ConfiguratorState,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
    this.stageObserver.disconnect();
    this.observing = false;
  }

  hostUpdated(): void {
    this.sizeFrame();
    const stage = this.host.renderRoot.querySelector('.stage');
    if (stage && !this.observing) {
      this.observing = true;
      // Measured now, so the preview has its final scale before the first paint.
      this.setStageWidth(Math.floor(stage.getBoundingClientRect().width));
      this.stageObserver.observe(stage);
    }
  }

  /** Forgets the reported height when a field changes the widget's box. */
  fieldChanged(field: Field): void {
    if (RESIZING_FIELDS.includes(field) && this.reportedHeight !== undefined) {
      this.reportedHeight = undefined;
      this.host.requestUpdate();
    }
  }

  /** Sends the preview page exactly the attributes of the snippet being copied, and whether the code centres it. */
  send(): void {
    const state = this.shown();
    const attributes = [...widgetAttributes(state), ['platform', state.platform]];
    this.frame()?.contentWindow?.postMessage(
      { type: 'ispeed-widgets:preview', widget: state.widget, attributes, centred: isCentred(state) },
      location.origin,
    );
  }

  /** @param hidden - Keep the frame (and its page) but show nothing: the configurator explains why instead. */
  render(title: string, hidden = false): TemplateResult {
    const state = this.shown();
    const width = DEVICE_WIDTHS[state.device] ?? 1024;
    const scale = Math.min(1, this.stageWidth / width);
    const box = frameSize(state);
    const height = box.fixed
      ? Number(box.height) + 16
      : this.reportedHeight
        ? this.reportedHeight + 16
        : Number(box.height);
    return html`<div class="stage" ?hidden=${hidden} data-height=${Math.ceil(height * scale)}>
      <iframe
        class="preview"
        title=${title}
        src=${this.page()}
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        data-width=${width}
        data-height=${height}
        data-scale=${scale}
      ></iframe>
    </div>`;
  }

  private frame(): HTMLIFrameElement | null {
    return this.host.renderRoot.querySelector<HTMLIFrameElement>('iframe.preview');
  }

  private setStageWidth(width: number): void {
    if (width === this.stageWidth) return;
    this.stageWidth = width;
    this.host.requestUpdate();
  }

  /**
   * Sizes the frame through CSSOM: a style="" attribute (which Lit's
   * styleMap writes on first render) is blocked by a strict style-src CSP.
   */
  private sizeFrame(): void {
    const stage = this.host.renderRoot.querySelector<HTMLElement>('.stage');
    const frame = this.frame();
    if (!stage || !frame) return;
    stage.style.height = `${stage.dataset.height}px`;
    frame.style.width = `${frame.dataset.width}px`;
    frame.style.height = `${frame.dataset.height}px`;
    frame.style.transform = `scale(${frame.dataset.scale})`;
  }

  /** Only the preview page's own messages count. */
  private readonly onMessage = (event: MessageEvent) => {
    const data = event.data as { type?: string; height?: number } | null;
    if (event.source !== this.frame()?.contentWindow || event.origin !== new URL(this.page()).origin) return;
    if (data?.type === 'ispeed-widgets:preview-ready') this.send();
    if (data?.type === 'ispeed-widgets:height' && Number.isFinite(data.height)) {
      this.reportedHeight = Math.min(Math.max(Number(data.height), 40), 4000);
      this.host.requestUpdate();
    }
  };
}
