import { html, nothing, svg, type TemplateResult } from 'lit';
import { keepAppName } from '../../runtime/app-name.js';
import { QR_CARD_OPTIONS } from '../../registry/widget-options/qr-card.js';
import { downloadBlob } from '../../runtime/download.js';
import { heading, headingLevel } from '../../ui/heading.js';
import { hostStyles } from '../../ui/host-styles.js';
import { safeHttpUrl } from '../../runtime/links.js';
import { preview, warnOnce } from '../../loader/log.js';
import MARK from '../../ui/mark.json';
import { markShapes, markStyles } from '../../ui/mark.js';
import { QUIET_ZONE, buildMatrix, modulePath, type QrLevel, type QrMatrix } from '../../runtime/qr.js';
import { pagesFolder } from '../../runtime/pages.js';
import { IspeedElement, optionProperties } from '../../ui/widget-element.js';
import { cardPng, cardSvg, markBox, type CardText } from './qr-export.js';
import { printInPlace } from './print-in-place.js';
import { qrCardStyles } from './qr-card.styles.js';

export type QrCardSize = (typeof QR_CARD_OPTIONS.size.values)[number];
export type Paper = (typeof QR_CARD_OPTIONS.paper.values)[number];

/** A frameless card's code on a desktop: the thing its dialog is for, big enough to scan from a seat. */
const FRAMELESS_DESKTOP_SIDE = 240;

interface Code {
  /** The link the code opens, with attribution. */
  url: string;
  /** The same link, readable: host and path without the tracking parameters. */
  display: string;
  host: string;
  level: QrLevel;
  matrix?: QrMatrix;
  path?: string;
}

/**
 * @tagname ispeed-qr-card
 * @summary A QR code that downloads i-Speed, with store buttons, to save as
 * PNG or SVG and to print as a poster.
 *
 * @attribute href - The link the code opens (default: the configured `links-qr`; else the smart link for the unit
 * when the Department's host is known; else https://speedtest.vn).
 * @attribute level - Error correction: `L`, `M` (default), `Q` or `H` (H adds the i-Speed mark in the centre).
 * @attribute size - `default`, `compact` (a 300 px sidebar) or `poster`.
 * @attribute actions - `all` (default) shows Save PNG, Save SVG and Print; `none` hides them.
 * @attribute frame - `card` (default) draws the card's border, padding and title; `none` leaves them to a
 * container that has its own (a dialog, a panel with a heading), sets the code beside its steps when there is
 * room, and makes the code at least 240 px on a desktop. A poster is always a card.
 * @attribute paper - `a4` (default) or `a5`: the poster's paper when printed.
 * @attribute unit-name - The unit's name, printed on the poster (e.g. "Xã Ea Kao").
 * @attribute heading-level - The title's heading level, 2 (default) to 6, to fit the page's own headings.
 *
 * @csspart base - The card.
 * @csspart title - The title.
 * @csspart qr - The QR code (an SVG image).
 * @csspart caption - "Scan the QR code…".
 * @csspart link - The target link shown as text.
 * @csspart stores - The store buttons.
 * @csspart actions - The save and print buttons.
 *
 * @fires ispeed-download - Before a file is saved; `detail` has `filename` and `blob`. Cancelable.
 * @fires ispeed-print - Before the poster prints; `detail.url` is the poster page it opens, undefined when the
 * library comes from a public CDN and the poster prints in place. Cancelable.
 */
export class IspeedQrCard extends IspeedElement {
  static override styles = [hostStyles, markStyles, qrCardStyles];

  static override properties = optionProperties(QR_CARD_OPTIONS);

  declare href: string | null;
  declare level: string;
  declare size: string;
  declare actions: string;
  declare frame: string;
  declare paper: string;
  declare unitName: string | null;
  declare headingLevel: string | null;

  private cachedCode?: { key: string; code: Code };

