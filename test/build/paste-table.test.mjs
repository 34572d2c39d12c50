// The README's paste table is written from test/paste/results.json, the
// outcomes the paste test (test/e2e/paste.test.ts) measured with the real
// editors: the two must not drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { OUTCOME_WORDS, pasteTable, readResults, withPasteTable } from '../../build/paste-table.mjs';

const results = readResults();
const EDITORS = ['ckeditor4', 'ckeditor5', 'tinymce', 'quill', 'dompurify'];

describe("the README's paste table", () => {
  it('is the table test/paste/results.json makes (run `npm run docs` after the paste test rewrote it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.equal(withPasteTable(readme, pasteTable(results)), readme);
    const block = /<!-- paste-table -->([\s\S]*?)<!-- \/paste-table -->/.exec(readme)[1];
    assert.ok(block.includes('| CKEditor 4 (`ckeditor4` 4.22.1) | banner 300x250 |'), 'a row of the table');
  });

  it('has every editor, widget and form, each outcome one the table has words for', () => {
    assert.deepEqual(
      results.editors.map((editor) => editor?.id),
      EDITORS,
    );
    assert.deepEqual(results.widgets, ['banner', 'qr-card', 'guide']);
    assert.deepEqual(results.forms, ['link', 'element', 'oneTag', 'iframe']);
    for (const editor of results.editors) {
      for (const widget of results.widgets) {
        for (const form of results.forms) {
          const { pasted, siteScript } = editor.outcomes[widget][form];
          assert.ok(pasted in OUTCOME_WORDS && siteScript in OUTCOME_WORDS, `${editor.id} ${widget} ${form}`);
        }
      }
    }
  });

  it('shows the link form surviving every editor with its unit, and live with the site script', () => {
    for (const editor of results.editors)
      for (const widget of results.widgets)
        assert.deepEqual(editor.outcomes[widget].link, { pasted: 'link-with-unit', siteScript: 'live' }, editor.id);
  });

  it('words a cell once when the site script changes nothing, and refuses an outcome it cannot word', () => {
    const one = structuredClone(results);
    one.editors = [one.editors[0]];
    one.widgets = ['banner'];
    one.forms = ['link', 'oneTag'];
    one.editors[0].outcomes.banner.link = { pasted: 'link-with-unit', siteScript: 'live' };
    one.editors[0].outcomes.banner.oneTag = { pasted: 'nothing', siteScript: 'nothing' };
    const table = pasteTable(one);
    assert.match(table, /\| link with the unit → \*\*live widget\*\* \| nothing \|/);
    one.editors[0].outcomes.banner.oneTag.pasted = 'confetti';
    assert.throws(() => pasteTable(one), /no words for the outcome "confetti"/);
    assert.throws(() => withPasteTable('# no block', table), /no <!-- paste-table --> block/);
  });
});
