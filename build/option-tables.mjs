// Writes the README's attribute tables and custom-elements.json's attributes
// from the option registry (src/registry/options.ts) and its words
// (src/registry/option-docs.ts), so neither can drift from what the widgets read.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const code = (value) => `\`${value}\``;

export async function loadRegistry(root = '.') {
  const options = await importTypeScript(`${root}/src/registry/options.ts`);
  const docs = await importTypeScript(`${root}/src/registry/option-docs.ts`);
  return { options, docs };
}

/** One option's cells: its values (with their words and limits) and its default. */
export function describe(spec, doc) {
  const parts = [];
  if (spec.type === 'enum') {
    parts.push(
      spec.values
        .map((value) => (doc.values?.[value] ? `${code(value)} (${doc.values[value]})` : code(value)))
        .join(', '),
    );
  }
  if (spec.type === 'integer') parts.push(`${code(spec.min)} to ${code(spec.max)}`);
  if (spec.type === 'url' || spec.type === 'folder') parts.push('an http(s) address');
  const values = [parts.join(': '), doc.text].filter(Boolean).join(': ');
  const fallback = spec.default === undefined || spec.default === 'auto' ? 'none' : code(spec.default);
  const defaultText = doc.default ? doc.default.replace('{default}', fallback) : fallback;
  return { values, defaultText };
}

const URL_RULES = {
  yes: 'yes',
  'same-origin': 'a file of its own origin',
  'configured-link': 'a configured link or the smart link page',
  'unit-name': "a name on the Department's list (`department.json`)",
  never: 'no (the page uses its own)',
};

function row(cells) {
  return `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}

/** The shared options: every name a webmaster may meet, and what a page may take from its address. */
export function sharedTable({ options, docs }) {
  const lines = [
    row([
      'attribute (`data-*` on the script tag)',
      '`ISpeedConfig` and `ISpeed.render` name',
      'values',
      'default',
      'from an `embed.html` / `print.html` address',
    ]),
    row(['---', '---', '---', '---', '---']),
  ];
  for (const [name, spec] of Object.entries(options.SHARED_OPTIONS)) {
    const { values, defaultText } = describe(spec, docs.SHARED_DOCS[name]);
    const key = options.optionKey(spec);
    const aliases = (spec.aliases ?? []).map((alias) => `${code(alias)} (older name, still read)`);
    lines.push(
      row([code(spec.attr), [code(key), ...aliases].join(', '), values, defaultText, URL_RULES[options.urlRule(spec)]]),
    );
  }
  return lines.join('\n');
}

/** One widget's own options. */
export function widgetTable({ options, docs }, widget) {
  const lines = [row(['attribute', 'values', 'default']), row(['---', '---', '---'])];
  for (const [name, spec] of Object.entries(options.WIDGET_OPTIONS[widget])) {
    const { values, defaultText } = describe(spec, docs.WIDGET_DOCS[widget][name]);
    lines.push(row([code(spec.attr), values, defaultText]));
  }
  return lines.join('\n');
}

/** Every generated table by its marker name: `shared`, and one per widget. */
export function optionTables(registry) {
  const tables = { shared: sharedTable(registry) };
  for (const widget of Object.keys(registry.options.WIDGET_OPTIONS)) tables[widget] = widgetTable(registry, widget);
  return tables;
}

/** The README with each `<!-- options:NAME -->` … `<!-- /options:NAME -->` block rewritten. */
export function withTables(readme, tables) {
  let out = readme;
  for (const [name, table] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- options:${name} -->)[\\s\\S]*?(<!-- /options:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- options:${name} --> block for the option table.`);
    out = out.replace(pattern, (_, open, close) => `${open}\n${table}\n${close}`);
  }
  return out;
}

export async function writeReadmeTables(path = 'README.md') {
  const readme = readFileSync(path, 'utf8');
  const updated = withTables(readme, optionTables(await loadRegistry()));
  if (updated !== readme) writeFileSync(path, updated);
  return updated !== readme;
}

/** custom-elements.json: each element's attributes as the registry declares them. */
export async function patchCustomElements(path = 'dist/custom-elements.json') {
  const registry = await loadRegistry();
  const { options, docs } = registry;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const widget = declaration.tagName?.replace(/^ispeed-/, '');
      if (!declaration.customElement || !(widget in options.WIDGET_OPTIONS)) continue;
      const entries = [
        ...Object.entries(options.WIDGET_OPTIONS[widget]).map(([name, spec]) => [spec, docs.WIDGET_DOCS[widget][name]]),
        ...Object.entries(options.SHARED_OPTIONS).map(([name, spec]) => [spec, docs.SHARED_DOCS[name]]),
      ];
      declaration.attributes = entries.map(([spec, doc]) => {
        const { values, defaultText } = describe(spec, doc);
        const attribute = {
          name: spec.attr,
          fieldName: options.optionKey(spec),
          description: values,
          type: { text: spec.type === 'enum' ? spec.values.map((v) => `'${v}'`).join(' | ') : 'string' },
        };
        return defaultText === 'none' ? attribute : { ...attribute, default: defaultText };
      });
    }
  }
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

// `npm run docs`: rewrite the README's tables.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(
    (await writeReadmeTables()) ? 'README.md: option tables rewritten.' : 'README.md: option tables already current.',
  );
}
