// The README's server headers ("Headers for the Department's own server") for
// nginx, Apache and IIS say the same thing: nosniff everywhere, frame-ancestors
// 'self' (with X-Frame-Options) on exactly the configurator, the report and the
// poster, which the build makes, never on the pages portals frame or follow
// (embed.html, go.html), and a sandbox on the built assets folder.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { SaxesParser } from 'saxes';

const readme = readFileSync('README.md', 'utf8');
const section = /### Headers for the Department's own server\n([\s\S]*?)\n### /.exec(readme)?.[1] ?? '';
const block = (language) => new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section)?.[1] ?? '';

/** The framed-protected places each server names, as dist/ paths. */
const fromPattern = (text) =>
  (/\^\/ispeed-widgets\/\(([^)]*)\)/.exec(text)?.[1] ?? '')
    .split('|')
    .map((part) => part.replace(/\\\./g, '.').replace(/\$$/, ''));

function iisLocations(xml) {
  const locations = {};
  let path;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (node.name === 'location') locations[(path = node.attributes.path)] = [];
    if (node.name === 'add' && path) locations[path].push(`${node.attributes.name}: ${node.attributes.value}`);
  });
  parser.on('closetag', (node) => node.name === 'location' && (path = undefined));
  parser.write(xml).close();
  return locations;
}

describe("the README's headers for the Department's server", () => {
  it('gives ready lines for nginx, Apache and IIS', () => {
    assert.ok(section, 'the section is there');
    for (const language of ['nginx', 'apache', 'xml']) assert.ok(block(language), `a ${language} block`);
  });

  it('sends nosniff everywhere, frame-ancestors on three places, and a sandbox on assets/, in all three', () => {
    const nginx = block('nginx');
    const apache = block('apache');
    const framed = ['configurator/', 'report/', 'print.html'];
    for (const [name, text] of [
      ['nginx', nginx],
      ['apache', apache],
    ]) {
      assert.match(text, /X-Content-Type-Options "nosniff"/, name);
      assert.match(text, /Content-Security-Policy "frame-ancestors 'self'"/, name);
      assert.match(text, /X-Frame-Options "SAMEORIGIN"/, name);
      assert.match(text, /\/ispeed-widgets\/assets\/"?[\s\S]*?Content-Security-Policy "sandbox"/, name);
      assert.deepEqual(fromPattern(text), framed, name);
    }
    const iis = iisLocations(block('xml'));
    assert.match(block('xml'), /<add name="X-Content-Type-Options" value="nosniff" \/>/);
    const guarded = Object.keys(iis).filter((path) =>
      iis[path].includes("Content-Security-Policy: frame-ancestors 'self'"),
    );
    assert.deepEqual(
      guarded,
      framed.map((path) => path.replace(/\/$/, '')),
    );
    for (const path of guarded) assert.ok(iis[path].includes('X-Frame-Options: SAMEORIGIN'), path);
    assert.deepEqual(iis.assets, ['Content-Security-Policy: sandbox']);
  });

  it('names places the build makes, and never the pages portals frame or follow', () => {
    for (const path of ['configurator/index.html', 'report/index.html', 'print.html', 'assets/manifest.json'])
      assert.ok(existsSync(`dist/${path}`), `dist/${path} (run npm run build)`);
    for (const text of [block('nginx'), block('apache'), block('xml')]) {
      assert.doesNotMatch(text, /embed\.html|go\.html/);
    }
  });
});
