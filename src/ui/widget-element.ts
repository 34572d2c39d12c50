import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { optionKey, type OptionSpec } from '../registry/shared-options.js';
import { normalizeEnum } from '../runtime/config.js';
import { CONFIG_ATTRIBUTES, resolveConfig } from '../runtime/config.js';
import type { LinkName, ResolvedConfig } from '../registry/config-types.js';
import { resolveLanguage, translator, type TFunction } from '../runtime/i18n.js';
import { attributionHost, codeLink, withAttribution } from '../runtime/links.js';
import { warnOnce } from '../loader/log.js';
import { currentPlatform } from '../runtime/platform.js';
import { completeSmartLink } from '../runtime/smart-link.js';
import { sharedState } from '../loader/shared-state.js';

/**
 * Lit's declarations for a widget's own options, from the option registry:
 * a property by the option's config name, read from its attribute.
 */
export function optionProperties(options: Record<string, OptionSpec>): PropertyDeclarations {
  return Object.fromEntries(Object.values(options).map((spec) => [optionKey(spec), { attribute: spec.attr }]));
}

/** The artwork folder: beside the loaded script, or the repository's assets/ from source. */
export function defaultAssetBase(): string {
  const base = sharedState().scriptBase ?? document.baseURI;
  return new URL('assets/', base).href;
}

/**
 * What every ispeed-* element shares: the configuration layers resolved to one
 * plain object before each render, the language, attributed links, and a
 * render that can never throw into the host page.
 *
 * @attribute lang - Language of the widget: `vi` (default), `en`, or one added with `ISpeed.addTranslations`.
 * @attribute unit - The unit's code (e.g. `xa-ea-kao`), carried into every outgoing link.
 * @attribute theme - `light` (default), `dark`, `brand` or `auto` (follows the visitor's colour scheme).
 * @attribute asset-base - Folder the artwork and its manifest.json are read from.
 * @attribute platform - Force `android`, `ios` or `desktop` instead of detecting it.
 * @attribute links-web - Link to the i-Speed website.
 * @attribute links-android - Link to the app in Google Play.
 * @attribute links-ios - Link to the app in the App Store.
 * @attribute links-qr - Link the QR code opens (default: the smart link when known, else https://speedtest.vn).
 * @attribute smart-link - The smart link page (`go.html`) on the Department's host, which QR codes encode with the unit.
 * @attribute links-materials - Link to the official communication materials.
 *
 * @cssprop --ispeed-font-family - Font stack (default: the device's system fonts).
 * @cssprop --ispeed-color-background - Background colour.
 * @cssprop --ispeed-color-text - Text colour.
 * @cssprop --ispeed-color-muted - Secondary text colour.
 * @cssprop --ispeed-color-accent - Call-to-action and mark colour.
 * @cssprop --ispeed-color-on-accent - Text on the accent colour.
 * @cssprop --ispeed-color-border - Border colour.
 * @cssprop --ispeed-color-focus - Focus ring colour.
 * @cssprop --ispeed-color-focus-halo - The other tone around a focus ring drawn over the page (the sticky bar's tab).
 * @cssprop --ispeed-radius - Corner radius.
 */
export abstract class IspeedElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...CONFIG_ATTRIBUTES];
  }

  /** The resolved configuration the current render uses. */
  protected config!: ResolvedConfig;
  /** The language the current render uses. */
  protected language = 'vi';
  protected t!: TFunction;

  private readonly onSharedChange = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    sharedState().events.addEventListener('change', this.onSharedChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    sharedState().events.removeEventListener('change', this.onSharedChange);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value && CONFIG_ATTRIBUTES.includes(name)) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const defaults = { assetBase: defaultAssetBase(), platform: currentPlatform() };
    try {
      this.config = resolveConfig(this, defaults);
      this.language = resolveLanguage(this, this.config.lang);
    } catch (error) {
      warnOnce(`<${this.localName}> could not read its settings (${String(error)}); using the defaults.`);
      this.config = resolveConfig(document.createElement('span'), defaults);
      this.language = 'vi';
    }
    this.t = translator(this.language);
  }

  /**
   * An own option that takes one of a few values, as the registry declares
   * it: an unknown value gives the default, with one console note.
   */
  protected choice<const Values extends readonly string[]>(
    spec: { attr: string; values: Values; default: Values[number] },
    raw: unknown,
  ): Values[number] {
    return normalizeEnum(raw, spec.values, `<${this.localName} ${spec.attr}>`) ?? spec.default;
  }

  /** A configured link with the unit's attribution added. */
  protected link(name: LinkName): string {
    return withAttribution(this.config.links[name], { unit: this.config.unit, host: attributionHost() });
  }

  /**
   * What this widget's QR codes open: the smart link for its unit and
   * language where the Department's host is known (and `links-qr` was not
   * set), else the QR link with attribution.
   */
  protected qrLink(target = this.config.links.qr): string {
    const { smartLink, unit } = this.config;
    return codeLink(target, { smartLink, widget: this.localName.replace(/^ispeed-/, ''), unit, lang: this.language });
  }

  /** This widget's smart link (go.html, for this unit and language), where the Department's pages are known. */
  protected smartPageHref(): string | undefined {
    const { smartLink, unit } = this.config;
    if (!smartLink) return undefined;
    return completeSmartLink(smartLink, this.localName.replace(/^ispeed-/, ''), { unit, lang: this.language });
  }

  /** Where "get the app" goes on this visitor's device. */
  protected storeLink(): string {
    const { platform } = this.config;
    return this.link(platform === 'desktop' ? 'web' : platform);
  }

  protected abstract renderWidget(): TemplateResult | typeof nothing;

  /** Falls back to the element's own content (the webmaster's static link) if rendering fails. */
  protected override render(): unknown {
    try {
      return this.renderWidget();
    } catch (error) {
      warnOnce(`<${this.localName}> could not render (${String(error)}); showing its fallback content.`);
      return html`<slot></slot>`;
    }
  }
}