  constructor() {
    super();
    this.href = null;
    this.level = QR_CARD_OPTIONS.level.default;
    this.size = QR_CARD_OPTIONS.size.default;
    this.actions = QR_CARD_OPTIONS.actions.default;
    this.frame = QR_CARD_OPTIONS.frame.default;
    this.paper = QR_CARD_OPTIONS.paper.default;
    this.unitName = null;
    this.headingLevel = null;
  }

  private get resolvedLevel(): QrLevel {
    return this.choice(QR_CARD_OPTIONS.level, this.level);
  }

  private get resolvedSize(): QrCardSize {
    return this.choice(QR_CARD_OPTIONS.size, this.size);
  }

  private get resolvedPaper(): Paper {
    return this.choice(QR_CARD_OPTIONS.paper, this.paper);
  }

  /** `none` only off the poster: a poster is the printed card, with its title. */
  private isFramed(size: QrCardSize): boolean {
    return size === 'poster' || this.choice(QR_CARD_OPTIONS.frame, this.frame) === 'card';
  }

  private get showActions(): boolean {
    return this.choice(QR_CARD_OPTIONS.actions, this.actions) !== 'none';
  }

  private get cleanUnitName(): string {
    return (this.unitName ?? '').trim().slice(0, 120);
  }

  /** The target: `href` if it is a valid http(s) link, else the configured QR link. */
  private target(): string {
    if (this.href !== null) {
      if (this.href.trim() === '') warnOnce('<ispeed-qr-card href> is empty; using the default link.');
      const href = safeHttpUrl(this.href, '<ispeed-qr-card href>');
      if (href) return href;
    }
    return this.config.links.qr;
  }

  /**
   * Encodes the target once per link and level; a link too long for a QR code
   * gets none. The smart link page gets the unit and language in its query,
   * any other link the campaign parameters (see IspeedElement.qrLink).
   */
  private code(): Code {
    const target = this.target();
    const url = this.qrLink(target);
    const level = this.resolvedLevel;
    const key = `${level}|${url}`;
    if (this.cachedCode?.key === key) return this.cachedCode.code;
    const parsed = new URL(target);
    const code: Code = {
      url,
      host: parsed.host,
      display: `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`,
      level,
    };
    try {
      code.matrix = buildMatrix(url, level);
      code.path = modulePath(code.matrix);
    } catch (error) {
      warnOnce(
        `<ispeed-qr-card>: the link ${preview(url)} is too long for a QR code at level ${level} (${String(error)}); showing the link without a code.`,
      );
    }
    this.cachedCode = { key, code };
    return code;
  }

  private get withMark(): boolean {
    return this.resolvedLevel === 'H';
  }

  protected renderWidget(): TemplateResult {
    return this.renderCard(this.resolvedSize, this.config.platform !== 'desktop', this.showActions);
  }

  /** The card in a size: the element's own, or the poster that prints in place. */
  private renderCard(size: QrCardSize, phone: boolean, withActions: boolean): TemplateResult {
    const { t } = this;
    const code = this.code();
    const framed = this.isFramed(size);
    const classes = `frame theme ${this.config.theme} size-${size} paper-${this.resolvedPaper}${framed ? '' : ' frameless'}${phone ? ' phone' : ''}`;
    const drawing = code.matrix ? this.renderCode(code, size, phone) : html`<p class="no-code">${t('qr.noCode')}</p>`;
    const caption = keepAppName(t('qr.caption'));
    // On a phone the visitor installs right here: the store buttons come
    // first in the DOM, so reading and Tab order match what is seen.
    const stores = this.renderStores();
    const actions = withActions ? this.renderActions() : nothing;
    if (!framed) {
      // The container gives the frame and the one title: the code, and beside it (or under it) what to do.
      return html`<div part="base" class=${classes} lang=${this.language}>
        <div class="layout">
          ${phone ? stores : nothing}
          <div class="code">${drawing}</div>
          <div class="how">
            <p part="caption" class="caption">${caption}</p>
            ${this.renderSteps()} ${this.renderLink(code)} ${phone ? nothing : stores} ${actions}
          </div>
        </div>
      </div>`;
    }
    return html`<div part="base" class=${classes} lang=${this.language}>
      ${heading(headingLevel(this.headingLevel, '<ispeed-qr-card heading-level>'), keepAppName(t('qr.title')))}
      ${phone ? stores : nothing}
      <figure class="code">
        ${drawing}
        <figcaption part="caption" class="caption">${caption}</figcaption>
      </figure>
      ${this.renderLink(code)}
      ${this.cleanUnitName ? html`<p class="unit-name">${t('qr.unit', { name: this.cleanUnitName })}</p>` : nothing}
      <div class="steps-block">
        <p class="steps-title">${t('qr.stepsTitle')}</p>
        ${this.renderSteps()}
      </div>
      <p class="note">${t('qr.note')}</p>
      ${phone ? nothing : stores} ${actions}
    </div>`;
  }

