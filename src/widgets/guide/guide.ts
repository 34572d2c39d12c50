import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keepAppName } from '../../runtime/app-name.js';
import { GUIDE_OPTIONS } from '../../registry/widget-options/guide.js';
import { heading, headingLevel } from '../../ui/heading.js';
import { hostStyles } from '../../ui/host-styles.js';
import { safeHttpUrl } from '../../runtime/links.js';
import { KeyedLoad } from '../../ui/keyed-load.js';
import { QrDialogController, closeButtonStyles, qrDialogStyles } from '../../ui/qr-dialog.js';
import { IspeedElement, optionProperties } from '../../ui/widget-element.js';
import { addBundledWords } from '../../runtime/i18n.js';
import {
  GUIDE_PLATFORMS,
  builtInGuide,
  loadGuide,
  type Guide,
  type GuidePlatform,
  type GuideStep,
} from './guide-data.js';
import { guideStyles } from './guide.styles.js';
import { ILLUSTRATIONS, ILLUSTRATION_VIEWBOX, illustrationStyles } from './illustrations.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

// This widget's words come with its code (the shared chunk holds only the shared ones).
addBundledWords({ vi, en });

export type GuideLayout = (typeof GUIDE_OPTIONS.layout.values)[number];

/**
 * @tagname ispeed-guide
 * @summary Step by step: install i-Speed and turn on automatic measurement,
 * with Android and iOS tabs (the visitor's own first).
 *
 * @attribute layout - `steps` (default, all visible), `carousel` (one step at a time) or `compact` (folding steps).
 * @attribute src - A Department's guide JSON (see the README's schema); `{lang}` in it is replaced by the language.
 * @attribute timeout - Milliseconds to wait for `src` before showing the built-in steps (default 3000).
 * @attribute heading-level - The title's heading level, 2 (default) to 6, to fit the page's own headings.
 *
 * @csspart base - The guide.
 * @csspart title - The title.
 * @csspart tabs - The Android / iOS tab list.
 * @csspart step - Each step.
 * @csspart cta - The call to action.
 * @csspart materials - The link to the official materials.
 * @csspart dialog - The desktop QR code dialog.
 */
export class IspeedGuide extends IspeedElement {
  static override styles = [hostStyles, closeButtonStyles, qrDialogStyles, illustrationStyles, guideStyles];

  static override properties = {
    ...optionProperties(GUIDE_OPTIONS),
    selected: { state: true },
    positions: { state: true },
  };

  declare layout: string;
  declare src: string | null;
  declare timeout: string | null;
  declare headingLevel: string | null;
  /** The platform tab the visitor has chosen, once they have. */
  declare private selected: GuidePlatform | undefined;
  /** The carousel's current step per platform. */
  declare private positions: Record<GuidePlatform, number>;

  /** A Department's guide from `src`, once it has loaded and passed the checks. */
  private readonly loaded = new KeyedLoad<Guide | undefined>(this);
  private readonly qrDialog = new QrDialogController(this);

  constructor() {
    super();
    this.layout = GUIDE_OPTIONS.layout.default;
    this.src = null;
    this.timeout = null;
    this.headingLevel = null;
    this.selected = undefined;
    this.positions = { android: 0, ios: 0 };
  }

  private get resolvedLayout(): GuideLayout {
    return this.choice(GUIDE_OPTIONS.layout, this.layout);
  }

  /** The visitor's own platform first; desktops see Android, the more common phone. */
  private get platform(): GuidePlatform {
    return this.selected ?? (this.config.platform === 'ios' ? 'ios' : 'android');
  }

  private get guide(): Guide {
    return this.loaded.value ?? builtInGuide(this.language);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.requestGuide();
  }

  /** Loads `src` (with `{lang}` filled in) when it changes; the built-in steps show meanwhile and on failure. */
  private requestGuide(): void {
    const raw = this.src?.replace('{lang}', encodeURIComponent(this.language)) ?? '';
    this.loaded.run(raw, () => {
      const url = raw ? safeHttpUrl(raw, '<ispeed-guide src>') : undefined;
      if (!url) return undefined;
      const { min, max, default: fallback } = GUIDE_OPTIONS.timeout;
      const timeout = Number(this.timeout);
      return loadGuide(url, Number.isFinite(timeout) && timeout >= min && timeout <= max ? timeout : fallback);
    });
  }

  protected renderWidget(): TemplateResult {
    const { guide, t } = this;
    const layout = this.resolvedLayout;
    return html`<div part="base" class="frame theme ${this.config.theme} layout-${layout}" lang=${guide.lang}>
      ${heading(headingLevel(this.headingLevel, '<ispeed-guide heading-level>'), keepAppName(guide.title))}
      ${guide.intro ? html`<p class="intro">${guide.intro}</p>` : nothing}
      <div class="screen-only">
        <div part="tabs" role="tablist" aria-label=${t('guide.tabsLabel')} @keydown=${this.onTabKey}>
          ${GUIDE_PLATFORMS.map((platform) => this.renderTab(platform))}
        </div>
        ${GUIDE_PLATFORMS.map((platform) => this.renderPanel(platform, layout))}
      </div>
      ${this.renderPrintVersion()}
      <div class="footer screen-only">${this.qrDialog.renderAppCta('guide', t, this.language, this.config, { store: this.storeLink(), web: this.link('web'), qr: this.qrLink(), smart: this.smartPageHref() })}
        <a part="materials" class="materials" href=${this.link('materials')} target="_blank" rel="noopener"
          >${t('guide.materials')}<span class="visually-hidden"> ${t('newTab')}</span></a
        >
      </div>
    </div>`;
  }

