// The workbook reader (dist/lib/xlsx.js, the code the report page and the CLI run) fed crafted
// workbooks: fast-check's (fixed seed, bounded runs) and known attacks. Nothing may reach a
// prototype, throw, or take long. The cases run in a worker, so a reader that hangs fails the
// test at its deadline instead of blocking it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const READER = new URL('../../dist/lib/xlsx.js', import.meta.url);
/** Every case together, on a busy 2-core machine. */
const DEADLINE_MS = 90_000;
/** One case: a crafted workbook is refused or read in well under this. */
const CASE_MS = 5_000;

if (isMainThread) {
  describe('the workbook reader with crafted workbooks', () => {
    it('never pollutes a prototype, never throws, and answers each workbook quickly', async () => {
      assert.ok(existsSync(READER), 'dist/lib/xlsx.js is missing: run "npm run build" first');
      const worker = new Worker(new URL(import.meta.url));
      let current = 'nothing yet';
      const report = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          void worker.terminate();
          reject(new Error(`the crafted workbooks took over ${DEADLINE_MS / 1000} s, at: ${current.slice(0, 300)}`));
        }, DEADLINE_MS);
        worker.on('message', (message) => {
          if (typeof message === 'string') return void (current = message);
          clearTimeout(timer);
          resolve(message);
        });
        worker.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
      });
      await worker.terminate();
      assert.deepEqual(report.failures, []);
      assert.ok(report.cases >= 200, `only ${report.cases} cases ran`);
      // The known attacks end as the reader says they should.
      assert.deepEqual(report.named, {
        'zip bomb': 'too-large',
        'zip bomb with lying sizes': 'too-large',
        'billion laughs': 'broken',
        'far cell XFD1048576': 'read',
        'proto names': 'read',
        'shared string index past the end': 'read',
        'deep nesting': 'read',
        'truncated zip': 'broken',
        'not a zip': 'not-xlsx',
        'no workbook': 'not-xlsx',
        'relationship loop': 'read',
      });
    });
  });
} else {
  const fc = (await import('fast-check')).default;
  const { zipSync, strToU8 } = await import('fflate');
  const { readXlsx, rowsToText } = await import(READER.href);

  const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  const before = prototypes.map((prototype) => Object.getOwnPropertyNames(prototype).join());
  const failures = [];
  let cases = 0;

  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const rels = `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbookRels = (extra = '') =>
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>${extra}</Relationships>`;
  const workbookXml = (name = 'Sheet1', id = 'rId1') =>
    `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="${name}" sheetId="1" r:id="${id}"/></sheets></workbook>`;
  const sheetXml = (body) => `<worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;
  const pack = (parts) =>
    zipSync(
      Object.fromEntries(
        Object.entries(parts).map(([name, text]) => [name, typeof text === 'string' ? strToU8(text) : text]),
      ),
    );
  const workbook = ({ sheet = sheetXml(''), strings = '<sst/>', name, id, extraRels } = {}) =>
    pack({
      '_rels/.rels': rels,
      'xl/workbook.xml': workbookXml(name, id),
      'xl/_rels/workbook.xml.rels': workbookRels(extraRels),
      'xl/worksheets/sheet1.xml': sheet,
      'xl/sharedStrings.xml': strings,
    });

  /** Runs one workbook; returns 'read' or the reader's problem, and records anything wrong. */
  function check(what, bytes, options) {
    cases++;
    parentPort.postMessage(what);
    const started = performance.now();
    let outcome;
    try {
      const read = readXlsx(bytes, options);
      if (read.ok) {
        assert.ok(Array.isArray(read.rows) && read.rows.every((row) => row.every((cell) => typeof cell === 'string')));
        assert.equal(typeof rowsToText(read.rows), 'string');
        outcome = 'read';
      } else outcome = read.problem;
    } catch (error) {
      failures.push(`${what}: threw ${String(error).slice(0, 200)}`);
      outcome = 'threw';
    }
    const took = performance.now() - started;
    if (took > CASE_MS) failures.push(`${what}: took ${Math.round(took)} ms`);
    const after = prototypes.map((prototype) => Object.getOwnPropertyNames(prototype).join());
    if (after.join('|') !== before.join('|') || {}.polluted !== undefined || {}.isAdmin !== undefined)
      failures.push(`${what}: a prototype changed`);
    return outcome;
  }

  const named = {};
  // 72 MB of spaces (over the 64 MB a part may have): a 70 KB file.
  const bomb = new Uint8Array(72 * 1024 * 1024).fill(0x20);
  named['zip bomb'] = check(
    'zip bomb',
    pack({
      '_rels/.rels': rels,
      'xl/workbook.xml': workbookXml(),
      'xl/_rels/workbook.xml.rels': workbookRels(),
      'xl/worksheets/sheet1.xml': bomb,
    }),
  );
  // The same, with the local header claiming 10 bytes.
  const lying = pack({
    '_rels/.rels': rels,
    'xl/workbook.xml': workbookXml(),
    'xl/_rels/workbook.xml.rels': workbookRels(),
    'xl/worksheets/sheet1.xml': bomb,
  });
  for (let at = 0; at + 30 < lying.length; at++) {
    if (lying[at] === 0x50 && lying[at + 1] === 0x4b && lying[at + 2] === 3 && lying[at + 3] === 4) {
      new DataView(lying.buffer, lying.byteOffset).setUint32(at + 22, 10, true);
    }
  }
  named['zip bomb with lying sizes'] = check('zip bomb with lying sizes', lying);
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
    sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>');
  named['billion laughs'] = check('billion laughs', workbook({ sheet: laughs }));
  named['far cell XFD1048576'] = check(
    'far cell XFD1048576',
    workbook({
      sheet: sheetXml(
        '<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>3</v></c></row>',
      ),
    }),
  );
  named['proto names'] = check(
    'proto names',
    workbook({
      name: '__proto__',
      id: '__proto__',
      extraRels: `<Relationship Id="__proto__" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="constructor" Type="${R}/worksheet" Target="../../../__proto__/polluted"/>`,
      sheet: sheetXml(
        '<row r="1" __proto__="x"><c r="A1" t="s" constructor="y"><v>__proto__</v></c><c r="B1" t="s"><v>constructor</v></c><c r="C1" t="inlineStr"><is><t>{"__proto__":{"polluted":1}}</t></is></c></row>',
      ),
    }),
    { sheet: '__proto__' },
  );
  named['shared string index past the end'] = check(
    'shared string index past the end',
    workbook({
      sheet: sheetXml(
        '<row r="1"><c r="A1" t="s"><v>99999999</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="s"><v>1e400</v></c></row>',
      ),
      strings: `<sst xmlns="${NS}"><si><t>a</t></si></sst>`,
    }),
  );
  named['deep nesting'] = check(
    'deep nesting',
    workbook({
      sheet: sheetXml(
        `<row r="1"><c r="A1" t="inlineStr"><is>${'<r>'.repeat(100_000)}${'</r>'.repeat(100_000)}</is></c></row>`,
      ),
    }),
  );
  const whole = workbook();
  named['truncated zip'] = check('truncated zip', whole.subarray(0, Math.floor(whole.length / 2)));
  named['not a zip'] = check('not a zip', strToU8('Mã đơn vị;Số mẫu\nxa-a;1'));
  named['no workbook'] = check('no workbook', pack({ 'a.txt': 'x' }));
  named['relationship loop'] = check(
    'relationship loop',
    pack({
      '_rels/.rels': `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="../../../../xl/./workbook.xml"/></Relationships>`,
      'xl/workbook.xml': workbookXml(),
      'xl/_rels/workbook.xml.rels': workbookRels().replace(
        'worksheets/sheet1.xml',
        '/xl/worksheets/../worksheets/sheet1.xml',
      ),
      'xl/worksheets/sheet1.xml': sheetXml('<row><c><v>1</v></c></row>'),
    }),
  );

  // Generated: sheets from hostile pieces, and bytes flipped in a real workbook.
  const pieces = fc.constantFrom(
    '<row r="1">',
    '<row r="999999999">',
    '<row r="-5">',
    '<row r="__proto__">',
    '</row>',
    '<c r="A1" t="s">',
    '<c r="ZZZZ9" t="inlineStr">',
    '<c t="b">',
    '<c s="99999999">',
    '<c s="__proto__" t="n">',
    '</c>',
    '<v>0</v>',
    '<v>__proto__</v>',
    '<v>1e308</v>',
    '<v>NaN</v>',
    '<v>45000</v>',
    '<is><t>x</t></is>',
    '<is><r><t>y</t></r><rPh><t>z</t></rPh></is>',
    '&amp;',
    '&constructor;',
    '&#0;',
    '&#x110000;',
    '<![CDATA[<c>]]>',
    '<!-- -->',
    '<?pi x?>',
    '\u0000',
    'text',
  );
  fc.assert(
    fc.property(
      fc.array(pieces, { maxLength: 60 }),
      fc.option(fc.constantFrom('1', '2', 'Sheet1', '__proto__', 'constructor')),
      (body, sheet) => {
        check(
          `generated sheet ${body.join('')}`,
          workbook({ sheet: sheetXml(body.join('')) }),
          sheet === null ? {} : { sheet },
        );
        return true;
      },
    ),
    { seed: 1313, numRuns: 150 },
  );
  const real = workbook({
    sheet: sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Số mẫu</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>124</v></c></row>',
    ),
    strings: `<sst xmlns="${NS}"><si><t>xa-ea-kao</t></si></sst>`,
  });
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      (flips) => {
        const bytes = real.slice();
        for (const [at, value] of flips) bytes[at] = value;
        check(`flipped bytes ${JSON.stringify(flips)}`, bytes);
        return true;
      },
    ),
    { seed: 1313, numRuns: 100 },
  );

  parentPort.postMessage({ failures: failures.slice(0, 20), cases, named });
}
