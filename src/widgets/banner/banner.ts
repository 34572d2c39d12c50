import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { keepAppName } from '../../runtime/app-name.js';
import { builtInManifest, findBanner, loadManifest, type AssetEntry } from '../../runtime/assets.js';
import { normalizeEnum } from '../../runtime/config.js';
import { hostStyles } from '../../ui/host-styles.js';
import { safeHttpUrl } from '../../runtime/links.js';
import { warnOnce } from '../../loader/log.js';
import { markIcon, markStyles } from '../../ui/mark.js';
import { QrDialogController, closeButtonStyles, qrDialogStyles } from '../../ui/qr-dialog.js';
import { sharedState } from '../../loader/shared-state.js';
import { readStorage, writeStorage } from '../../runtime/storage.js';
import { IspeedElement, defaultAssetBase } from '../../ui/widget-element.js';
import { BANNER_OPTIONS, type BannerVariant } from '../../registry/options.js';
import { BANNER_SIZES, DEFAULT_BANNER_SIZE, type BannerSize } from '../../registry/campaign.js';
import { bannerStyles } from './banner.styles.js';
import { ContentFitController } from './content-fit.js';
import type { ScanCode } from './scan-code.js';
import { StickyFocusController } from './sticky-focus.js';
import type { UnitFigure } from './unit-figure.js';

/** Where a dismissed sticky bar remembers, per unit, until when it stays closed. */
export const DISMISS_KEY = 'ispeed-widgets:sticky-dismissed-until';

type ImageState =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | { status: 'found'; key: string; entry: AssetEntry; narrow?: AssetEntry; base: string; loaded: boolean }
  | { status: 'failed'; key: string };

/** The tall desktop banner's QR code: not wanted, being fetched, ready, or failed (the banner keeps its button). */
type CodeState = { status: 'none' } | { status: 'loading' | 'failed'; url: string } | { status: 'ready'; url: string; code: ScanCode };

/** A fluid banner shows the code from this width: beside the words, not squeezing them. */
const FLUID_CODE_WIDTH = 600;
/** The code's room in each size that shows it (px): the tower's column, a fluid row's height. */
const CODE_ROOM: Partial<Record<BannerSize, number>> = { '300x600': 172, '160x600': 136, fluid: 120 };

/**
 * @tagname ispeed-banner
 * @summary The i-Speed promotional banner: on a phone it opens the right
 * store; on a desktop it shows a QR code to scan with the phone.
 *
 * @attribute size - `300x250` (default), `728x90`, `300x600`, `160x600`, `320x100` or `fluid`.
 * @attribute variant - `card` (default, HTML text), `image` (artwork from the asset base) or `sticky` (dismissible bottom bar).
 * @attribute dismiss-days - Days a closed sticky bar stays closed (default 14; 0 remembers nothing).
 * @attribute src - The Department's progress file (as for `<ispeed-progress>`): with a `unit`, the card adds the unit's figure this month where there is room.
 *
 * @slot - Fallback shown before the script runs, if rendering fails, and while the image variant loads.
 * @slot headline - Replaces the headline text.
 * @slot message - Replaces the short message.
 *
 * @csspart base - The banner's frame.
 * @csspart icon - The i-Speed mark.
 * @csspart headline - The headline.
 * @csspart message - The short message.
 * @csspart features - The list of points in tall sizes.
 * @csspart reminder - "Turn on automatic measurement", in the box and tall sizes.
 * @csspart code - The QR code (with its caption) in tall banners on a desktop: 300x600, 160x600 and fluid from 600 px wide.
 * @csspart figure - The unit's samples this month, with `src` and `unit`.
 * @csspart cta - The call-to-action link.
 * @csspart close - The sticky bar's close button.
 * @csspart expand - The small tab a collapsed sticky bar shows (it opens the bar again).
 * @csspart image - The artwork image of the image variant.
 * @csspart dialog - The desktop QR code dialog.
 */
export class IspeedBanner extends IspeedElement {
  static override styles = [hostStyles, markStyles, closeButtonStyles, qrDialogStyles, bannerStyles];

