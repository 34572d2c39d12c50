/**
 * What the configurator hands out: first the link form, which every editor
 * keeps, with the one site-script line that turns such links into widgets and
 * where each kind of CMS keeps it; then the embed code in its other forms,
 * each with a copy button; the link that shares the configuration, and the
 * QR poster's address.
 */
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { checkUnitName } from '../../runtime/unit-name.js';
import { copyText } from './clipboard.js';
import type { DepartmentFile } from '../department-file.js';
import { isPublished } from './published.js';
import { linkLook, type Snippets } from './snippets.js';
import { LINK_FIELDS, checkLink, checkUnit, type ConfiguratorState } from './state.js';
import type { Key, Words } from './words.js';

export type SnippetForm = keyof Snippets;

/** Which snippet was just copied (its button says so for a moment), and the words a screen reader is told. */
export class SnippetCopier implements ReactiveController {
  copied: SnippetForm | undefined = undefined;
  announcement = '';
  private timer = 0;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  async copy(form: SnippetForm, code: string, title: string, t: Words): Promise<void> {
    const button = this.host.renderRoot.querySelector<HTMLElement>(`[data-form="${form}"] .copy`);
    const ok = await copyText(code, this.host.renderRoot as ShadowRoot);
    button?.focus();
    this.copied = ok ? form : undefined;
    this.announcement = ok ? t('copiedAnnouncement', { form: title }) : t('copyFailed');
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.copied = undefined;
      this.host.requestUpdate();
    }, 2500);
  }
}

export interface CodeContext {
  state: ConfiguratorState;
  t: Words;
  snippets: Snippets;
  /** Whether the code is complete (the integrity hashes known, or known to be missing), so it may be copied. */
  ready: boolean;
  /** Whether the progress widget still lacks its data file: no code then. */
  missingDataFile: boolean;
  departmentOrigin: string;
  /** department.json: the SRI form is offered only where it says the host sends CORS. */
  department: DepartmentFile;
  copied: SnippetForm | undefined;
  copy: (form: SnippetForm, code: string, title: string) => void;
  shareUrl: string;
}

/** The kinds of CMS the site-script note covers, in the order shown (words: `cms.<kind>`). */
export const CMS_KINDS = ['editor', 'wordpress', 'dnn', 'liferay', 'sharepoint', 'joomla'] as const;

/** Why the SRI form is not offered, or undefined when it is. */
function sriWithheld(context: CodeContext): string | undefined {
  const { t, department } = context;
  if (department.state === 'loading' || !context.ready) return t('sriLoading');
  if (department.state === 'absent') return t('sriNoDepartment');
  if (!department.department.cors) return t('sriNoCors');
  if (!context.snippets.sri) return t('sriUnavailable');
  return undefined;
}

/** One form: its heading, what it is for, the code in a named, focusable box, and its copy button. */
function renderSnippet(
  context: CodeContext,
  form: SnippetForm,
  title: string,
  hint: string,
  extra: TemplateResult | typeof nothing = nothing,
  heading: 'h3' | 'h4' = 'h3',
): TemplateResult {
  const code = context.snippets[form];
  const id = `title-${form}`;
  // The box is a region named by the heading above it: a focusable element with a role and a name.
  return html`<div class="snippet" data-form=${form}>
    ${heading === 'h3' ? html`<h3 id=${id}>${title}</h3>` : html`<h4 id=${id}>${title}</h4>`}
    <p class="hint">${hint}</p>
    ${extra}
    ${
      code
        ? html`<pre role="region" tabindex="0" aria-labelledby=${id}><code>${code}</code></pre>
          <button type="button" class="copy" aria-describedby=${id} ?disabled=${!context.ready}
            @click=${() => context.copy(form, code, title)}>
            ${context.copied === form ? context.t('copied') : context.t('copy')}
          </button>`
        : nothing
    }
  </div>`;
}

/** Where each kind of CMS keeps a site-wide script, in a few plain words. */
function renderCmsNotes(t: Words): TemplateResult {
  return html`<details class="cms-notes">
    <summary>${t('cmsSummary')}</summary>
    <dl>
      ${CMS_KINDS.map((kind) => html`<dt>${t(`cmsNames.${kind}`)}</dt><dd>${t(`cms.${kind}`)}</dd>`)}
    </dl>
  </details>`;
}

export function renderCode(context: CodeContext): TemplateResult {
  const { t, state } = context;
  if (context.missingDataFile) {
    return html`<section class="code-block" aria-labelledby="code-heading">
      <h2 id="code-heading">${t('codeLegend')}</h2>
      <p class="error code-missing">${t('dataCodeMissing')}</p>
    </section>`;
  }
  const iframeHint = typedForeignLinks(state, context.departmentOrigin)
    ? `${t('iframeHint')} ${t('iframeForeignLinks')}`
    : t('iframeHint');
  const look = linkLook(state);
  const lookNote =
    look.kind === 'borrowed'
      ? t('linkBorrowedArtwork', { widget: t(`widgets.${state.widget}` as Key) })
      : look.kind === 'text'
        ? t('linkTextOnly')
        : '';
  const withheld = sriWithheld(context);
  return html`<section class="code-block" aria-labelledby="code-heading">
    <h2 id="code-heading">${t('codeLegend')}</h2>
    ${renderSnippet(
      context,
      'link',
      t('linkForm'),
      t('linkHint'),
      html`${lookNote ? html`<p class="note link-look">${lookNote}</p>` : nothing}`,
    )}
    <div class="site-script">
      ${renderSnippet(context, 'siteScript', t('siteScriptForm'), t('siteScriptHint'), nothing, 'h4')}
      ${renderCmsNotes(t)}
    </div>
    ${renderSnippet(context, 'element', t('elementForm'), t('elementHint'))}
    ${renderSnippet(context, 'oneTag', t('oneTagForm'), t('oneTagHint'))}
    ${renderSnippet(context, 'iframe', t('iframeForm'), context.snippets.iframe ? iframeHint : t('iframeUnavailable'))}
    ${
      withheld
        ? html`<div class="snippet" data-form="sri">
            <h3 id="title-sri">${t('sriForm')}</h3>
            <p class="hint sri-withheld">${withheld}</p>
          </div>`
        : renderSnippet(context, 'sri', t('sriForm'), t('sriHint'))
    }
    <p class="share"><a href=${context.shareUrl}>${t('shareLink')}</a></p>
  </section>`;
}

/**
 * Whether a typed link leaves what the Department published: embed.html
 * shows only the Department's configured links, so the iframe form will not carry it.
 */
function typedForeignLinks(state: ConfiguratorState, departmentOrigin: string): boolean {
  return LINK_FIELDS.some((field) => {
    const url = checkLink(state[field]).url;
    return url !== undefined && !isPublished(url, 'link', departmentOrigin);
  });
}

/** The QR poster for the chosen unit, on the poster page beside the library. */
export function posterUrl(state: ConfiguratorState, distFolder: string): string {
  const url = new URL('print.html', distFolder);
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
