import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { fetchJson } from '../../runtime/fetch-json.js';
import { fetchText } from '../../data/fetch-text.js';
import { MAX_BYTES, latestMonth, parseProgressText } from '../../data/progress-file.js';
import { checkUnitName } from '../../runtime/unit-name.js';
import { copyText } from './clipboard.js';
import { toolPageStyles } from '../tool-page.styles.js';
import { configuratorStyles } from './configurator.styles.js';
import { isPublished } from './published.js';
import { buildSnippets, frameSize, widgetAttributes, type Snippets } from './snippets.js';
import {
  CHOICES,
  LINK_FIELDS,
  asFolder,
  checkLink,
  checkMonth,
  checkTarget,
  checkUnit,
  stateFromQuery,
  stateToQuery,
  UNSHARED_FIELDS,
  type ConfiguratorState,
  type Field,
} from './state.js';
import { STRINGS, type Strings } from './strings.js';

const DEVICE_WIDTHS: Record<string, number> = { phone: 360, tablet: 768, desktop: 1024 };
type SnippetForm = keyof Snippets;

/**
 * @summary The editorial board's configurator: pick a widget, see it run,
 * and copy its embed code in three forms. Every setting lives in the page's
 * URL, so a configuration can be shared as a link; a link carries choices
 * only, never hosts, links or files.
 *
 * @attribute dist-base - The folder the Department serves ispeed-widgets from: ispeed.js, embed.html, print.html,
 *   integrity.json (default: the folder above this page). Set by the Department in the page, never from the URL.
 * @attribute ready - Set once the embed code is complete (the integrity hashes are known, or known to be missing).
 * @fires ispeed-configurator-ready - When `ready` is set.
 */
export class IspeedConfigurator extends LitElement {
  static override styles = [toolPageStyles, configuratorStyles];

  static override properties = {
    distBase: { attribute: 'dist-base' },
    state: { state: true },
    integrity: { state: true },
    integrityStatus: { state: true },
    refused: { state: true },
    previewHeight: { state: true },
    stageWidth: { state: true },
    assetWarning: { state: true },
    copied: { state: true },
    announcement: { state: true },
    dataCheck: { state: true },
  };

  declare distBase: string;
  declare private state: ConfiguratorState;
  declare private integrity: Record<string, string>;
  declare private integrityStatus: 'loading' | 'ready' | 'missing';
  /** Parameters of the opening link that a shared link may not carry (hosts, links), shown as a notice. */
  declare private refused: string[];
  declare private previewHeight: number | undefined;
  declare private stageWidth: number;
  declare private assetWarning: string;
  declare private copied: SnippetForm | undefined;
  declare private announcement: string;
  /** What the progress data file gave when it was read: `ok` once it has units. */
  declare private dataCheck: { key: string; ok: boolean; message: string };

