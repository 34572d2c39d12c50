// The test server's side of the paste test (test/e2e/paste.test.ts).
//
// - The back office: /test/paste/editor.html runs one rich-text editor without
//   the portal's CSP, as a CMS's admin pages do, but reaches no other host
//   (CKEditor 4's version check would ask one).
// - The portal: what an editor kept goes into /test/pages/cdn/pasted.html as
//   markup, as a CMS renders a saved article (`paste-store` keeps it under an
//   id, `?id=` names it); `&site-script=1` puts the site script in its footer.
// - `paste-setup` tells the test the Department's host (the CDN origin) and
//   whether PASTE_UPDATE=1 asks it to rewrite test/paste/results.json
//   (`paste-write-results`).
// - `paste-screenshot` saves the portal page (PASTE_SCREENSHOTS=1), to be looked at.
// - `frame-rendered` says whether an embed frame of another origin, which the
//   test page cannot look into, has rendered its widget.
/* global document -- in the function frame-rendered hands to the page */
import { mkdirSync, writeFileSync } from 'node:fs';

const RESULTS = 'test/paste/results.json';
const UPDATE = Boolean(process.env.PASTE_UPDATE);
const SCREENSHOTS = Boolean(process.env.PASTE_SCREENSHOTS);
const SCREENSHOT_DIR = 'test/.generated/paste';

const BACK_OFFICE_CSP = [
  "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
  'img-src * data: blob:',
  'frame-src *',
  'media-src *',
].join('; ');

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function pasteServer(cdnOrigin) {
  const pasted = new Map();

  const plugin = {
    name: 'paste-test',
    async executeCommand({ command, payload, session }) {
      if (command === 'paste-setup') return { cdn: cdnOrigin(), update: UPDATE, screenshots: SCREENSHOTS };
      if (command === 'paste-store') {
        pasted.set(payload.id, payload.html);
        return true;
      }
      if (command === 'paste-write-results') {
        if (!UPDATE) return false;
        writeFileSync(RESULTS, `${JSON.stringify(payload, null, 2)}\n`);
        return true;
      }
      if (command === 'paste-screenshot') {
        if (!SCREENSHOTS) return false;
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const page = session.browser.getPage(session.id);
        const name = String(payload.name).replace(/[^\w-]/g, '');
        await page.locator('iframe[data-portal]').screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
        return true;
      }
      if (command === 'frame-rendered') {
        const page = session.browser.getPage(session.id);
        const frame = page.frames().find((candidate) => candidate.url() === payload.src);
        if (!frame) return false;
        try {
          await frame.waitForFunction(
            ({ tag, ready }) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector(ready)),
            payload,
            { timeout: 10000, polling: 100 },
          );
          return true;
        } catch {
          return false;
        }
      }
      return undefined;
    },
  };

  /** Fills the portal page's markers, after portalPages has filled its own (so pasted text is never rewritten). */
  async function pastedPortal(context, next) {
    await next();
    if (context.path === '/test/paste/editor.html') context.set('Content-Security-Policy', BACK_OFFICE_CSP);
    if (context.path !== '/test/pages/cdn/pasted.html') return;
    const body = typeof context.body === 'string' ? context.body : await new Response(context.body).text();
    const script = context.query['site-script']
      ? `<script src="${escapeAttribute(`${cdnOrigin()}/ispeed.js`)}" async></script>`
      : '';
    context.body = body
      .replace('__SITE_SCRIPT__', () => script)
      .replace('__PASTED__', () => pasted.get(String(context.query.id)) ?? '');
  }

  return { plugin, middleware: pastedPortal };
}
