/**
 * The paste test. The configurator's own code for a banner, a QR card and a
 * guide, in every form, is set into real rich-text editors from npm at their
 * default configurations, through each editor's own API (as a paste in source
 * mode does), and read back as a CMS saves it. The editors run on a back-office
 * page without the portal's CSP (test/paste/editor.html). What they keep is
 * then served in an article of a portal on another origin: strict CSP,
 * Trusted Types allowlist, the Department's host without CORS. It is served
 * once as pasted and once with the site script in the footer.
 *
 * The outcomes must match test/paste/results.json, from which `npm run docs`
 * writes the README's paste table. PASTE_UPDATE=1 rewrites the file, and
 * PASTE_SCREENSHOTS=1 saves the portal pages of CKEditor 5 and TinyMCE, on a
 * desktop and at 390 px, in test/.generated/paste/.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { closePages, openPage, type FrameWindow } from '../helpers/frame.js';
import {
  PASTE_FORMS,
  PASTE_WIDGETS,
  UNIT,
  pasteSnippets,
  type PasteForm,
  type PasteWidget,
} from '../helpers/paste-snippets.js';

const EDITORS = [
  { id: 'ckeditor4', name: 'CKEditor 4', package: 'ckeditor4' },
  { id: 'ckeditor5', name: 'CKEditor 5', package: '@ckeditor/ckeditor5-build-classic' },
  { id: 'tinymce', name: 'TinyMCE', package: 'tinymce' },
  { id: 'quill', name: 'Quill', package: 'quill' },
  { id: 'dompurify', name: 'DOMPurify', package: 'dompurify' },
] as const;
type EditorId = (typeof EDITORS)[number]['id'];

/** What a visitor gets from one pasted form, from best to worst (build/paste-table.mjs words them). */
type Outcome = 'live' | 'link-with-unit' | 'bare-link' | 'frame-without-script' | 'blank-frame' | 'nothing';

/** What shows, inside its shadow root, that a widget has rendered. */
const READY: Record<PasteWidget, string> = { banner: '.frame', 'qr-card': 'svg', guide: '[role="tablist"]' };
const WIDGET_SELECTOR = PASTE_WIDGETS.map((widget) => `ispeed-${widget}`).join(',');

interface Kept {
  widget: PasteWidget;
  form: PasteForm;
  html: string;
}

interface EditorResult {
  id: EditorId;
  name: string;
  package: string;
  version: string;
  outcomes: Record<PasteWidget, Record<PasteForm, { pasted: Outcome; siteScript: Outcome }>>;
  notes: string[];
}

interface Setup {
  cdn: string;
  update: boolean;
  screenshots: boolean;
}

type EditorWindow = Window & { editorReady: Promise<unknown>; pasteThrough(html: string): Promise<string> };

