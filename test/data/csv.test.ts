import { expect } from '@open-wc/testing';
import { readCsv, writeCsv } from '../../src/data/csv.js';

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with "" quotes, delimiters and line breaks inside, and every kind of line end', () => {
    const text = 'Mã;Tên;"Số ""mẫu"""\r\nxa-1;"Xã Một; huyện\nA";12\rxa-2;Xã Hai;7\n\nxa-3;;"1 234"';
    expect(readCsv(text, ';')).to.deep.equal([
      ['Mã', 'Tên', 'Số "mẫu"'],
      ['xa-1', 'Xã Một; huyện\nA', '12'],
      ['xa-2', 'Xã Hai', '7'],
      [''],
      ['xa-3', '', '1 234'],
    ]);
  });

  it('stops at the row limit, ignores a final line end, and reads a quote left open to the end', () => {
    expect(readCsv('a,b\nc,d\ne,f\n', ',', 2)).to.deep.equal([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(readCsv('a,b\n', ',')).to.deep.equal([['a', 'b']]);
    expect(readCsv('a,"b\nc', ',')).to.deep.equal([['a', 'b\nc']]);
    expect(readCsv('"a"x,b', ',')).to.deep.equal([['ax', 'b']]);
    expect(readCsv('', ',')).to.deep.equal([['']]);
  });

  it('writes what it reads back, quoting only where needed and keeping formulas as text', () => {
    const rows = [
      ['unit', 'name', 'change'],
      ['xa-1', 'Xã "Một", A', -12],
      ['=HYPERLINK("x")', '+1', true],
    ];
    const text = writeCsv(rows);
    expect(text).to.equal('unit,name,change\r\nxa-1,"Xã ""Một"", A",-12\r\n"\'=HYPERLINK(""x"")","\'+1",true');
    expect(readCsv(text, ',')).to.deep.equal([
      ['unit', 'name', 'change'],
      ['xa-1', 'Xã "Một", A', '-12'],
      ['\'=HYPERLINK("x")', "'+1", 'true'],
    ]);
  });
});
