import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { toolPageStyles } from '../tool-page.styles.js';
import { configuratorStyles } from './configurator.styles.js';
import { readAddress, shareUrl, stateAfterHistoryMove, writeAddress } from './address.js';
import { ArtworkCheck, DataFileCheck, readIntegrity } from './checks.js';
import { SnippetCopier, posterUrl, renderCode, type SnippetForm } from './embed-code.js';
import { renderForm, selectField, type FormContext } from './form.js';
import { PreviewFrame } from './preview-frame.js';
import { buildSnippets } from './snippets.js';
import { CHOICES, asFolder, checkLink, type ConfiguratorState, type Field } from './state.js';
import { configuratorWords, type Words } from './words.js';

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
  };

  declare distBase: string;
  declare private state: ConfiguratorState;
  declare private integrity: Record<string, string>;
  declare private integrityStatus: 'loading' | 'ready' | 'missing';
  /** Parameters of the opening link that a shared link may not carry (hosts, links), shown as a notice. */
  declare private refused: string[];

  private readonly preview = new PreviewFrame(
    this,
    () => new URL('configurator/preview.html', this.distFolder).href,
    () => this.previewState,
  );
  private readonly artwork = new ArtworkCheck(this);
  private readonly dataFile = new DataFileCheck(
    this,
    () => this.state.month,
    () => this.distFolder,
    () => this.preview.send(),
  );
  private readonly copier = new SnippetCopier(this);

  constructor() {
    super();
    this.distBase = '../';
    this.integrity = {};
    this.integrityStatus = 'loading';
    this.refused = [];
  }

  /** The dist folder as an absolute address (the attribute may be relative). */
  private get distFolder(): string {
    return asFolder(new URL(this.distBase, document.baseURI).href);
  }

  private get t(): Words {
    return configuratorWords(this.state.ui);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ({ state: this.state, refused: this.refused } = readAddress());
    window.addEventListener('popstate', this.onPopState);
    void readIntegrity(this.distFolder).then(async (hashes) => {
      if (hashes) this.integrity = hashes;
      this.integrityStatus = hashes ? 'ready' : 'missing';
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
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('state')) return;
    document.documentElement.lang = this.state.ui;
    writeAddress(this.state);
    this.artwork.check(checkLink(this.state.assetBase, { allowHttp: true }).url);
    this.preview.send();
    if (this.state.widget === 'progress') this.dataFile.check(this.dataUrl);
  }

  /** What the preview shows: the state, except that progress without the Department's file shows the marked example file. */
  private get previewState(): ConfiguratorState {
    if (this.missingDataFile) return { ...this.state, dataSrc: this.exampleDataUrl };
    // A file a portal of another host could not read shows no figures here either (the field says why).
    const { status } = this.dataFile;
    return status.state === 'unusable' && status.portal ? { ...this.state, dataSrc: '' } : this.state;
  }

  /** The progress data file's address, once it is a valid one. */
  private get dataUrl(): string | undefined {
    return checkLink(this.state.dataSrc, { allowHttp: true }).url;
  }

  /** Whether the progress widget lacks the Department's data file: no embed code, and the preview shows the example. */
  private get missingDataFile(): boolean {
    return this.state.widget === 'progress' && !this.dataUrl;
  }

  /** The example the preview shows until the Department's file is given (demo/data/ beside the library). */
  private get exampleDataUrl(): string {
    return new URL('demo/data/vi-du-so-lieu.csv', this.distFolder).href;
  }

  private readonly onPopState = () => {
    this.state = stateAfterHistoryMove(this.state);
  };

  private set(field: Field, value: string): void {
    if (this.state[field] === value) return;
    this.state = { ...this.state, [field]: value };
    this.preview.fieldChanged(field);
  }

  /** The QR poster for the chosen unit, on the poster page beside the library. */
  posterUrl(): string {
    return posterUrl(this.state, this.distFolder);
  }

  private copy(form: SnippetForm, code: string, title: string): void {
    if (this.ready) void this.copier.copy(form, code, title, this.t);
  }

  protected override render(): TemplateResult {
    const { t, state } = this;
    const form: FormContext = {
      state,
      t,
      set: (field, value) => this.set(field, value),
      departmentOrigin: new URL(this.distFolder).origin,
      distFolder: this.distFolder,
      dataFile: this.dataFile.status,
    };
    return html`<div class="page" lang=${state.ui}>
      <header class="header">
        <div>
          <h1>${t('title')}</h1>
          <p>${t('intro')}</p>
        </div>
        <button type="button" class="secondary" lang=${state.ui === 'vi' ? 'en' : 'vi'} title=${t('switchLanguageLabel')}
          @click=${() => this.set('ui', state.ui === 'vi' ? 'en' : 'vi')}>${t('switchLanguage')}</button>
      </header>
      ${this.refused.length ? html`<p class="warning refused" role="alert">${t('refusedParams', { names: this.refused.join(', ') })}</p>` : nothing}
      <main class="columns">
        ${renderForm(form)}
        <div class="results">
          ${this.renderPreview(form)}
          ${renderCode({
            state,
            t,
            snippets: buildSnippets(state, this.integrity, this.distFolder),
            ready: this.ready,
            missingDataFile: this.missingDataFile,
            departmentOrigin: form.departmentOrigin,
            copied: this.copier.copied,
            copy: (snippet, code, title) => this.copy(snippet, code, title),
            shareUrl: shareUrl(state),
          })}
        </div>
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.copier.announcement}</p>
    </div>`;
  }

  private renderPreview(form: FormContext): TemplateResult {
    const { t } = this;
    return html`<section class="preview-block" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t('previewLegend')}</h2>
      <div class="preview-controls">
        ${selectField(form, 'device', t('device'), CHOICES.device, 'devices')}
        ${selectField(form, 'platform', t('platform'), CHOICES.platform, 'platforms')}
        <button type="button" class="secondary" @click=${() => window.open(this.posterUrl(), '_blank', 'noopener')}>${t('printPoster')}</button>
      </div>
      <p class="warning" role="status">${this.artwork.unreadable ? t('assetWarning', { url: this.artwork.unreadable }) : ''}</p>
      ${this.missingDataFile ? html`<p class="note example-data">${t('dataExample')}</p>` : nothing}
      ${this.preview.render(t('previewTitle'))}
    </section>`;
  }
}