  private renderTab(platform: GuidePlatform): TemplateResult {
    const selected = platform === this.platform;
    return html`<button
      role="tab"
      id="tab-${platform}"
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls="panel-${platform}"
      tabindex=${selected ? 0 : -1}
      @click=${() => this.select(platform)}
    >
      ${this.guide.platforms[platform].label}
    </button>`;
  }

  private renderPanel(platform: GuidePlatform, layout: GuideLayout): TemplateResult {
    const { steps } = this.guide.platforms[platform];
    const body =
      layout === 'carousel'
        ? this.renderCarousel(platform, steps)
        : layout === 'compact'
          ? this.renderCompact(steps)
          : this.renderSteps(steps);
    return html`<div role="tabpanel" id="panel-${platform}" aria-labelledby="tab-${platform}" tabindex="0" ?hidden=${platform !== this.platform}>
      ${body}
    </div>`;
  }

  private renderStep(step: GuideStep, index: number): TemplateResult {
    const picture = step.illustration ? ILLUSTRATIONS[step.illustration] : undefined;
    return html`<li part="step" class="step">
      ${
        picture
          ? html`<svg class="picture illustration" viewBox=${ILLUSTRATION_VIEWBOX} aria-hidden="true" focusable="false">${picture}</svg>`
          : html`<span class="picture"></span>`
      }
      <p class="step-title"><span class="number" aria-hidden="true">${index + 1}</span><span>${keepAppName(step.title)}</span></p>
      <p class="step-text">${keepAppName(step.text)}</p>
      ${step.note ? html`<p class="note">${keepAppName(step.note)}</p>` : nothing}
    </li>`;
  }

  private renderSteps(steps: GuideStep[]): TemplateResult {
    return html`<ol class="steps">${steps.map((step, index) => this.renderStep(step, index))}</ol>`;
  }

  private renderCarousel(platform: GuidePlatform, steps: GuideStep[]): TemplateResult {
    const index = Math.min(this.positions[platform], steps.length - 1);
    const { t } = this;
    return html`<div class="carousel">
      <ol class="steps" start=${index + 1}>${this.renderStep(steps[index], index)}</ol>
      <div class="carousel-nav">
        <button class="nav previous button-plain" type="button" ?disabled=${index === 0} @click=${() => this.move(platform, -1)}>
          <span aria-hidden="true">‹</span> ${t('guide.previous')}
        </button>
        <p class="position" aria-hidden="true">${t('guide.stepOf', { n: index + 1, total: steps.length })}</p>
        <p class="step-announcement visually-hidden" aria-live="polite">${t('guide.stepOf', { n: index + 1, total: steps.length })}: ${steps[index].title}</p>
        <button class="nav next button-plain" type="button" ?disabled=${index === steps.length - 1} @click=${() => this.move(platform, 1)}>
          ${t('guide.next')} <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>`;
  }

  private renderCompact(steps: GuideStep[]): TemplateResult {
    return html`<ol class="compact-steps">
      ${steps.map(
        (step, index) => html`<li part="step">
          <details>
            <summary><span class="number" aria-hidden="true">${index + 1}</span><span class="summary-title">${keepAppName(step.title)}</span
              ><svg class="expand-cue" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3l5 5-5 5"></path></svg
            ></summary>
            <p>${keepAppName(step.text)}${step.note ? html` ${keepAppName(step.note)}` : nothing}</p>
          </details>
        </li>`,
      )}
    </ol>`;
  }

  /** A one-page handout: both platforms side by side, every step, the links as text. */
  private renderPrintVersion(): TemplateResult {
    const { guide, t } = this;
    const web = new URL(this.config.links.web);
    const materials = new URL(this.config.links.materials);
    return html`<div class="print-only">
      <div class="columns">
        ${GUIDE_PLATFORMS.map(
          (platform) => html`<section>
            <h3>${guide.platforms[platform].label}</h3>
            <ol>
              ${guide.platforms[platform].steps.map(
                (step) =>
                  html`<li><strong>${step.title}.</strong> ${step.text}${step.note ? ` ${step.note}` : ''}</li>`,
              )}
            </ol>
          </section>`,
        )}
      </div>
      <p class="print-note">${t('guide.getApp', { host: web.host })} · ${t('guide.materials')}: ${materials.host}${materials.pathname}</p>
    </div>`;
  }

  /** Selects a platform tab and, when asked, moves focus to it (keyboard use). */
  select(platform: GuidePlatform, focus = false): void {
    this.selected = platform;
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${platform}`)?.focus());
  }

  /** WAI-ARIA tabs: arrows move and select (wrapping), Home and End go to the ends. */
  private onTabKey(event: KeyboardEvent): void {
    const current = GUIDE_PLATFORMS.indexOf(this.platform);
    const last = GUIDE_PLATFORMS.length - 1;
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(GUIDE_PLATFORMS[(next + GUIDE_PLATFORMS.length) % GUIDE_PLATFORMS.length], true);
  }

  private move(platform: GuidePlatform, by: number): void {
    const steps = this.guide.platforms[platform].steps.length;
    const index = Math.max(0, Math.min(steps - 1, this.positions[platform] + by));
    const panel = this.renderRoot.querySelector(`#panel-${platform}`);
    const pressed = panel?.querySelector<HTMLButtonElement>(by > 0 ? '.next' : '.previous');
    const other = panel?.querySelector<HTMLButtonElement>(by > 0 ? '.previous' : '.next');
    // At either end the pressed button becomes disabled, and a disabled button loses focus to the page:
    // move focus to the other button first (once it is enabled, if the move enables it).
    const end = index === (by > 0 ? steps - 1 : 0);
    const focused = end && !!pressed && this.shadowRoot?.activeElement === pressed;
    if (focused && other && !other.disabled) other.focus();
    this.positions = { ...this.positions, [platform]: index };
    if (focused && other?.disabled) void this.updateComplete.then(() => other.focus());
  }
}