  static override properties = {
    size: { reflect: false },
    variant: { reflect: false },
    src: {},
    dismissed: { state: true },
    image: { state: true },
    figure: { state: true },
    code: { state: true },
    shortenedHeadline: { state: true },
  };

  /** Banner size; unknown values fall back to `300x250` with a console warning. */
  declare size: string;
  /** `card`, `image` or `sticky`; unknown values fall back to `card`. */
  declare variant: string;
  /** The progress file for the unit's figure; else the configured `progress-src` (`ISpeedConfig.progressSrc`). */
  declare src: string | null;

  // Declared, not initialised as fields, so Lit's reactive accessors are not shadowed.
  declare private dismissed: boolean;
  declare private image: ImageState;
  /** The unit's figure once read (it never holds the banner back), for the file and unit in `figureKey`. */
  declare private figure: UnitFigure | undefined;
  private figureKey = '';
  declare private code: CodeState;
  /** The whole headline while the frame shows it shortened, so the link's name still holds it. */
  declare private shortenedHeadline: string;
  private fluidWidth = 0;
  private fluidObserver?: ResizeObserver;
  private dismissKeyChecked = '';
  private readonly qrDialog = new QrDialogController(this);
  private readonly stickyFocus = new StickyFocusController(this, () =>
    this.renderRoot?.querySelector<HTMLElement>('.frame.sticky') ?? null,
  );
  // Fixed sizes only: the fluid banner and the sticky bar grow with their content.
  private readonly contentFit = new ContentFitController(
    this,
    () => this.renderRoot?.querySelector<HTMLElement>('.frame:not(.s-fluid, .sticky, .image) > .card') ?? null,
    (shortened) => (this.shortenedHeadline = shortened ? this.headlineText() : ''),
  );

  constructor() {
    super();
    this.size = DEFAULT_BANNER_SIZE;
    this.variant = 'card';
    this.dismissed = false;
    this.image = { status: 'idle' };
    this.src = null;
    this.figure = undefined;
    this.code = { status: 'none' };
    this.shortenedHeadline = '';
  }

  /** Resolves once rendered and its content fitted to the frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.contentFit.fitted;
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: no render follows by itself, and the fluid width is watched from one.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fluidObserver?.disconnect();
    this.fluidObserver = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watchFluidWidth();
  }

  protected get resolvedSize(): BannerSize {
    return normalizeEnum<BannerSize>(this.size, BANNER_SIZES, `<ispeed-banner size>`) ?? DEFAULT_BANNER_SIZE;
  }

  protected get resolvedVariant(): BannerVariant {
    return normalizeEnum<BannerVariant>(this.variant, BANNER_OPTIONS.variant.values, `<ispeed-banner variant>`) ?? BANNER_OPTIONS.variant.default;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const variant = this.resolvedVariant;
    if (variant === 'image') this.startImageLoad();
    if (variant === 'sticky') this.checkDismissal();
    if (variant === 'card') this.startFigureLoad();
    if (this.showsCode()) this.startCodeLoad();
    this.stickyFocus.active = variant === 'sticky' && !this.dismissed && this.config.platform !== 'desktop';
  }

  /**
   * Asks for the unit's figure when the banner has a progress file and a
   * unit; its code and the file load beside the banner, which renders at once.
   */
  private startFigureLoad(): void {
    const raw = this.src ?? this.config.progressSrc;
    const src = raw ? safeHttpUrl(raw, '<ispeed-banner src>') : undefined;
    const { unit } = this.config;
    const key = src && unit ? `${src}|${unit}` : '';
    if (key === this.figureKey) return;
    this.figureKey = key;
    this.figure = undefined;
    const { loadElement } = sharedState();
    if (!key || !loadElement) return;
    loadElement('unit-figure')
      .then((module) => (module as typeof import('./unit-figure.js')).unitFigure(src!, unit))
      .then((figure) => {
        if (this.figureKey === key) this.figure = figure;
      })
      .catch((error: unknown) => warnOnce(`the banner's unit figure could not be loaded (${String(error)}); the banner shows none.`));
  }

