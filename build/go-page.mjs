// Writes dist/go.html from src/tools/go/go.html: its static text (what a
// visitor without JavaScript reads) in Vietnamese from the page's words, and
// its three links from the library's safe defaults, so neither is written twice.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTypeScript } from './import-ts.mjs';

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page with each `{{words.key}}` or `{{links.name}}` filled in; an unknown key stops the build. */
export async function fillGoPage(template, root = '.') {
  const { GO_WORDS } = await importTypeScript(`${root}/src/tools/go/go-words.ts`);
  const { DEFAULT_LINKS } = await importTypeScript(`${root}/src/runtime/links.ts`);
  const { translatorOf } = await importTypeScript(`${root}/src/runtime/translate.ts`);
  const { aroundAppName } = await importTypeScript(`${root}/src/runtime/app-name-text.ts`);
  const t = translatorOf([GO_WORDS], 'vi');
  const values = { host: new URL(DEFAULT_LINKS.web).host };
  // In the page's text, "i-Speed" in the span go.js writes too, which keeps it on one line; the title is plain text.
  const keepAppName = (text) =>
    aroundAppName(text)
      .map((part, index) => (index % 2 ? `<span class="app-name">${escapeHtml(part)}</span>` : escapeHtml(part)))
      .join('');
  return template.replace(/\{\{([\w.]+)\}\}/g, (_, key, offset, page) => {
    if (key.startsWith('links.')) {
      const link = DEFAULT_LINKS[key.slice(6)];
      if (!link) throw new Error(`go.html: no link "${key}"`);
      return escapeHtml(link);
    }
    const text = t(key, values);
    if (text === key) throw new Error(`go.html: no words for "${key}"`);
    return page.slice(0, offset).endsWith('<title>') ? escapeHtml(text) : keepAppName(text);
  });
}

export async function writeGoPage(file) {
  writeFileSync(file, await fillGoPage(readFileSync(file, 'utf8')));
}