  private checkedAssetBase = '';
  private copiedTimer = 0;
  // Deferred to the next frame: re-rendering inside the observer's callback would loop.
  private readonly stageObserver = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry.contentRect.width);
    if (width !== this.stageWidth) requestAnimationFrame(() => (this.stageWidth = width));
  });

  constructor() {
    super();
    this.distBase = '../';
    this.integrity = {};
    this.integrityStatus = 'loading';
    this.refused = [];
    this.previewHeight = undefined;
    this.stageWidth = 1024;
    this.assetWarning = '';
    this.copied = undefined;
    this.announcement = '';
    this.dataCheck = { key: '', ok: false, message: '' };
  }

  /** The dist folder as an absolute address (the attribute may be relative). */
  private get hostDefault(): string {
    return asFolder(new URL(this.distBase, document.baseURI).href);
  }

  private get t(): Strings {
    return STRINGS[this.state.ui as 'vi' | 'en'] ?? STRINGS.vi;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ({ state: this.state, refused: this.refused } = stateFromQuery(location.search));
    window.addEventListener('message', this.onMessage);
    window.addEventListener('popstate', this.onPopState);
    void fetchJson(new URL('integrity.json', this.hostDefault).href, 5000).then(async (result) => {
      const known = result.ok && result.data && typeof result.data === 'object' && typeof (result.data as Record<string, unknown>)['ispeed.js'] === 'string';
      if (known) this.integrity = result.data as Record<string, string>;
      this.integrityStatus = known ? 'ready' : 'missing';
      await this.updateComplete;
      this.setAttribute('ready', '');
      this.dispatchEvent(new Event('ispeed-configurator-ready', { bubbles: true, composed: true }));
    });
  }

  /** Whether the embed code is complete, so it may be copied. */
  get ready(): boolean {
    return this.integrityStatus !== 'loading';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    window.removeEventListener('popstate', this.onPopState);
    this.stageObserver.disconnect();
  }

  protected override firstUpdated(): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (!stage) return;
    // Measured now, so the preview has its final scale before the first paint.
    this.stageWidth = Math.floor(stage.getBoundingClientRect().width);
    this.stageObserver.observe(stage);
  }

  protected override updated(changed: PropertyValues): void {
    this.sizePreview();
    if (changed.has('state')) {
      document.documentElement.lang = this.state.ui;
      const query = stateToQuery(this.state, location.search);
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
      this.checkAssetBase();
      this.sendPreview();
      this.checkDataSrc();
    }
  }

  /** The preview page renders exactly the attributes of the snippet being copied (see preview-page.ts). */
  private sendPreview(): void {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe.preview');
    const state = this.previewState;
    const attributes = [...widgetAttributes(state), ['platform', state.platform]];
    frame?.contentWindow?.postMessage({ type: 'ispeed-widgets:preview', widget: state.widget, attributes }, location.origin);
  }

  /** What the preview shows: the state, except that progress without the Department's file shows the marked example file. */
  private get previewState(): ConfiguratorState {
    return this.state.widget === 'progress' && !this.dataUrl ? { ...this.state, dataSrc: this.exampleDataUrl } : this.state;
  }

  private get previewPage(): string {
    return new URL('configurator/preview.html', this.hostDefault).href;
  }

  /** The progress data file's address, once it is a valid one. */
  private get dataUrl(): string | undefined {
    return checkLink(this.state.dataSrc, { allowHttp: true }).url;
  }

  /** The example the preview shows until the Department's file is given (demo/data/ beside the library). */
  private get exampleDataUrl(): string {
    return new URL('demo/data/vi-du-so-lieu.csv', this.hostDefault).href;
  }

  private dataTimer = 0;

  /** Reads the progress data file as it is typed (after a pause), with the widget's own reader. */
  private checkDataSrc(): void {
    if (this.state.widget !== 'progress') return;
    const url = this.dataUrl ?? '';
    if (url === this.dataCheck.key) return;
    clearTimeout(this.dataTimer);
    if (!url) {
      this.dataCheck = { key: '', ok: false, message: '' };
      return;
    }
    this.dataCheck = { key: url, ok: false, message: this.t.dataChecking };
    this.dataTimer = window.setTimeout(async () => {
      const fetched = await fetchText(url, 5000, MAX_BYTES);
      const data = fetched.ok ? parseProgressText(fetched.text, { month: this.state.month.trim() || undefined }) : fetched.reason;
      if (this.dataCheck.key !== url) return;
      const month = typeof data === 'string' ? undefined : latestMonth(data.rows);
      if (typeof data === 'string' || !month) {
        this.dataCheck = { key: url, ok: false, message: this.t.dataProblem.replace('{reason}', typeof data === 'string' ? data : 'no usable row') };
        return;
      }
      const [year, number] = month.split('-');
      const units = new Set(data.rows.filter((row) => row.month === month).map((row) => row.unit)).size;
      const label = this.state.ui === 'en' ? `${year}-${number}` : `${number}/${year}`;
      this.dataCheck = { key: url, ok: true, message: this.t.dataRead.replace('{units}', String(units)).replace('{month}', label) };
    }, 300);
  }

  /**
   * Sizes the preview through CSSOM: a style="" attribute (which Lit's
   * styleMap writes on first render) is blocked by a strict style-src CSP.
   */
  private sizePreview(): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe.preview');
    if (!stage || !frame) return;
    stage.style.height = `${stage.dataset.height}px`;
    frame.style.width = `${frame.dataset.width}px`;
    frame.style.height = `${frame.dataset.height}px`;
    frame.style.transform = `scale(${frame.dataset.scale})`;
  }

  /** The embed page tells its height; only the preview's own messages count. */
  private readonly onMessage = (event: MessageEvent) => {
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe.preview');
    const data = event.data as { type?: string; height?: number } | null;
    if (event.source !== frame?.contentWindow || event.origin !== new URL(this.previewPage).origin) return;
    if (data?.type === 'ispeed-widgets:preview-ready') this.sendPreview();
    if (data?.type === 'ispeed-widgets:height' && Number.isFinite(data.height)) {
      this.previewHeight = Math.min(Math.max(Number(data.height), 40), 4000);
    }
  };

  private readonly onPopState = () => {
    // Typed links and files stay: the address never held them.
    const { state } = stateFromQuery(location.search);
    this.state = { ...state, ...Object.fromEntries(UNSHARED_FIELDS.map((field) => [field, this.state[field]])) };
  };

  private set(field: Field, value: string): void {
    if (this.state[field] === value) return;
    this.state = { ...this.state, [field]: value };
    if (['widget', 'bannerSize', 'variant', 'qrSize', 'layout', 'ranking'].includes(field)) this.previewHeight = undefined;
  }

  /** Warns in the preview when the artwork folder cannot be read, as the widget will then use its built-in design. */
  private checkAssetBase(): void {
    const base = checkLink(this.state.assetBase, { allowHttp: true }).url;
    const key = base ?? '';
    if (key === this.checkedAssetBase) return;
    this.checkedAssetBase = key;
    this.assetWarning = '';
    if (!base) return;
    const url = new URL('manifest.json', asFolder(base)).href;
    void fetchJson(url, 3000).then((result) => {
      if (this.checkedAssetBase === key && !result.ok) this.assetWarning = this.t.assetWarning.replace('{url}', url);
    });
  }

  protected override render(): TemplateResult {
    const { t, state } = this;
    const snippets = buildSnippets(state, this.integrity, this.hostDefault);
    return html`<div class="page" lang=${state.ui}>
      <header class="header">
        <div>
          <h1>${t.title}</h1>
          <p>${t.intro}</p>
        </div>
        <button type="button" class="secondary" lang=${state.ui === 'vi' ? 'en' : 'vi'} title=${t.switchLanguageLabel}
          @click=${() => this.set('ui', state.ui === 'vi' ? 'en' : 'vi')}>${t.switchLanguage}</button>
      </header>
      ${this.refused.length
        ? html`<p class="warning refused" role="alert">${t.refusedParams.replace('{names}', this.refused.join(', '))}</p>`
        : nothing}
      <main class="columns">
        <form class="options" @submit=${(event: Event) => event.preventDefault()}>
          ${this.renderRadios('widget', t.widgetLegend, CHOICES.widget, t.widgets)}
          <fieldset>
            <legend>${t.optionsLegend}</legend>
            ${this.renderWidgetOptions()}
            ${this.renderSelect('lang', t.lang, CHOICES.lang, t.langs)}
            ${this.renderSelect('theme', t.theme, CHOICES.theme, t.themes)}
          </fieldset>
          <fieldset>
            <legend>${t.unitLegend}</legend>
            ${this.renderUnit()}
            ${this.renderText('unitName', t.unitName, state.unitName.trim() && !checkUnitName(state.unitName) ? t.errorUnitName : '')}
          </fieldset>
          <fieldset>
            <legend>${t.linksLegend}</legend>
            ${LINK_FIELDS.map((field) => this.renderLink(field, t[field]))}
            ${this.renderLink('assetBase', t.assetBase, true)}
            <p class="hint">${t.hostNote.replace('{host}', this.hostDefault)}</p>
          </fieldset>
        </form>
        <div class="results">
          ${this.renderPreview()}
          ${this.renderCode(snippets)}
        </div>
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderWidgetOptions(): TemplateResult {
    const { t, state } = this;
    if (state.widget === 'banner') {
      const fixedArtwork = state.bannerSize !== 'fluid' && state.variant !== 'sticky';
      return html`${this.renderSelect('bannerSize', t.size, CHOICES.bannerSize)} ${this.renderSelect('variant', t.variant, CHOICES.variant, t.variants)}
      ${fixedArtwork ? this.renderSelect('fallbackImage', t.fallbackImage, CHOICES.fallbackImage, t.fallbackImages) : nothing}`;
    }
    if (state.widget === 'qr-card') {
      return html`${this.renderSelect('qrSize', t.size, CHOICES.qrSize, t.qrSizes)} ${this.renderSelect('level', t.level, CHOICES.level, t.levels)}
      ${this.renderSelect('paper', t.paper, CHOICES.paper, { a4: 'A4', a5: 'A5' })}`;
    }
    if (state.widget === 'guide') return this.renderSelect('layout', t.layout, CHOICES.layout, t.layouts);
    return html`${this.renderDataSrc()} ${this.renderSelect('ranking', t.ranking, CHOICES.ranking, t.rankings)}
    ${this.renderChecked('target', t.target, checkTarget(state.target) ? '' : t.errorTarget, 'numeric')}
    ${this.renderChecked('month', t.month, checkMonth(state.month) ? '' : t.errorMonth)}`;
  }

  /** A short text field checked as it is typed, with its message beside it. */
  private renderChecked(field: Field, label: string, error: string, inputmode = 'text'): TemplateResult {
    const id = `field-${field}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" name=${field} inputmode=${inputmode} maxlength="12" .value=${this.state[field]}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-error"
        @input=${(event: Event) => this.set(field, (event.target as HTMLInputElement).value)} />
      <p id="${id}-error" class="error" aria-live="polite">${error}</p>
    </div>`;
  }

  private renderRadios(field: Field, legend: string, choices: readonly string[], labels: Record<string, string>): TemplateResult {
    return html`<fieldset class="radios">
      <legend>${legend}</legend>
      ${choices.map(
        (choice) => html`<label class="radio">
          <input type="radio" name=${field} value=${choice} .checked=${this.state[field] === choice}
            @change=${() => this.set(field, choice)} />
          ${labels[choice] ?? choice}
        </label>`,
      )}
    </fieldset>`;
  }

  private renderSelect(field: Field, label: string, choices: readonly string[], labels: Record<string, string> = {}): TemplateResult {
    return html`<label class="field">
      <span>${label}</span>
      <select name=${field} @change=${(event: Event) => this.set(field, (event.target as HTMLSelectElement).value)}>
        ${choices.map((choice) => html`<option .value=${choice} ?selected=${this.state[field] === choice}>${labels[choice] ?? choice}</option>`)}
      </select>
    </label>`;
  }

  private renderText(field: Field, label: string, error = ''): TemplateResult {
    const id = `field-${field}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" name=${field} maxlength="120" .value=${this.state[field]}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-error"
        @input=${(event: Event) => this.set(field, (event.target as HTMLInputElement).value)} />
      <p id="${id}-error" class="error" aria-live="polite">${error}</p>
    </div>`;
  }

  private renderUnit(): TemplateResult {
    const { t, state } = this;
    const { code, changed } = checkUnit(state.unit);
    return html`<div class="field">
      <label for="unit">${t.unit}</label>
      <input id="unit" type="text" name="unit" maxlength="120" autocomplete="off" spellcheck="false" aria-describedby="unit-hint unit-note"
        .value=${state.unit} @input=${(event: Event) => this.set('unit', (event.target as HTMLInputElement).value)} />
      <p id="unit-hint" class="hint">${t.unitHint}</p>
      <p id="unit-note" class="note" aria-live="polite">${changed ? t.unitChanged.replace('{code}', code) : ''}</p>
    </div>`;
  }

  private renderLink(field: Field, label: string, allowHttp = false, hint = ''): TemplateResult {
    const { t, state } = this;
    const check = checkLink(state[field], { allowHttp });
    const error = check.error === 'https' ? t.errorHttps : check.error === 'invalid' ? t.errorInvalid : '';
    const kind = field === 'assetBase' || field === 'dataSrc' ? 'file' : 'link';
    const leaves = check.url && !isPublished(check.url, kind, new URL(this.hostDefault).origin);
    const warning = leaves ? (kind === 'file' ? t.foreignFile : t.foreignLink).replace('{host}', new URL(check.url!).host) : '';
    const id = `field-${field}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="url" name=${field} inputmode="url" spellcheck="false" .value=${state[field]}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error ${id}-warning"
        @input=${(event: Event) => this.set(field, (event.target as HTMLInputElement).value)} />
      ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
      <p id="${id}-error" class="error" aria-live="polite">${error}</p>
      <p id="${id}-warning" class="warning" aria-live="polite">${warning}</p>
    </div>`;
  }

  /** The progress data file: required, and read as it is typed so the editor sees what the widget will show. */
  private renderDataSrc(): TemplateResult {
    const { t, state } = this;
    const check = checkLink(state.dataSrc, { allowHttp: true });
    const error = !state.dataSrc.trim()
      ? t.dataRequired
      : check.error === 'https' ? t.errorHttps : check.error === 'invalid' ? t.errorInvalid : this.dataCheck.ok ? '' : this.dataCheck.message;
    const leaves = check.url && !isPublished(check.url, 'file', new URL(this.hostDefault).origin);
    const warning = leaves ? t.foreignFile.replace('{host}', new URL(check.url!).host) : '';
    const id = 'field-dataSrc';
    return html`<div class="field">
      <label for=${id}>${t.dataSrc}</label>
      <input id=${id} type="url" name="dataSrc" inputmode="url" spellcheck="false" required aria-required="true" .value=${state.dataSrc}
        aria-invalid=${error && !this.dataCheck.message.startsWith(t.dataChecking) ? 'true' : 'false'} aria-describedby="${id}-hint ${id}-error ${id}-warning ${id}-ok"
        @input=${(event: Event) => this.set('dataSrc', (event.target as HTMLInputElement).value)} />
      <p id="${id}-hint" class="hint">${t.dataSrcHint}</p>
      <p id="${id}-error" class="error" aria-live="polite">${error}</p>
      <p id="${id}-warning" class="warning" aria-live="polite">${warning}</p>
      <p id="${id}-ok" class="data-ok" aria-live="polite">${this.dataCheck.ok ? this.dataCheck.message : ''}</p>
    </div>`;
  }

  private renderPreview(): TemplateResult {
    const { t } = this;
    // Progress without the Department's file previews the marked example file, never an empty widget.
    const example = this.state.widget === 'progress' && !this.dataUrl;
    const state = this.previewState;
    const width = DEVICE_WIDTHS[state.device] ?? 1024;
    const scale = Math.min(1, this.stageWidth / width);
    const box = frameSize(state);
    const height = box.fixed ? Number(box.height) + 16 : this.previewHeight ? this.previewHeight + 16 : Number(box.height);
    return html`<section class="preview-block" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.previewLegend}</h2>
      <div class="preview-controls">
        ${this.renderSelect('device', t.device, CHOICES.device, t.devices)}
        ${this.renderSelect('platform', t.platform, CHOICES.platform, t.platforms)}
        <button type="button" class="secondary" @click=${this.printPoster}>${t.printPoster}</button>
      </div>
      <p class="warning" role="status">${this.assetWarning}</p>
      ${example ? html`<p class="note example-data">${t.dataExample}</p>` : nothing}
      <div class="stage" data-height=${Math.ceil(height * scale)}>
        <iframe
          class="preview"
          title=${t.previewTitle}
          src=${this.previewPage}
          sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          data-width=${width}
          data-height=${height}
          data-scale=${scale}
        ></iframe>
      </div>
    </section>`;
  }

  private renderCode(snippets: Snippets): TemplateResult {
    const { t } = this;
    if (this.state.widget === 'progress' && !this.dataUrl) {
      return html`<section class="code-block" aria-labelledby="code-heading">
        <h2 id="code-heading">${t.codeLegend}</h2>
        <p class="error code-missing">${t.dataCodeMissing}</p>
      </section>`;
    }
    const forms: [SnippetForm, string, string][] = [
      ['element', t.elementForm, t.elementHint],
      ['oneTag', t.oneTagForm, t.oneTagHint],
      ['iframe', t.iframeForm, this.typedForeignLinks() ? `${t.iframeHint} ${t.iframeForeignLinks}` : t.iframeHint],
      ['sri', t.sriForm, t.sriHint],
    ];
    return html`<section class="code-block" aria-labelledby="code-heading">
      <h2 id="code-heading">${t.codeLegend}</h2>
      ${forms.map(([form, title, hint]) => {
        const code = snippets[form];
        const unavailable = form === 'sri' ? (this.ready ? t.sriUnavailable : t.sriLoading) : t.iframeUnavailable;
        return html`<div class="snippet" data-form=${form}>
          <h3 id="title-${form}">${title}</h3>
          <p class="hint">${code ? hint : unavailable}</p>
          ${code
            ? html`<pre tabindex="0" aria-labelledby="title-${form}"><code>${code}</code></pre>
                <button type="button" class="copy" aria-describedby="title-${form}" ?disabled=${!this.ready}
                  @click=${() => this.copy(form, code, title)}>
                  ${this.copied === form ? t.copied : t.copy}
                </button>`
            : nothing}
        </div>`;
      })}
      <p class="share"><a href=${this.shareUrl()}>${t.shareLink}</a></p>
    </section>`;
  }

  /**
   * Whether a typed link leaves what the Department published: embed.html
   * shows only the Department's configured links, so the iframe form will not carry it.
   */
  private typedForeignLinks(): boolean {
    const origin = new URL(this.hostDefault).origin;
    return LINK_FIELDS.some((field) => {
      const url = checkLink(this.state[field]).url;
      return url !== undefined && !isPublished(url, 'link', origin);
    });
  }

  /** This configuration's address, from the state being drawn (the page's address updates after). */
  private shareUrl(): string {
    const query = stateToQuery(this.state, location.search);
    return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  }

  private async copy(form: SnippetForm, code: string, title: string): Promise<void> {
    if (!this.ready) return;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-form="${form}"] .copy`);
    const ok = await copyText(code, this.renderRoot as ShadowRoot);
    button?.focus();
    this.copied = ok ? form : undefined;
    this.announcement = ok ? this.t.copiedAnnouncement.replace('{form}', title) : this.t.copyFailed;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = window.setTimeout(() => (this.copied = undefined), 2500);
  }

  /** The QR poster for the chosen unit, on the poster page beside the library. */
  posterUrl(): string {
    const { state } = this;
    const url = new URL('print.html', this.hostDefault);
    const params: [string, string][] = [
      ['widget', 'qr-card'],
      ['unit', checkUnit(state.unit).code],
      ['unit-name', checkUnitName(state.unitName) ?? ''],
      ['lang', state.lang],
      ['paper', state.paper],
      ['level', 'H'],
    ];
    for (const [name, value] of params) if (value) url.searchParams.set(name, value);
    return url.href;
  }

  private printPoster(): void {
    window.open(this.posterUrl(), '_blank', 'noopener');
  }
}