  private renderLink(code: Code): TemplateResult {
    const { t } = this;
    return html`<p part="link" class="target">
      ${t('qr.linkIntro')}
      <a href=${code.url} target="_blank" rel="noopener">${code.display}<span class="visually-hidden"> ${t('newTab')}</span></a>
    </p>`;
  }

  private renderSteps(): TemplateResult {
    const { t } = this;
    return html`<ol class="steps">
      <li>${t('qr.step1')}</li>
      <li>${t('qr.step2')}</li>
      <li>${t('qr.step3')}</li>
    </ol>`;
  }

  /**
   * The code's side on screen: near the size's target (frameless on a
   * desktop: at least 240 px), in whole pixels per module, so crisp edges
   * do not draw modules of uneven widths that scanners misread.
   */
  private screenSide(modules: number, size: QrCardSize, phone: boolean): number {
    if (!phone && !this.isFramed(size)) return Math.max(3, Math.ceil(FRAMELESS_DESKTOP_SIDE / modules)) * modules;
    const target = size === 'poster' ? 320 : phone ? 140 : size === 'compact' ? 168 : 220;
    return Math.max(3, Math.round(target / modules)) * modules;
  }

  private renderCode(code: Code, size: QrCardSize, phone: boolean): TemplateResult {
    const modules = code.matrix!.size + 2 * QUIET_ZONE;
    const side = this.screenSide(modules, size, phone);
    return html`<svg
      part="qr"
      class="qr"
      role="img"
      aria-label=${this.t('qr.label', { host: code.host })}
      width=${side}
      height=${side}
      viewBox="0 0 ${modules} ${modules}"
      shape-rendering="crispEdges"
      data-level=${code.level}
    >
      <rect width=${modules} height=${modules} fill="#fff"></rect>
      <path d=${code.path!} fill="#000"></path>
      ${this.withMark ? this.renderMark(code.matrix!) : nothing}
    </svg>`;
  }

  /** The i-Speed mark over the centre: only at level H, which recovers 30% of the code. */
  private renderMark(matrix: QrMatrix): TemplateResult {
    const { start, side } = markBox(matrix);
    return svg`<g class="centre-mark">
      <rect x=${start - 0.5} y=${start - 0.5} width=${side + 1} height=${side + 1} rx="1" fill="#fff"></rect>
      <svg x=${start} y=${start} width=${side} height=${side} viewBox=${MARK.viewBox} shape-rendering="geometricPrecision">${markShapes}</svg>
    </g>`;
  }

  private renderStores(): TemplateResult {
    const { platform } = this.config;
    const order = platform === 'ios' ? (['ios', 'android'] as const) : (['android', 'ios'] as const);
    const stores = order.map(
      (store) => html`<a
          class="store button-accent ${store === platform ? 'mine' : ''}"
          href=${this.link(store)}
          target="_blank"
          rel="noopener"
          >${this.t(`qr.${store}`)}<span class="visually-hidden"> ${this.t('newTab')}</span></a
        >`,
    );
    return html`<div part="stores" class="stores">${stores}</div>`;
  }

