/**
 * What the configurator hands out: the embed code in its four forms, each
 * with a copy button, the link that shares the configuration, and the QR
 * poster's address.
 */
import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { checkUnitName } from '../../runtime/unit-name.js';
import { copyText } from './clipboard.js';
import { isPublished } from './published.js';
import type { Snippets } from './snippets.js';
import { LINK_FIELDS, checkLink, checkUnit, type ConfiguratorState } from './state.js';
import type { Words } from './words.js';

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
  copied: SnippetForm | undefined;
  copy: (form: SnippetForm, code: string, title: string) => void;
  shareUrl: string;
}

export function renderCode(context: CodeContext): TemplateResult {
  const { t, snippets } = context;
  if (context.missingDataFile) {
    return html`<section class="code-block" aria-labelledby="code-heading">
      <h2 id="code-heading">${t('codeLegend')}</h2>
      <p class="error code-missing">${t('dataCodeMissing')}</p>
    </section>`;
  }
  const iframeHint = typedForeignLinks(context.state, context.departmentOrigin)
    ? `${t('iframeHint')} ${t('iframeForeignLinks')}`
    : t('iframeHint');
  const forms: [SnippetForm, string, string][] = [
    ['element', t('elementForm'), t('elementHint')],
    ['oneTag', t('oneTagForm'), t('oneTagHint')],
    ['iframe', t('iframeForm'), iframeHint],
    ['sri', t('sriForm'), t('sriHint')],
  ];
  return html`<section class="code-block" aria-labelledby="code-heading">
    <h2 id="code-heading">${t('codeLegend')}</h2>
    ${forms.map(([form, title, hint]) => {
      const code = snippets[form];
      const unavailable =
        form === 'sri' ? (context.ready ? t('sriUnavailable') : t('sriLoading')) : t('iframeUnavailable');
      return html`<div class="snippet" data-form=${form}>
        <h3 id="title-${form}">${title}</h3>
        <p class="hint">${code ? hint : unavailable}</p>
        ${
          code
            ? html`<pre tabindex="0" aria-labelledby="title-${form}"><code>${code}</code></pre>
              <button type="button" class="copy" aria-describedby="title-${form}" ?disabled=${!context.ready}
                @click=${() => context.copy(form, code, title)}>
                ${context.copied === form ? t('copied') : t('copy')}
              </button>`
            : nothing
        }
      </div>`;
    })}
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