/** The back office: one editor, kept for every paste. */
async function openEditor(id: EditorId): Promise<EditorWindow> {
  const iframe = document.createElement('iframe');
  iframe.width = '1000';
  iframe.height = '700';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/test/paste/editor.html?editor=${id}`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as EditorWindow;
  // A module script has run by the load event: its promise is there.
  await win.editorReady;
  return win;
}

async function packageVersion(name: string): Promise<string> {
  const response = await fetch(`/node_modules/${name}/package.json`);
  return ((await response.json()) as { version: string }).version;
}

/** A CMS's article: each kept form in its own section, in the order pasted. */
function article(kept: Kept[]): string {
  return kept
    .map(({ widget, form, html }) => `<section data-widget="${widget}" data-form="${form}">\n${html}\n</section>`)
    .join('\n');
}

let pageCount = 0;

/** The portal page with the article, once its script (if any) has run, every widget has rendered and every image decoded. */
async function portal(kept: Kept[], siteScript: boolean, width = 1100): Promise<FrameWindow> {
  const id = `article-${++pageCount}`;
  await executeServerCommand('paste-store', { id, html: article(kept) });
  const win = await openPage(`/test/pages/cdn/pasted.html?id=${id}${siteScript ? '&site-script=1' : ''}`, width);
  const doc = win.document;
  if (doc.querySelector('script[src*="ispeed.js"]')) {
    await waitUntil(() => win.ISpeed, 'the script runs', { timeout: 10000 });
    await waitUntil(
      () =>
        [...doc.querySelectorAll(WIDGET_SELECTOR)].every((element) =>
          element.shadowRoot?.querySelector(READY[element.localName.slice('ispeed-'.length) as PasteWidget]),
        ),
      'every widget renders',
      { timeout: 15000 },
    );
  }
  await Promise.all([...doc.images].map((image) => image.decode().catch(() => undefined)));
  return win;
}

const hasUnit = (href: string) => new URL(href).searchParams.get('unit') === UNIT;

async function outcome(section: Element, widget: PasteWidget): Promise<Outcome> {
  const tag = `ispeed-${widget}`;
  const element = section.querySelector(tag);
  const win = section.ownerDocument.defaultView!;
  if (element && win.customElements.get(tag) && element.shadowRoot?.querySelector(READY[widget]))
    return element.getAttribute('unit') === UNIT ? 'live' : 'bare-link';
  const frame = section.querySelector<HTMLIFrameElement>('iframe[src*="embed.html"]');
  if (frame) {
    const sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !sandbox.split(/\s+/).includes('allow-scripts')) return 'frame-without-script';
    // A lazy frame loads once it nears the viewport; the frame is on another origin, so the server looks inside.
    frame.scrollIntoView();
    const rendered = await executeServerCommand<boolean, object>('frame-rendered', {
      src: frame.src,
      tag,
      ready: READY[widget],
    });
    return rendered && hasUnit(frame.src) ? 'live' : 'blank-frame';
  }
  const links = [...section.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (links.some((link) => hasUnit(link.href))) return 'link-with-unit';
  return links.length ? 'bare-link' : 'nothing';
}

/** The banner a link with the unit shows: its image, loaded, in its 300x250 box. */
function bannerShown(section: Element): boolean {
  const image = [...section.querySelectorAll<HTMLAnchorElement>('a[href]')]
    .find((link) => hasUnit(link.href))
    ?.querySelector('img');
  if (!image?.complete || !image.naturalWidth) return false;
  const box = image.getBoundingClientRect();
  return box.width === 300 && box.height === 250;
}

/**
 * What went wrong on the portal page: errors, and CSP violations other than
 * the editor's own inline `style` attributes (which a portal with
 * `style-src 'self'` blocks, whatever the widgets do).
 */
function problems(win: FrameWindow, kept: Kept[]): { errors: string[]; violations: string[]; inlineStyles: boolean } {
  const keptStyles = kept.some(({ html }) => /\sstyle="/i.test(html));
  const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
  const inlineStyles = violations.some((violation) => violation.startsWith('style-src-attr'));
  return {
    errors: win.__record.errors,
    violations: violations.filter((violation) => !(keptStyles && violation.startsWith('style-src-attr'))),
    inlineStyles,
  };
}

async function screenshot(win: FrameWindow, name: string): Promise<void> {
  const frame = win.frameElement as HTMLIFrameElement;
  frame.height = String(win.document.documentElement.scrollHeight);
  frame.dataset.portal = '';
  await executeServerCommand('paste-screenshot', { name });
  delete frame.dataset.portal;
}

describe('the paste test: the configurator\u2019s code through real editors, onto a strict portal of another origin', () => {
  let setup: Setup;
  const results: Partial<Record<EditorId, EditorResult>> = {};

  before(async () => {
    setup = await executeServerCommand<Setup, object>('paste-setup', {});
  });
  afterEach(closePages);

  for (const editor of EDITORS) {
    it(`${editor.name}: a form keeps a banner whose link carries the unit; the site script makes it live; nothing errors`, async () => {
      const snippets = pasteSnippets(`${setup.cdn}/`);
      const page = await openEditor(editor.id);
      const kept: Kept[] = [];
      for (const snippet of snippets) kept.push({ ...snippet, html: await page.pasteThrough(snippet.html) });

      const outcomes = {} as EditorResult['outcomes'];
      const notes: string[] = [];
      const shown = new Set<PasteForm>();
      for (const siteScript of [false, true]) {
        const win = await portal(kept, siteScript);
        for (const section of win.document.querySelectorAll<HTMLElement>('main > section')) {
          const widget = section.dataset.widget as PasteWidget;
          const form = section.dataset.form as PasteForm;
          const result = await outcome(section, widget);
          ((outcomes[widget] ??= {} as EditorResult['outcomes'][PasteWidget])[form] ??= {
            pasted: result,
            siteScript: result,
          })[siteScript ? 'siteScript' : 'pasted'] = result;
          if (!siteScript && widget === 'banner' && result === 'link-with-unit' && bannerShown(section))
            shown.add(form);
        }
        const { errors, violations, inlineStyles } = problems(win, kept);
        expect(errors, `errors on the portal${siteScript ? ' with the site script' : ''}`).to.deep.equal([]);
        expect(violations, `CSP violations${siteScript ? ' with the site script' : ''}`).to.deep.equal([]);
        if (inlineStyles && !siteScript)
          notes.push("keeps inline `style` attributes, which the portal's `style-src 'self'` blocks");
        for (const warning of win.__record.warnings)
          if (siteScript && warning.startsWith('[ispeed-widgets]')) notes.push(`console: ${warning}`);
        if (setup.screenshots && (editor.id === 'ckeditor5' || editor.id === 'tinymce')) {
          const name = `${editor.id}-${siteScript ? 'site-script' : 'pasted'}`;
          await screenshot(win, `${name}-desktop`);
          await screenshot(await portal(kept, siteScript, 390), `${name}-390`);
        }
      }

      const surviving = [...shown].filter((form) => outcomes.banner[form].siteScript === 'live');
      expect(shown.size, 'some form shows a banner whose link carries the unit').to.be.greaterThan(0);
      expect(surviving, 'and with the site script that form is the live widget').to.not.deep.equal([]);
      for (const widget of PASTE_WIDGETS)
        expect(outcomes[widget].link, `the link form of the ${widget}`).to.deep.equal({
          pasted: 'link-with-unit',
          siteScript: 'live',
        });
      results[editor.id] = {
        ...editor,
        version: await packageVersion(editor.package),
        outcomes,
        notes,
      };
    });
  }

  it('matches test/paste/results.json, from which the README table is written (PASTE_UPDATE=1 rewrites it)', async () => {
    const current = {
      widgets: PASTE_WIDGETS,
      forms: PASTE_FORMS,
      unit: UNIT,
      editors: EDITORS.map((editor) => results[editor.id] ?? null),
    };
    if (setup.update) {
      expect(await executeServerCommand('paste-write-results', current)).to.equal(true);
      return;
    }
    const committed: unknown = await (await fetch('/test/paste/results.json', { cache: 'no-store' })).json();
    expect(
      current,
      'the editors kept something else: run PASTE_UPDATE=1 on this test, then npm run docs',
    ).to.deep.equal(committed);
  });
});
