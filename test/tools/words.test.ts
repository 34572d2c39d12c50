/**
 * The tools' words: JSON files in the widgets' format, read by the widgets'
 * translator, and never shipped in the widgets' chunks.
 */
import { expect } from '@open-wc/testing';
import { toolTranslator } from '../../src/tools/tool-words.js';
import configuratorEn from '../../src/tools/configurator/locales/en.json';
import configuratorVi from '../../src/tools/configurator/locales/vi.json';
import goEn from '../../src/tools/go/locales/en.json';
import goVi from '../../src/tools/go/locales/vi.json';
import reportEn from '../../src/tools/report/locales/en.json';
import reportVi from '../../src/tools/report/locales/vi.json';
import pagesEn from '../../src/tools/pages/locales/en.json';
import pagesVi from '../../src/tools/pages/locales/vi.json';
import reportFileEn from '../../src/tools/report/locales/file.en.json';
import reportFileVi from '../../src/tools/report/locales/file.vi.json';
import reportPrintEn from '../../src/tools/report/print/locales/en.json';
import reportPrintVi from '../../src/tools/report/print/locales/vi.json';
import reportChartEn from '../../src/tools/report/chart/locales/en.json';
import reportChartVi from '../../src/tools/report/chart/locales/vi.json';
import reportFilesEn from '../../src/tools/report/files/locales/en.json';
import reportFilesVi from '../../src/tools/report/files/locales/vi.json';

function strings(object: object, prefix = ''): [string, string][] {
  return Object.entries(object).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' ? strings(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value as string]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

const tools = {
  configurator: { vi: configuratorVi, en: configuratorEn },
  report: { vi: reportVi, en: reportEn },
  go: { vi: goVi, en: goEn },
  pages: { vi: pagesVi, en: pagesEn },
  'report (the file read)': { vi: reportFileVi, en: reportFileEn },
  'report print': { vi: reportPrintVi, en: reportPrintEn },
  'report charts': { vi: reportChartVi, en: reportChartEn },
  'report files': { vi: reportFilesVi, en: reportFilesEn },
};

describe("the tools' words", () => {
  for (const [tool, { vi, en }] of Object.entries(tools)) {
    it(`${tool}: the same keys and placeholders in Vietnamese and English, in NFC`, () => {
      const english = new Map(strings(en));
      expect([...english.keys()]).to.deep.equal(strings(vi).map(([key]) => key));
      for (const [key, text] of strings(vi)) {
        expect(placeholders(english.get(key)!), key).to.deep.equal(placeholders(text));
        expect(text.normalize('NFC'), key).to.equal(text);
        expect(text, `${key} uses the widgets' {{name}} placeholders`).to.not.match(/(^|[^{])\{\w+\}/);
      }
    });
  }

  it("are read by the widgets' translator: placeholders filled, Vietnamese for an unknown language", () => {
    const t = toolTranslator({ vi: configuratorVi, en: configuratorEn }, 'en');
    expect(t('dataRead', { units: '2', month: 'November 2026' })).to.equal('Read 2 units, November 2026.');
    expect(t('widgets.qr-card')).to.equal('QR card');
    expect(
      toolTranslator({ vi: reportVi, en: reportEn }, 'fr')('caption', { month: '11/2026', shown: '2', all: '21' }),
    ).to.equal('Số mẫu đo tháng 11/2026: 2 trên 21 đơn vị');
  });

  it("are not in the widgets' chunks or bundle", async () => {
    const { files } = (await (await fetch('/dist/chunks/manifest.json')).json()) as { files: Record<string, string[]> };
    const scripts = [
      '/dist/ispeed.js',
      '/dist/ispeed.bundle.js',
      ...new Set(
        Object.values(files)
          .flat()
          .map((file) => `/dist/chunks/${file}`),
      ),
    ];
    for (const script of scripts) {
      const code = await (await fetch(script)).text();
      expect(code, script)
        .to.not.contain(configuratorVi.title)
        .and.not.contain(reportVi.title)
        .and.not.contain(reportEn.lead)
        .and.not.contain(goVi.scanNote);
    }
  });
});
