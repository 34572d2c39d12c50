import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keepAppName } from '../../runtime/app-name.js';
import { hostStyles } from '../../ui/host-styles.js';
import { markIcon, markStyles } from '../../ui/mark.js';
import { QrDialogController, closeButtonStyles, qrDialogStyles } from '../../ui/qr-dialog.js';
import { IspeedElement, optionProperties } from '../../ui/widget-element.js';
import { BANNER_OPTIONS, type BannerVariant } from '../../registry/widget-options/banner.js';
import type { BannerSize } from '../../registry/campaign.js';
import { bannerStyles } from './banner.styles.js';
import { ContentFitController, STICKY_STEPS } from './content-fit.js';
import { DesktopCode } from './desktop-code.js';
import { FigureLine } from './figure-line.js';
import { FluidWidthController } from './fluid-width.js';
import { ImageArt } from './image-art.js';
import { StickyDismissal } from './sticky-dismissal.js';
import { StickyFocusController } from './sticky-focus.js';

export { DISMISS_KEY } from './sticky-dismissal.js';

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
    ...optionProperties(BANNER_OPTIONS),
    shortenedHeadline: { state: true },
  };

  /** Banner size; unknown values fall back to `300x250` with a console warning. */
  declare size: string;
  /** `card`, `image` or `sticky`; unknown values fall back to `card`. */
  declare variant: string;
  /** The progress file for the unit's figure; else the configured `progress-src` (`ISpeedConfig.progressSrc`). */
  declare src: string | null;

  // Declared, not initialised as a field, so Lit's reactive accessor is not shadowed.
  /** The whole headline while the frame shows it shortened, so the link's name still holds it. */
  declare private shortenedHeadline: string;
  private readonly art = new ImageArt(this);
  private readonly figure = new FigureLine(this);
  private readonly code = new DesktopCode(this);
  private readonly dismissal = new StickyDismissal(this);
  private readonly qrDialog = new QrDialogController(this);
  private readonly stickyFocus = new StickyFocusController(
    this,
    () => this.renderRoot?.querySelector<HTMLElement>('.frame.sticky') ?? null,
  );
  // Fixed sizes only: the fluid banner and the sticky bar grow with their content.
  private readonly contentFit = new ContentFitController(
    this,
    () => this.renderRoot?.querySelector<HTMLElement>('.frame:not(.s-fluid, .sticky, .image) > .card') ?? null,
    (shortened) => (this.shortenedHeadline = shortened ? this.headlineText() : ''),
  );
  // The open sticky bar: at most a quarter of the screen, whatever the reader's text size.
  private readonly stickyFit = new ContentFitController(
    this,
    () => this.renderRoot?.querySelector<HTMLElement>('.frame.sticky > .card') ?? null,
    (shortened) => (this.shortenedHeadline = shortened ? this.headlineText() : ''),
    STICKY_STEPS,
  );
  // On a desktop only: a phone never shows the code.
  private readonly fluid = new FluidWidthController(this, () =>
    this.config.platform === 'desktop' ? (this.renderRoot?.querySelector<HTMLElement>('.frame.s-fluid') ?? null) : null,
  );

  constructor() {
    super();
    this.size = BANNER_OPTIONS.size.default;
    this.variant = BANNER_OPTIONS.variant.default;
    this.src = null;
    this.shortenedHeadline = '';
  }

  /** Resolves once rendered and its content fitted to the frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.contentFit.fitted;
    await this.stickyFit.fitted;
    return result;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: no render follows by itself, and the fluid width is watched from one.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected get resolvedSize(): BannerSize {
    return this.choice(BANNER_OPTIONS.size, this.size);
  }

  protected get resolvedVariant(): BannerVariant {
    return this.choice(BANNER_OPTIONS.variant, this.variant);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const variant = this.resolvedVariant;
    const { config } = this;
    if (variant === 'image') this.art.update(config.assetBase, this.resolvedSize, this.language);
    if (variant === 'sticky') this.dismissal.check(config.unit, config.dismissDays);
    if (variant === 'card') this.figure.update(this.src ?? config.progressSrc, config.unit);
    if (this.showsCode()) this.code.update(this.qrLink());
    this.stickyFocus.active = variant === 'sticky' && !this.dismissal.dismissed && config.platform !== 'desktop';
  }

  /** The headline as shown: the site's slotted text, or the built-in one. */
  private headlineText(): string {
    const slot = this.renderRoot?.querySelector<HTMLSlotElement>('slot[name="headline"]');
    const slotted = slot
      ?.assignedNodes({ flatten: true })
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    return (slotted || slot?.textContent || '').replace(/\s+/g, ' ').trim();
  }

  /** The tall desktop sizes carry the code: a desktop visitor scans without a click. */
  private showsCode(): boolean {
    if (this.config.platform !== 'desktop' || this.resolvedVariant === 'sticky') return false;
    if (this.resolvedVariant === 'image' && !this.art.failed) return false;
    const size = this.resolvedSize;
    return size === '300x600' || size === '160x600' || (size === 'fluid' && this.fluid.wide);
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
    const figure = layout !== 'sticky' && this.figure.text(this.language, t);
    return html`<div part="base" class=${this.frameClasses(layout)} lang=${this.language}>
      <div class=${figure ? 'card has-figure' : 'card'}>
        <span part="icon" class="icon">${markIcon}</span>
        <p part="headline" class="headline"><slot name="headline">${keepAppName(t('banner.headline'))}</slot></p>
        <p part="message" class="message"><slot name="message">${keepAppName(t('banner.message'))}</slot></p>
        ${figure ? html`<p part="figure" class="figure">${figure}</p>` : nothing}
        <ul part="features" class="features">
          <li>${t('banner.featureMeasures')}</li>
          <li>${t('banner.featureFree')}</li>
          <li>${t('banner.featureNoData')}</li>
        </ul>
        ${layout !== 'sticky' && this.showsCode() ? this.code.render(this.resolvedSize, t) : nothing}
        <p part="reminder" class="reminder">${t('banner.featureAuto')}</p>
        ${this.qrDialog.renderCta({
          desktop: this.config.platform === 'desktop',
          storeHref: this.storeLink(),
          webHref: this.link('web'),
          smartHref: this.smartPageHref(),
          newTab: t('newTab'),
          phone: html`${t('banner.cta')}<span class="visually-hidden"> ${t('banner.ctaSuffix')}${this.headlineInName()}</span>`,
          computer: html`${t('banner.cta')}<span class="visually-hidden"> ${t('banner.ctaQrSuffix')}${this.headlineInName()}</span>`,
        })}
        ${
          layout === 'sticky'
            ? html`<button part="close" class="close" type="button" aria-label=${t('banner.close')} @click=${this.dismiss}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"></path></svg>
            </button>`
            : nothing
        }
      </div>
      ${this.config.platform === 'desktop' ? this.qrDialog.render(t, this.language, this.config, this.qrLink()) : nothing}
    </div>`;
  }

  /** While the headline is shortened on screen, the link's name carries it whole. */
  private headlineInName(): string {
    return this.shortenedHeadline ? ` – ${this.shortenedHeadline}` : '';
  }

  /** The collapsed sticky bar: a small tab in the corner that opens it again. */
  private renderTab(): TemplateResult {
    return html`<button part="expand" class="expand theme ${this.config.theme} ${this.stickyFocus.tabPlace}" type="button" lang=${this.language}
      aria-label=${this.t('banner.expand')} @click=${() => this.stickyFocus.expand()}>
      <span class="icon">${markIcon}</span>
    </button>`;
  }

  private renderImage(): TemplateResult {
    const { art } = this;
    if (art.failed) return this.renderCard(`s-${this.resolvedSize}`);
    return html`<div part="base" class=${this.frameClasses(`s-${this.resolvedSize} image${art.loaded ? ' loaded' : ''}`)} lang=${this.language}>
      <div class="fallback"><slot></slot></div>
      ${art.render(this.storeLink(), this.language, this.t)}
    </div>`;
  }

  /** Hides the sticky bar, and remembers it for `dismiss-days` where storage allows. */
  dismiss(): void {
    this.stickyFocus.handBackFocus();
    this.dismissal.dismiss(this.config.unit, this.config.dismissDays);
    this.dispatchEvent(new CustomEvent('ispeed-dismiss', { bubbles: true, composed: true }));
  }
}