  private renderActions(): TemplateResult {
    const { t } = this;
    const hasCode = Boolean(this.code().matrix);
    return html`<div part="actions" class="actions">
      <button class="action button-plain" type="button" ?disabled=${!hasCode} @click=${() => void this.savePng()}>${t('qr.savePng')}</button>
      <button class="action button-plain" type="button" ?disabled=${!hasCode} @click=${() => void this.saveSvg()}>${t('qr.saveSvg')}</button>
      <button class="action button-plain" type="button" @click=${() => this.print()}>
        ${t('qr.print')}<span class="visually-hidden"> ${t('newTab')}</span>
      </button>
    </div>`;
  }

  private cardText(code: Code): CardText {
    const name = this.cleanUnitName;
    return {
      lang: this.language,
      title: this.t('qr.title'),
      caption: this.t('qr.caption'),
      link: code.display,
      unitLine: name ? this.t('qr.unit', { name }) : undefined,
    };
  }

  private fileName(extension: string): string {
    return `ispeed-qr${this.config.unit ? `-${this.config.unit}` : ''}.${extension}`;
  }

  /** The card as a standalone SVG file's text, or undefined without a code. */
  svgFile(): string | undefined {
    const code = this.code();
    return code.matrix ? cardSvg(code.matrix, code.path!, this.cardText(code), this.withMark) : undefined;
  }

  /** The card as a PNG, 1200 px wide. */
  async pngFile(): Promise<Blob | undefined> {
    const code = this.code();
    return code.matrix ? cardPng(code.matrix, this.cardText(code), this.withMark) : undefined;
  }

  async savePng(): Promise<void> {
    try {
      const blob = await this.pngFile();
      if (blob) downloadBlob(this, blob, this.fileName('png'));
    } catch (error) {
      warnOnce(`<ispeed-qr-card>: the PNG could not be made (${String(error)}).`);
    }
  }

  saveSvg(): void {
    const text = this.svgFile();
    if (text) downloadBlob(this, new Blob([text], { type: 'image/svg+xml' }), this.fileName('svg'));
  }

  /**
   * The poster page (print.html) beside the library, with this card's
   * settings; undefined where a public CDN serves the library, as it sends
   * that page as plain text (the poster then prints in place).
   */
  posterUrl(): string | undefined {
    const folder = pagesFolder(this.config.smartLink);
    if (!folder) return undefined;
    const url = new URL('print.html', folder);
    const params: [string, string][] = [
      ['widget', 'qr-card'],
      // The attributed link, so the poster credits this portal, not the poster page's host.
      ['href', this.code().url],
      ['level', this.resolvedLevel],
      ['paper', this.resolvedPaper],
      ['lang', this.language],
      ['unit', this.config.unit],
      ['unit-name', this.cleanUnitName],
    ];
    for (const [key, value] of params) if (value) url.searchParams.set(key, value);
    return url.href;
  }

  /** Opens the poster page in a new tab, which prints itself; without one, prints the poster in place. */
  print(): void {
    const url = this.posterUrl();
    const event = new CustomEvent('ispeed-print', { detail: { url }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    if (!url) {
      this.printHere();
      return;
    }
    const opened = window.open(url, '_blank');
    if (opened) opened.opener = null;
    else warnOnce(`the poster page could not open (pop-ups blocked?): ${url}`);
  }

  /** The poster drawn into a frame of its own, with this card's styles, and printed from there. */
  private printHere(): void {
    try {
      printInPlace(this.renderRoot as ShadowRoot, this.renderCard('poster', false, false), IspeedQrCard.elementStyles, {
        lang: this.language,
        title: this.t('qr.title'),
        paper: this.resolvedPaper,
      });
    } catch (error) {
      warnOnce(`<ispeed-qr-card>: the poster could not be printed here (${String(error)}).`);
    }
  }
}
