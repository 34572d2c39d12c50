import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { toolPageStyles } from '../tool-page.styles.js';
import { configuratorStyles } from './configurator.styles.js';
import { readAddress, shareUrl, stateAfterHistoryMove, writeAddress } from './address.js';
import { readDepartmentFile, type DepartmentFile } from '../department-file.js';
import { ArtworkCheck, DataFileCheck, readIntegrity } from './checks.js';
import { SnippetCopier, posterUrl, renderCode, type SnippetForm } from './embed-code.js';
import { renderForm, selectField, type FormContext } from './form.js';
import { PreviewFrame } from './preview-frame.js';
import { buildSnippets } from './snippets.js';
import { CHOICES, asFolder, checkLink, type ConfiguratorState, type Field } from './state.js';
import { configuratorWords, type Words } from './words.js';

/**
 * @summary The editorial board's configurator: pick a widget, see it run,
 * and copy its code: first the link form, which every editor keeps, with the
 * site script that brings such links to life, then the embed forms. Every
 * setting lives in the page's URL, so a configuration can be shared as a
 * link; a link carries choices only, never hosts, links or files.
 *
 * @attribute dist-base - The folder the Department serves ispeed-widgets from: ispeed.js, go.html, embed.html,
 *   print.html, integrity.json, department.json (default: the folder above this page). Set by the Department in
 *   the page, never from the URL.
 * @attribute ready - Set once the code is complete: department.json and the integrity hashes read (or known to be
 *   missing).
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
    sharedNotes: { state: true },
    department: { state: true },
  };

  declare distBase: string;
  declare private state: ConfiguratorState;
  declare private integrity: Record<string, string>;
  declare private integrityStatus: 'loading' | 'ready' | 'missing';
  /** Parameters of the opening link that a shared link may not carry (hosts, links), shown as a notice. */
  declare private refused: string[];
  /** What the opening link carried that was normalised (the unit) or could not be used, shown as a notice. */
  declare private sharedNotes: { unitNormalised?: string; ignored: string[] };
  /** department.json beside the library: its links, name and units, and whether its host sends CORS. */
  declare private department: DepartmentFile;

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
    this.sharedNotes = { ignored: [] };
    this.department = { state: 'loading' };
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
    const { state, refused, unitNormalised, ignored } = readAddress();
    this.state = state;
    this.refused = refused;
    this.sharedNotes = { unitNormalised, ignored };
    window.addEventListener('popstate', this.onPopState);
    const department = readDepartmentFile(this.distFolder).then((file) => {
      this.department = file;
      if (file.state === 'read') for (const problem of file.problems) console.warn(`[ispeed-widgets] ${problem}`);
    });
    const integrity = readIntegrity(this.distFolder).then((hashes) => {
      if (hashes) this.integrity = hashes;
    });
    void Promise.all([department, integrity]).then(async () => {
      this.integrityStatus = Object.keys(this.integrity).length ? 'ready' : 'missing';
      await this.updateComplete;
      this.setAttribute('ready', '');
      this.dispatchEvent(new Event('ispeed-configurator-ready', { bubbles: true, composed: true }));
    });
  }

  /** Whether the code is complete, so it may be copied. */
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
    document.title = this.t('title');
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
    this.setAll({ [field]: value });
  }

  private setAll(values: Partial<Record<Field, string>>): void {
    const changed = (Object.keys(values) as Field[]).filter((field) => this.state[field] !== values[field]);
    if (!changed.length) return;
    // The form offers only its own choices: a value is one of the field's.
    this.state = { ...this.state, ...values } as ConfiguratorState;
    for (const field of changed) this.preview.fieldChanged(field);
  }

  /** The QR poster for the chosen unit, on the poster page beside the library. */
  posterUrl(): string {
    return posterUrl(this.state, this.distFolder);
  }

  private copy(form: SnippetForm, code: string, title: string): void {
    if (this.ready) void this.copier.copy(form, code, title, this.t);
  }

  protected override render(): TemplateResult {
    const { t, state, department } = this;
    const form: FormContext = {
      state,
      t,
      set: (field, value) => this.set(field, value),
      departmentOrigin: new URL(this.distFolder).origin,
      distFolder: this.distFolder,
      dataFile: this.dataFile.status,
      department,
    };
    const name = department.state === 'read' ? department.department.name : undefined;
    return html`<div class="page" lang=${state.ui}>
      <header class="header">
        <div>
          ${name ? html`<p class="department-name" lang="vi">${name}</p>` : nothing}
          <h1>${t('title')}</h1>
          <p>${t('intro')}</p>
        </div>
        <button type="button" class="secondary" lang=${state.ui === 'vi' ? 'en' : 'vi'} title=${t('switchLanguageLabel')}
          @click=${() => this.set('ui', state.ui === 'vi' ? 'en' : 'vi')}>${t('switchLanguage')}</button>
      </header>
      ${this.refused.length ? html`<p class="warning refused" role="alert">${t('refusedParams', { names: this.refused.join(', ') })}</p>` : nothing}
      ${this.renderSharedNotes()} ${this.renderDepartmentNotes()}
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
            department,
            copied: this.copier.copied,
            copy: (snippet, code, title) => this.copy(snippet, code, title),
            shareUrl: shareUrl(state),
          })}
        </div>
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.copier.announcement}</p>
    </div>`;
  }

  /** What the opening link carried that was changed or left out: said, never dropped silently. */
  private renderSharedNotes(): TemplateResult | typeof nothing {
    const { t } = this;
    const { unitNormalised, ignored } = this.sharedNotes;
    if (!unitNormalised && !ignored.length) return nothing;
    return html`<div class="warning shared-notes" role="status">
      ${unitNormalised ? html`<p class="shared-unit">${t('sharedUnitNormalised', { code: unitNormalised })}</p>` : nothing}
      ${ignored.length ? html`<p class="shared-ignored">${t('sharedIgnored', { names: ignored.join(', ') })}</p>` : nothing}
    </div>`;
  }

  /** department.json: what was left out of it, in the parser's words. */
  private renderDepartmentNotes(): TemplateResult | typeof nothing {
    const { department, t } = this;
    if (department.state !== 'read' || !department.problems.length) return nothing;
    return html`<div class="warning department-problems">
      <p>${t('departmentProblems')}</p>
      <ul lang="en">
        ${department.problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>`;
  }

  private renderPreview(form: FormContext): TemplateResult {
    const { t, state } = this;
    // The sticky bar shows on phones only: on a desktop viewer the preview would stay empty without a word.
    const stickyOnDesktop = state.widget === 'banner' && state.variant === 'sticky' && state.platform === 'desktop';
    return html`<section class="preview-block" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t('previewLegend')}</h2>
      <div class="preview-controls">
        ${selectField(form, 'device', t('device'), CHOICES.device, 'devices')}
        ${selectField(form, 'platform', t('platform'), CHOICES.platform, 'platforms')}
        <button type="button" class="secondary" @click=${() => window.open(this.posterUrl(), '_blank', 'noopener')}>${t('printPoster')}</button>
      </div>
      <p class="warning" role="status">${this.artwork.unreadable ? t('assetWarning', { url: this.artwork.unreadable }) : ''}</p>
      ${this.missingDataFile ? html`<p class="note example-data">${t('dataExample')}</p>` : nothing}
      ${
        stickyOnDesktop
          ? html`<div class="sticky-desktop">
              <p>${t('stickyDesktop')}</p>
              <button type="button" class="secondary" @click=${() => this.setAll({ device: 'phone', platform: 'android' })}>
                ${t('stickyShowPhone')}
              </button>
            </div>`
          : nothing
      }
      ${this.preview.render(t('previewTitle'), stickyOnDesktop)}
    </section>`;
  }
}
