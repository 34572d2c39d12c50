import { expect } from '@open-wc/testing';
import { formatDate, formatMonth, formatNumber } from '../../src/data/format.js';
import { latestMonth, type ProgressData } from '../../src/data/progress-file.js';
import { reportMonth } from '../../src/data/report-table.js';

describe('figures in words (src/data/format.ts)', () => {
  it('groups numbers as each language does: Vietnamese (and added languages) with dots, English with commas', () => {
    expect(formatNumber(12345, 'vi')).to.equal('12.345');
    expect(formatNumber(12345, 'ede')).to.equal('12.345');
    expect(formatNumber(12345, 'en')).to.equal('12,345');
    expect([formatNumber(300, 'vi'), formatNumber(0, 'en'), formatNumber(-1200, 'en')]).to.deep.equal([
      '300',
      '0',
      '-1,200',
    ]);
  });

  it('writes a month as "11/2026" in Vietnamese (the words say "tháng") and "November 2026" in English', () => {
    expect(formatMonth('2026-11', 'vi')).to.equal('11/2026');
    expect(formatMonth('2026-01', 'ede')).to.equal('01/2026');
    expect(formatMonth('2026-11', 'en')).to.equal('November 2026');
    expect(formatMonth('2027-01', 'en')).to.equal('January 2027');
  });

  it('writes a day in either language, whatever the time zone', () => {
    expect(formatDate('2026-11-20', 'vi')).to.equal('20/11/2026');
    expect(formatDate('2026-11-01', 'en')).to.equal('1 November 2026');
    expect(formatDate('2026-12-31', 'en')).to.equal('31 December 2026');
  });
});

describe('the latest month', () => {
  const rows = ['2026-10', '2026-12', '2026-11'].map((month) => ({
    unit: 'xa-1',
    name: 'Xã Một',
    type: 'commune' as const,
    month,
    samples: 1,
  }));
  const data: ProgressData = { rows, problems: [], notes: [], monthSource: 'column' };

  it('is the last in the rows, and a report is of it unless another month is asked for', () => {
    expect(latestMonth(rows)).to.equal('2026-12');
    expect(latestMonth([])).to.equal(undefined);
    expect(reportMonth(data)).to.equal('2026-12');
    expect(reportMonth(data, '2026-10')).to.equal('2026-10');
  });
});