  /** The headline as shown: the site's slotted text, or the built-in one. */
  private headlineText(): string {
    const slot = this.renderRoot?.querySelector<HTMLSlotElement>('slot[name="headline"]');
    const slotted = slot?.assignedNodes({ flatten: true }).map((node) => node.textContent ?? '').join('').trim();
    return (slotted || slot?.textContent || '').replace(/\s+/g, ' ').trim();
  }

  /** The tall desktop sizes carry the code: a desktop visitor scans without a click. */
  private showsCode(): boolean {
    if (this.config.platform !== 'desktop' || this.resolvedVariant === 'sticky') return false;
    if (this.resolvedVariant === 'image' && this.image.status !== 'failed') return false;
    const size = this.resolvedSize;
    return size === '300x600' || size === '160x600' || (size === 'fluid' && this.fluidWidth >= FLUID_CODE_WIDTH);
  }

  /** A desktop fluid banner learns its width, to show the code once it is wide enough. */
  private watchFluidWidth(): void {
    const frame = this.renderRoot?.querySelector<HTMLElement>('.frame.s-fluid');
    const wanted = Boolean(frame) && this.config.platform === 'desktop';
    if (!wanted || typeof ResizeObserver !== 'function') {
      this.fluidObserver?.disconnect();
      this.fluidObserver = undefined;
      return;
    }
    if (this.fluidObserver) return;
    this.fluidObserver = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      const crosses = width >= FLUID_CODE_WIDTH !== this.fluidWidth >= FLUID_CODE_WIDTH;
      this.fluidWidth = width;
      // Only crossing the threshold re-renders, and in the next frame: a render
      // inside this callback would resize the frame again, and the host page
      // would get a "ResizeObserver loop" error.
      if (crosses) requestAnimationFrame(() => this.requestUpdate());
    });
    this.fluidObserver.observe(frame!);
  }

  /**
   * Fetches the encoder once the banner has rendered, so it never delays the
   * takeover; a link too long for a code, or an encoder that fails to load,
   * leaves the banner with its button (said once in the console).
   */
  private startCodeLoad(): void {
    const url = this.link('qr');
    if (this.code.status !== 'none' && this.code.url === url) return;
    const { loadElement } = sharedState();
    if (!loadElement) return;
    this.code = { status: 'loading', url };
    loadElement('scan-code')
      .then((module) => {
        if (this.code.status !== 'loading' || this.code.url !== url) return;
        this.code = { status: 'ready', url, code: (module as typeof import('./scan-code.js')).scanCode(url) };
      })
      .catch((error: unknown) => {
        warnOnce(`the banner's QR code could not be made (${String(error)}); the banner keeps its button only.`);
        if (this.code.status === 'loading' && this.code.url === url) this.code = { status: 'failed', url };
      });
  }

  /** The code block: a white square holds its place at once, and the code is drawn in it when the encoder arrives. */
  private renderCode(): TemplateResult | typeof nothing {
    if (!this.showsCode() || this.code.status === 'failed') return nothing;
    const code = this.code.status === 'ready' ? this.code.code : undefined;
    const room = CODE_ROOM[this.resolvedSize] ?? 120;
    // Whole pixels per module, as the QR card draws it: uneven modules are misread.
    const side = code ? Math.max(2, Math.floor(room / code.modules)) * code.modules : room;
    const modules = code?.modules ?? 1;
    return html`<figure part="code" class="code">
      <svg class=${code ? 'qr' : 'qr-placeholder'} role=${code ? 'img' : nothing} aria-hidden=${code ? nothing : 'true'}
        aria-label=${code ? this.t('qr.label', { host: new URL(code.url).host }) : nothing}
        width=${side} height=${side} viewBox="0 0 ${modules} ${modules}" shape-rendering="crispEdges"
        ><rect width=${modules} height=${modules} fill="#fff"></rect>${code ? svg`<path d=${code.path} fill="#000"></path>` : nothing}</svg>
      <figcaption class="code-caption">${keepAppName(this.t('banner.scan'))}</figcaption>
    </figure>`;
  }

  /** "Xã Ea Kao: 124/300 mẫu tháng 11", in the banner's language. */
  private figureText(figure: UnitFigure): string {
    const [year, month] = figure.month.split('-').map(Number);
    const number = new Intl.NumberFormat(this.language === 'en' ? 'en' : 'vi');
    let monthName = String(month);
    try {
      monthName = new Intl.DateTimeFormat(this.language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
    } catch {
      // An added language the browser cannot name months in: the number stays.
    }
    return this.t('banner.figure', { name: figure.name, count: number.format(figure.samples), target: number.format(figure.target), month, monthName });
  }

  /** Reads the remembered dismissal again whenever the unit (and so the key) changes. */
  private checkDismissal(): void {
    const key = this.storageKey();
    if (key === this.dismissKeyChecked) return;
    this.dismissKeyChecked = key;
    this.dismissed ||= this.dismissedUntil() > Date.now();
  }

  protected renderWidget(): TemplateResult | typeof nothing {
    const variant = this.resolvedVariant;
    // The bar is for phones; desktops have the page's other banners.
    if (variant === 'sticky') {
      if (!this.stickyFocus.active) return nothing;
      return this.stickyFocus.collapse === 'none' ? this.renderCard('sticky') : this.renderTab();
    }
    if (variant === 'image') return this.renderImage();
    return this.renderCard(`s-${this.resolvedSize}`);
  }

  private frameClasses(layout: string): string {
    return `frame theme ${this.config.theme} ${layout}`;
  }

  private renderCard(layout: string): TemplateResult {
    const { t } = this;
    return html`<div part="base" class=${this.frameClasses(layout)} lang=${this.language}>
      <div class=${this.figure && layout !== 'sticky' ? 'card has-figure' : 'card'}>
        <span part="icon" class="icon">${markIcon}</span>
        <p part="headline" class="headline"><slot name="headline">${keepAppName(t('banner.headline'))}</slot></p>
        <p part="message" class="message"><slot name="message">${keepAppName(t('banner.message'))}</slot></p>
        ${this.figure && layout !== 'sticky' ? html`<p part="figure" class="figure">${this.figureText(this.figure)}</p>` : nothing}
        <ul part="features" class="features">
          <li>${t('banner.featureMeasures')}</li>
          <li>${t('banner.featureFree')}</li>
          <li>${t('banner.featureNoData')}</li>
        </ul>
        ${layout === 'sticky' ? nothing : this.renderCode()}
        <p part="reminder" class="reminder">${t('banner.featureAuto')}</p>
        ${this.qrDialog.renderCta({
          desktop: this.config.platform === 'desktop',
          storeHref: this.storeLink(),
          webHref: this.link('web'),
          phone: html`${t('banner.cta')}<span class="visually-hidden"> ${t('banner.ctaSuffix')}${this.headlineInName()}</span>`,
          computer: html`${t('banner.cta')}<span class="visually-hidden"> ${t('banner.ctaQrSuffix')}${this.headlineInName()}</span>`,
        })}
        ${layout === 'sticky'
          ? html`<button part="close" class="close" type="button" aria-label=${t('banner.close')} @click=${this.dismiss}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"></path></svg>
            </button>`
          : nothing}
      </div>
      ${this.config.platform === 'desktop' ? this.qrDialog.render(t, this.language, this.config) : nothing}
    </div>`;
  }

  /** While the headline is shortened on screen, the link's name carries it whole. */
  private headlineInName(): string {
    return this.shortenedHeadline ? ` – ${this.shortenedHeadline}` : '';
  }

  /** The collapsed sticky bar: a small tab in the corner that opens it again. */
  private renderTab(): TemplateResult {
    return html`<button part="expand" class="expand theme ${this.config.theme}" type="button" lang=${this.language}
      aria-label=${this.t('banner.expand')} @click=${() => this.stickyFocus.expand()}>
      <span class="icon">${markIcon}</span>
    </button>`;
  }

  private renderImage(): TemplateResult {
    const { image } = this;
    if (image.status === 'failed') return this.renderCard(`s-${this.resolvedSize}`);
    const layout = `s-${this.resolvedSize} image${image.status === 'found' && image.loaded ? ' loaded' : ''}`;
    return html`<div part="base" class=${this.frameClasses(layout)} lang=${this.language}>
      <div class="fallback"><slot></slot></div>
      ${image.status === 'found'
        ? html`<a class="image-link" href=${this.storeLink()} target="_blank" rel="noopener"
            >${this.renderArtwork(image.entry, image.base, image.narrow ? 'wide-art' : '')}${image.narrow
              ? this.renderArtwork(image.narrow, image.base, 'narrow-art')
              : nothing}</a
          >`
        : nothing}
    </div>`;
  }

  /**
   * One artwork image. A leaderboard also carries the mobile banner's artwork,
   * which a container query shows instead when the box is too narrow for the
   * wide one to stay legible; the hidden one is never fetched (lazy, not rendered).
   * The alt is the manifest's, which names the artwork's visible words, so
   * the link's name contains its visible label (WCAG 2.5.3).
   */
  private renderArtwork(entry: AssetEntry, base: string, fit: string): TemplateResult {
    const src = new URL(entry.file, base).href;
    const srcset = entry.file2x ? `${src} 1x, ${new URL(entry.file2x, base).href} 2x` : undefined;
    const alt = entry.alt?.[this.language] ?? entry.alt?.vi ?? this.t('banner.imageAlt');
    return html`<img
        part="image"
        class=${fit || nothing}
        src=${src}
        srcset=${srcset ?? nothing}
        width=${entry.width ?? nothing}
        height=${entry.height ?? nothing}
        alt=${`${alt} ${this.t('newTab')}`}
        loading="lazy"
        decoding="async"
        @load=${this.onImageLoad}
        @error=${this.onImageError}
    />`;
  }

  /** Looks the artwork up once per asset base, size and language. */
  private startImageLoad(): void {
    const size = this.resolvedSize;
    const base = this.config.assetBase;
    const key = `${base}|${size}|${this.language}`;
    if (this.image.status !== 'idle' && this.image.key === key) return;
    if (size === 'fluid') {
      warnOnce('<ispeed-banner variant="image"> has no artwork for size "fluid"; showing the card.');
      this.image = { status: 'failed', key };
      return;
    }
    this.image = { status: 'loading', key };
    void loadManifest(base, undefined, base === defaultAssetBase() ? builtInManifest() : undefined).then((manifest) => {
      if (this.image.status !== 'loading' || this.image.key !== key) return;
      const entry = manifest && findBanner(manifest, size, this.language);
      if (manifest && !entry) warnOnce(`the artwork manifest at ${base} has no banner of size ${size}; showing the card.`);
      const narrow = entry && size === '728x90' ? findBanner(manifest, '320x100', this.language) : undefined;
      this.image = entry ? { status: 'found', key, entry, narrow, base, loaded: false } : { status: 'failed', key };
    });
  }

  private onImageLoad(): void {
    if (this.image.status === 'found') this.image = { ...this.image, loaded: true };
  }

  private onImageError(event: Event): void {
    if (this.image.status !== 'found') return;
    warnOnce(`the banner artwork ${(event.target as HTMLImageElement).src} could not be loaded; showing the card.`);
    this.image = { status: 'failed', key: this.image.key };
  }

  private storageKey(): string {
    return `${DISMISS_KEY}:${this.config.unit}`;
  }

  private dismissedUntil(): number {
    return Number(readStorage(this.storageKey())) || 0;
  }

  /** Hides the sticky bar, and remembers it for `dismiss-days` where storage allows. */
  dismiss(): void {
    this.stickyFocus.handBackFocus();
    this.dismissed = true;
    const days = this.config.dismissDays;
    if (days > 0) {
      const until = Date.now() + days * 24 * 60 * 60 * 1000;
      if (!writeStorage(this.storageKey(), String(until))) {
        warnOnce('the sticky bar cannot remember being closed (storage is blocked); it is hidden for this page view.');
      }
    }
    this.dispatchEvent(new CustomEvent('ispeed-dismiss', { bubbles: true, composed: true }));
  }
}
