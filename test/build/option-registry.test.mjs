// The option registry (src/registry/options.ts) is the one place each option
// is declared: these checks hold it consistent, and hold everything written
// from it (the README's tables, custom-elements.json, the configurator's
// choices, the loader's lists) to it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTypeScript } from '../../build/import-ts.mjs';
import { loadRegistry, optionTables, withTables } from '../../build/option-tables.mjs';

const registry = await loadRegistry();
const { options, docs } = registry;
const widgets = Object.keys(options.WIDGET_OPTIONS);
const shared = Object.values(options.SHARED_OPTIONS);
const all = [...shared, ...widgets.flatMap((widget) => Object.values(options.WIDGET_OPTIONS[widget]))];

describe('the option registry', () => {
  it('gives every option of a widget its own attribute and its own config name', () => {
    for (const widget of widgets) {
      const specs = options.optionsOf(widget);
      const attrs = specs.map((spec) => spec.attr);
      const keys = specs.flatMap((spec) => [options.optionKey(spec), ...(spec.aliases ?? [])]);
      assert.equal(new Set(attrs).size, attrs.length, `${widget}: an attribute is declared twice`);
      assert.equal(new Set(keys).size, keys.length, `${widget}: a config name or older name is used twice`);
    }
  });

  it('spells attributes in lower-case kebab-case and config names in camelCase (links nest as links.name)', () => {
    for (const spec of all) {
      assert.match(spec.attr, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, spec.attr);
      assert.match(options.optionKey(spec), /^(links\.)?[a-z][a-zA-Z0-9]*$/, spec.attr);
    }
  });

  it('checks an attribute the same way in every widget that has it', () => {
    const byAttr = new Map();
    for (const spec of all) {
      const seen = byAttr.get(spec.attr);
      if (seen) {
        assert.equal(
          spec.type === 'enum' ? 'enum' : spec.type,
          seen.type === 'enum' ? 'enum' : seen.type,
          `${spec.attr}: type differs between widgets`,
        );
        assert.equal(
          options.urlRule(spec),
          options.urlRule(seen),
          `${spec.attr}: what a page may take from its address differs between widgets`,
        );
      } else byAttr.set(spec.attr, spec);
    }
  });

  it('gives enums a default among their values and integers a default within their limits', () => {
    for (const spec of all) {
      if (spec.type === 'enum' && spec.default !== 'auto')
        assert.ok(spec.values.includes(spec.default), `${spec.attr}: default ${spec.default}`);
      if (spec.type === 'integer' && spec.default !== undefined)
        assert.ok(spec.default >= spec.min && spec.default <= spec.max, spec.attr);
    }
  });

  it('has words for every option, and none for an option it does not have', () => {
    assert.deepEqual(Object.keys(docs.SHARED_DOCS).sort(), Object.keys(options.SHARED_OPTIONS).sort());
    for (const widget of widgets)
      assert.deepEqual(
        Object.keys(docs.WIDGET_DOCS[widget]).sort(),
        Object.keys(options.WIDGET_OPTIONS[widget]).sort(),
        widget,
      );
    for (const [spec, doc] of [
      ...Object.entries(options.SHARED_OPTIONS).map(([name, spec]) => [spec, docs.SHARED_DOCS[name]]),
      ...widgets.flatMap((widget) =>
        Object.entries(options.WIDGET_OPTIONS[widget]).map(([name, spec]) => [spec, docs.WIDGET_DOCS[widget][name]]),
      ),
    ]) {
      for (const value of Object.keys(doc.values ?? {}))
        assert.ok(spec.values?.includes(value), `${spec.attr}: words for a value it does not take, ${value}`);
    }
  });

  it('gives the loader every widget and every attribute, and older names that point at real ones', () => {
    const [names, configAttributes, elementAttributes, aliases, sizes] = options.loaderFacts();
    assert.deepEqual(names, widgets);
    assert.deepEqual(
      configAttributes,
      shared.map((spec) => spec.attr),
    );
    for (const widget of widgets)
      for (const spec of Object.values(options.WIDGET_OPTIONS[widget]))
        assert.ok(elementAttributes.includes(spec.attr), spec.attr);
    for (const [alias, attr] of Object.entries(aliases)) {
      assert.ok(configAttributes.includes(attr) || elementAttributes.includes(attr), attr);
      assert.ok(
        !configAttributes.includes(alias) && !elementAttributes.includes(alias),
        `${alias} is both an older name and an attribute`,
      );
    }
    assert.deepEqual(sizes, options.BANNER_OPTIONS.size.values);
  });
});

describe('what is written from the registry', () => {
  it("keeps the README's attribute tables as the registry writes them (run `npm run docs` after changing an option)", () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.equal(withTables(readme, optionTables(registry)), readme);
  });

  it('offers in the configurator only values the widgets take, with the registry defaults', async () => {
    const state = await importTypeScript('src/tools/configurator/state.ts');
    const defaults = state.defaultState();
    for (const [field, [widget, spec]] of Object.entries(state.FIELD_OPTIONS)) {
      assert.ok(widget === '*' || widgets.includes(widget), field);
      const choices = state.CHOICES[field];
      if (choices && spec.type === 'enum') assert.deepEqual([...choices].sort(), [...spec.values].sort(), field);
      if (choices && spec.type === 'integer')
        for (const choice of choices)
          assert.ok(Number(choice) >= spec.min && Number(choice) <= spec.max, `${field}: ${choice}`);
      if (field !== 'lang')
        assert.equal(defaults[field], spec.default === undefined ? '' : String(spec.default), field);
    }
    assert.deepEqual(state.CHOICES.widget, widgets);
  });

  it(
    'lists in custom-elements.json exactly the attributes the registry gives each element',
    { skip: !existsSync('dist/custom-elements.json') && 'run npm run build first' },
    () => {
      const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
      const elements = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      assert.deepEqual(
        elements.map((element) => element.tagName).sort(),
        widgets.map((widget) => `ispeed-${widget}`).sort(),
      );
      for (const element of elements) {
        const expected = options
          .optionsOf(element.tagName.replace(/^ispeed-/, ''))
          .map((spec) => spec.attr)
          .sort();
        assert.deepEqual(element.attributes.map((attribute) => attribute.name).sort(), expected, element.tagName);
      }
    },
  );
});
