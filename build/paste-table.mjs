// Writes the README's paste table, which form of the configurator's code
// survives which rich-text editor, from test/paste/results.json: the outcomes
// the paste test (test/e2e/paste.test.ts) measured with the real editors.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const RESULTS = 'test/paste/results.json';

/** Each outcome in the table's words, from best to worst. */
export const OUTCOME_WORDS = {
  live: '**live widget**',
  'link-with-unit': 'link with the unit',
  'bare-link': 'bare link, no unit',
  'frame-without-script': 'frame, scripts blocked by its `sandbox`',
  'blank-frame': 'blank frame',
  nothing: 'nothing',
};

const FORM_TITLES = { link: 'link form', element: 'element form', oneTag: 'one-tag form', iframe: 'iframe form' };
const WIDGET_TITLES = { banner: 'banner 300x250', 'qr-card': 'QR card', guide: 'guide' };

function words(outcome) {
  if (!(outcome in OUTCOME_WORDS)) throw new Error(`${RESULTS}: no words for the outcome "${outcome}".`);
  return OUTCOME_WORDS[outcome];
}

function title(titles, name) {
  if (!(name in titles)) throw new Error(`${RESULTS}: no title for "${name}".`);
  return titles[name];
}

const row = (cells) => `| ${cells.join(' | ')} |`;

/** One cell: as pasted, then with the site script when that differs. */
const cell = ({ pasted, siteScript }) =>
  pasted === siteScript ? words(pasted) : `${words(pasted)} → ${words(siteScript)}`;

/** The table, its legend and each editor's notes, as Markdown. */
export function pasteTable(results) {
  const { widgets, forms, unit } = results;
  const lines = [
    row(['editor (npm package, version)', 'widget', ...forms.map((form) => title(FORM_TITLES, form))]),
    row(['---', '---', ...forms.map(() => '---')]),
  ];
  for (const editor of results.editors) {
    if (!editor) throw new Error(`${RESULTS}: an editor has no results; run the paste test with PASTE_UPDATE=1.`);
    widgets.forEach((widget, index) => {
      const name = index === 0 ? `${editor.name} (\`${editor.package}\` ${editor.version})` : '';
      lines.push(
        row([name, title(WIDGET_TITLES, widget), ...forms.map((form) => cell(editor.outcomes[widget][form]))]),
      );
    });
  }
  const notes = results.editors.flatMap((editor) => editor.notes.map((note) => `- ${editor.name} ${note}.`));
  return [
    ...lines,
    '',
    `Each cell: what a visitor of the portal gets as pasted → with the site script (once when both are the same). "The unit": \`unit=${unit}\` in the link's address.`,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n');
}

/** The README with its `<!-- paste-table -->` … `<!-- /paste-table -->` block rewritten. */
export function withPasteTable(readme, table) {
  const pattern = /(<!-- paste-table -->)[\s\S]*?(<!-- \/paste-table -->)/;
  if (!pattern.test(readme)) throw new Error('README.md has no <!-- paste-table --> block for the paste table.');
  return readme.replace(pattern, (_, open, close) => `${open}\n${table}\n${close}`);
}

export function readResults(path = RESULTS) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function writePasteTable(path = 'README.md') {
  const readme = readFileSync(path, 'utf8');
  const updated = withPasteTable(readme, pasteTable(readResults()));
  if (updated !== readme) writeFileSync(path, updated);
  return updated !== readme;
}

// `npm run docs`: rewrite the README's paste table.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(writePasteTable() ? 'README.md: paste table rewritten.' : 'README.md: paste table already current.');
}
