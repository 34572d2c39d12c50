import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keepAppName } from '../runtime/app-name.js';
import type { ResolvedConfig } from '../registry/config-types.js';
import type { TFunction } from '../runtime/i18n.js';
import { warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';

/**
 * The QR card's code, fetched only when a desktop visitor is about to ask for
 * it, by whichever entry loaded the library (the loader's chunks/, the
 * bundle, or the npm modules).
 */
export async function loadQrCard(): Promise<void> {
  if (customElements.get('ispeed-qr-card')) return;
  const { loadElement } = sharedState();
  if (!loadElement) throw new Error('no way to load <ispeed-qr-card>');
  await loadElement('ispeed-qr-card');
}

/** Starts fetching the QR card early (on hover or focus of the button that opens it). */
export function preloadQrCard(): void {
  loadQrCard().catch(() => {});
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A window (or the frame of the iframe form) too small for the dialog to
 * show its code whole, at least 240 px: a 300x250 or 728x90 frame, a 160 px
 * wide one. There the desktop button opens the smart link page instead, in a
 * new tab, where the code is full size.
 */
export const TOO_SMALL_FOR_DIALOG = '(max-width: 299px), (max-height: 419px)';

/**
 * A desktop visitor cannot install a phone app where they are: a modal
 * dialog with the QR code to scan. Focus moves to its close button; Escape,
 * the close button or a click on the backdrop close it and return focus to
 * the button that opened it.
 */
export class QrDialogController implements ReactiveController {
  /** True once the dialog has been opened, so the card renders from then on. */
  opened = false;
  private opener: HTMLElement | null = null;

  private small?: MediaQueryList;
  private readonly onResize = () => this.host.requestUpdate();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.small = window.matchMedia(TOO_SMALL_FOR_DIALOG);
    this.small.addEventListener('change', this.onResize);
  }

  hostDisconnected(): void {
    this.small?.removeEventListener('change', this.onResize);
    this.dialog()?.close();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.qr-dialog') ?? null;
  }

  /** Opens the dialog; if the QR code cannot load, opens `fallbackUrl` in a new tab instead. */
  async show(opener: HTMLElement, fallbackUrl: string): Promise<void> {
    this.opener = opener;
    try {
      await loadQrCard();
    } catch (error) {
      warnOnce(`the QR code could not be loaded (${String(error)}); opening the website instead.`);
      window.open(fallbackUrl, '_blank', 'noopener');
      return;
    }
    this.opened = true;
    this.host.requestUpdate();
    await (this.host as Host & { updateComplete: Promise<unknown> }).updateComplete;
    const dialog = this.dialog();
    dialog?.showModal();
    // Focus moves here, not by `autofocus` in the template: a closed dialog with an
    // autofocus button makes Chromium log "Blocked autofocusing…" in a cross-origin frame.
    dialog?.querySelector<HTMLElement>('button.close')?.focus();
  }

  close(): void {
    this.dialog()?.close();
  }

  private fallbackUrl = '';

  private readonly onOpen = (event: Event) => {
    void this.show(event.currentTarget as HTMLElement, this.fallbackUrl);
  };

  /**
   * The "get the app" call to action every widget shares: a store link on a
   * phone; on a desktop, a button that opens this dialog (its code fetched
   * as soon as the pointer or focus reaches the button), or, in a window too
   * small for the dialog, a link that opens the smart link page in a new tab.
   */
  renderCta(options: {
    desktop: boolean;
    storeHref: string;
    webHref: string;
    /** The smart link page for this widget, where one is known. */
    smartHref?: string;
    phone: unknown;
    computer: unknown;
    /** Said after `computer` when it opens a new tab. */
    newTab: string;
  }): TemplateResult {
    this.fallbackUrl = options.webHref;
    if (options.desktop && options.smartHref && this.small?.matches) {
      return html`<a part="cta" class="cta button-accent" href=${options.smartHref} target="_blank" rel="noopener"
        >${options.computer}<span class="visually-hidden"> ${options.newTab}</span></a>`;
    }
    if (options.desktop) {
      return html`<button part="cta" class="cta button-accent" type="button" aria-haspopup="dialog"
        @click=${this.onOpen} @pointerenter=${preloadQrCard} @focus=${preloadQrCard}>${options.computer}</button>`;
    }
    return html`<a part="cta" class="cta button-accent" href=${options.storeHref} target="_blank" rel="noopener">${options.phone}</a>`;
  }

  /**
   * The guide's and progress widget's footer action, with the dialog it opens:
   * `<ns>.cta` to the store on a phone, `<ns>.ctaDesktop` opening the QR code on a desktop.
   */
  renderAppCta(
    ns: string,
    t: TFunction,
    language: string,
    config: ResolvedConfig,
    links: { store: string; web: string; qr?: string; smart?: string },
  ): TemplateResult {
    const desktop = config.platform === 'desktop';
    return html`${this.renderCta({
      desktop,
      storeHref: links.store,
      webHref: links.web,
      smartHref: links.smart,
      newTab: t('newTab'),
      // The text is one flex item, so the space before "i-Speed" survives the flex layout.
      phone: html`<span>${keepAppName(t(`${ns}.cta`))}</span><span class="visually-hidden"> ${t('newTab')}</span>`,
      computer: t(`${ns}.ctaDesktop`),
    })}${desktop ? this.render(t, language, config, links.qr) : nothing}`;
  }

  private readonly onClick = (event: MouseEvent) => {
    // The dialog has no padding (its body has), so a click on the dialog itself is on the backdrop.
    if (event.target === event.currentTarget) this.close();
  };

  private readonly onClose = () => {
    this.opener?.focus();
  };

  /** `qr` is what the code opens: the host widget's smart link or QR link (see IspeedElement.qrLink). */
  render(t: TFunction, language: string, config: ResolvedConfig, qr = config.links.qr): TemplateResult {
    return html`<dialog part="dialog" class="qr-dialog" aria-labelledby="qr-dialog-title" @close=${this.onClose} @click=${this.onClick}>
      <div class="dialog-body">
      <div class="dialog-head">
        <h2 id="qr-dialog-title" class="dialog-title">${keepAppName(t('qr.dialogTitle'))}</h2>
        <button class="close" type="button" aria-label=${t('qr.close')} @click=${() => this.close()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"></path></svg>
        </button>
      </div>
      ${
        this.opened
          ? html`<ispeed-qr-card
            frame="none"
            actions="none"
            platform="desktop"
            lang=${language}
            theme=${config.theme}
            unit=${config.unit || nothing}
            href=${qr}
            smart-link=${config.smartLink || nothing}
            links-android=${config.links.android}
            links-ios=${config.links.ios}
          ></ispeed-qr-card>`
          : nothing
      }
      </div>
    </dialog>`;
  }
}

/** The round close button (the sticky bar's and the dialog's); it never shrinks below its 36 px target in a flex row. */
export const closeButtonStyles = css`
  .close {
    position: relative;
    z-index: 1;
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
    font: inherit;
  }
  .close:hover {
    background: color-mix(in srgb, var(--_text) 12%, transparent);
  }
  .close svg {
    width: 18px;
    height: 18px;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  @media (forced-colors: active) {
    .close {
      border: 1px solid ButtonBorder;
    }
  }
`;

/**
 * One frame and one title; the frameless card inside sets the code beside its
 * steps where there is room. In a phone-sized window the frame gives up its
 * margins so the code keeps its width.
 */
export const qrDialogStyles = css`
  .qr-dialog {
    width: min(720px, calc(100% - 16px));
    max-width: none;
    max-height: calc(100% - 16px);
    padding: 0;
    border: 0;
    border-radius: 12px;
    color: var(--_text);
    background: var(--_background);
    box-shadow: 0 12px 40px rgb(0 0 0 / 30%);
  }
  .dialog-body {
    padding: 24px 28px 28px;
  }
  .qr-dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    margin-bottom: 20px;
  }
  /* A heading, as a modal dialog's title is (a reader lists it among the headings). */
  .dialog-title {
    min-width: 0;
    margin: 0;
    font-size: 22px;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }
  .dialog-title .app-name {
    white-space: nowrap;
  }
  @media (max-width: 480px) {
    .dialog-body {
      padding: 16px;
    }
    .dialog-title {
      font-size: 19px;
    }
  }
  /* Forced colours drop the shadow and the backdrop tint: a border keeps the dialog's edge. */
  @media (forced-colors: active) {
    .qr-dialog {
      border: 2px solid CanvasText;
    }
  }
`;
