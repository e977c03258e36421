// One hand-made file per layout, read through the whole importer as a user's
// file would be: bytes in small chunks, header recognised by name.

import { describe, expect, it } from 'vitest';
import { TradeImporter, ImportError } from '../import/trade-importer';
import { encodeWindows1251 } from '../parse/windows-1251';
import { formatPeriod } from '../model/period';
import { FLOWS } from '../model/trade-record';
import { mappedFormat } from './mapped-format';
import type { TradeTable } from '../table/trade-table';
import type { FormatReader } from './format-reader';

function read(bytes: Uint8Array, formats?: FormatReader[], chunk = 7) {
  const importer = new TradeImporter(formats);
  for (let i = 0; i < bytes.length; i += chunk) importer.push(bytes.subarray(i, i + chunk));
  return importer.finish();
}
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Counted rows as readable tuples. */
function rows(t: TradeTable) {
  const out: string[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    if (!t.counted[i]) continue;
    out.push([formatPeriod(t.period[i]), t.reporters[t.reporter[i]], FLOWS[t.flow[i]], t.partners[t.partner[i]], t.commodities[t.commodity[i]], t.valueUsd[i], Number.isNaN(t.netKg[i]) ? '' : t.netKg[i]].join(' '));
  }
  return out;
}

describe('customs portal (DATTSVT)', () => {
  it('reads the tab-separated UTF-8 export with decimal commas', () => {
    const text = [
      'napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s',
      'ЭК\t05/2020\tCN\t0303670000\t\t1 234 567,5\t1 000 000,25\t\t30000 - КАМЧАТСКИЙ КРАЙ\t05-ДАЛЬНЕВОСТОЧНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ',
      'ИМ\t06/2020\tKR\t8901909000\t796\t2500000\t\t1\t30000 - КАМЧАТСКИЙ КРАЙ\t05-ДАЛЬНЕВОСТОЧНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ',
    ].join('\n');
    const { table, report } = read(utf8(text));
    expect(report).toMatchObject({ format: 'customs', encoding: 'utf-8', delimiter: '\t', rows: { read: 2, accepted: 2, rejected: 0, aggregate: 0 } });
    expect(rows(table)).toEqual([
      '2020-05 RU-KAM export CN 0303670000 1234567.5 1000000.25',
      '2020-06 RU-KAM import KR 8901909000 2500000 ',
    ]);
    // Kol in the unit edizm names (OKEI 796 = ШТУКА); no quantity where Kol is empty.
    expect(Array.from(table.quantity)).toEqual([NaN, 1]);
    expect(Array.from(table.unit, (u) => table.units[u])).toEqual(['', 'ШТУКА']);
  });

  it('keeps a region it does not know as it is written, and Russia when there is no Region column', () => {
    const withUnknown = ['napr\tperiod\tnastranapr\ttnved\tStoim\tRegion', 'ЭК\t05/2020\tCN\t0303\t10\t99999 - НОВЫЙ РЕГИОН', 'ЭК\t05/2020\tCN\t0303\t10\t05000 - ПРИМОРСКИЙ КРАЙ'].join('\n');
    expect(read(utf8(withUnknown)).table.reporters).toEqual(['99999 - НОВЫЙ РЕГИОН', 'RU-PRI']);
    const noRegion = ['napr\tperiod\tnastranapr\ttnved\tStoim', 'ЭК\t05/2020\tCN\t0303\t10'].join('\n');
    expect(read(utf8(noRegion)).table.reporters).toEqual(['RU']);
  });

  it('rejects a quantity that is not a number, with its line', () => {
    const text = ['napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tKol', 'ЭК\t05/2020\tCN\t0303\tШТУКА\t10\tмного', 'ЭК\t05/2020\tCN\t0303\tШТУКА\t10\t3,5'].join('\n');
    const { table, report } = read(utf8(text));
    expect(report.rejected).toMatchObject([{ line: 2, code: 'bad-quantity' }]);
    expect(Array.from(table.quantity)).toEqual([3.5]);
  });

  it('reads an Excel re-save: Windows-1251, `;`, CRLF, codes without their leading zero, `strana`, EXP/IMP, any column order and case', () => {
    const text =
      [
        'TNVED;NAPR;Period;STRANA;STOIM;NETTO;REGION',
        '303670000;EXP;01/2021;CN;1234,5;10,5;30000 - КАМЧАТСКИЙ КРАЙ',
        '306141000;ЭК;02/2021;КИТАЙ;1,234;;30000 - КАМЧАТСКИЙ КРАЙ',
        '8901909000;IMP;02/2021;Республика Корея;2 500 000;;30000 - КАМЧАТСКИЙ КРАЙ',
        '301;ИМ;13/2021;JP;5;;30000 - КАМЧАТСКИЙ КРАЙ',
      ].join('\r\n') + '\r\n';
    for (const chunk of [1, 3, 4096]) {
      const { table, report } = read(encodeWindows1251(text), undefined, chunk);
      expect(report).toMatchObject({ format: 'customs', encoding: 'windows-1251', delimiter: ';', rows: { read: 4, accepted: 3, rejected: 1, aggregate: 0 } });
      expect(report.rejected).toMatchObject([{ line: 5, code: 'bad-period', value: '13/2021' }]);
      expect(rows(table)).toEqual([
        '2021-01 RU-KAM export CN 0303670000 1234.5 10.5',
        '2021-02 RU-KAM export CN 0306141000 1.234 ',
        '2021-02 RU-KAM import KR 8901909000 2500000 ',
      ]);
      // `1,234` in a `;` file with decimal commas elsewhere in the column is 1.234.
      expect(report.warnings).toContainEqual({ code: 'ambiguous-number', column: 'value', separator: 'comma-decimal', cells: 1, basis: 'column' });
    }
  });

  it('rejects unknown partners and flows by name, never guessing', () => {
    const text = ['napr\tperiod\tnastranapr\ttnved\tStoim', 'ЭК\t01/2021\tАтлантида\t0303\t5', 'ТРАНЗИТ\t01/2021\tCN\t0303\t5'].join('\n');
    const { report } = read(utf8(text));
    expect(report.rejected).toEqual([
      { line: 2, code: 'unknown-partner', value: 'Атлантида', fields: ['ЭК', '01/2021', 'Атлантида', '0303', '5'] },
      { line: 3, code: 'bad-flow', value: 'ТРАНЗИТ', fields: ['ТРАНЗИТ', '01/2021', 'CN', '0303', '5'] },
    ]);
  });
});

describe('Comtrade legacy', () => {
  const SHORT = 'Classification,Year,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Partner Code,Partner,Commodity Code,Commodity,Trade Value (US$),Flag';
  it('reads the short variant: unpadded codes, M49 partners, re-exports kept apart from exports', () => {
    const text = [SHORT, 'H5,2017,1,Import,842,USA,156,China,1,"Animals; live",36327640,4', 'H5,2017,3,Re-Export,842,USA,156,China,27,"Mineral fuels, oils",1000,4', 'H5,2017,2,Export,842,USA,410,Rep. of Korea,TOTAL,All,99,4'].join('\n');
    const { table, report } = read(utf8(text));
    expect(report.format).toBe('comtrade-legacy');
    expect(rows(table)).toEqual(['2017 US import CN 01 36327640 ', '2017 US re-export CN 27 1000 ', '2017 US export KR TOTAL 99 ']);
    expect(report.warnings).toContainEqual({ code: 'aggregate-stands', rows: 1 });
  });

  it('keeps World apart where country rows exist, and says when they disagree', () => {
    const header = 'Year,Period,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Partner Code,Partner,Commodity Code,Trade Value (US$),Netweight (kg)';
    const text = [header, '2014,201401,1,Imports,826,United Kingdom,0,World,1511,1000,', '2014,201401,1,Imports,826,United Kingdom,360,Indonesia,1511,600,', '2014,201401,1,Imports,826,United Kingdom,458,Malaysia,1511,300,', '2014,201402,1,Imports,826,United Kingdom,0,World,1511,50,'].join('\n');
    const { table, report } = read(utf8(text));
    expect(report.rows).toEqual({ read: 4, accepted: 3, rejected: 0, aggregate: 1 });
    expect(rows(table)).toEqual(['2014-01 GB import ID 1511 600 ', '2014-01 GB import MY 1511 300 ', '2014-02 GB import W00 1511 50 ']);
    const mismatch = report.warnings.find((w) => w.code === 'aggregate-mismatch');
    expect(mismatch).toMatchObject({ groups: 1, examples: [{ period: '2014-01', partner: 'W00', aggregateUsd: 1000, partsUsd: 900 }] });
  });

  it('keeps a chapter apart from its headings in a multi-level file', () => {
    const header = 'Year,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)';
    const text = [header, '2020,2,643,156,03,100', '2020,2,643,156,0303,60', '2020,2,643,156,0304,40', '2020,2,643,410,03,7'].join('\n');
    const { table, report } = read(utf8(text));
    expect(rows(table)).toEqual(['2020 RU export CN 0303 60 ', '2020 RU export CN 0304 40 ', '2020 RU export KR 03 7 ']);
    expect(report.rows.aggregate).toBe(1);
    expect(report.warnings.find((w) => w.code === 'aggregate-mismatch')).toBeUndefined();
  });

  it('reads Qty in its Qty Unit, and no quantity where the unit says there is none', () => {
    const header = 'Year,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Qty Unit,Qty,Trade Value (US$)';
    const text = [header, '2020,2,643,156,890190,Number of items,3,100', '2020,2,643,156,030367,No Quantity,,60'].join('\n');
    const { table } = read(utf8(text));
    expect(Array.from(table.quantity)).toEqual([3, NaN]);
    expect(Array.from(table.unit, (u) => table.units[u])).toEqual(['Number of items', '']);
  });
});

describe('Comtrade+', () => {
  it('reads any column order with empty labels, refMonth 52 as annual, and keeps a partner2 total apart from its split', () => {
    const header = 'isAggregate,primaryValue,cmdCode,partner2Code,partnerCode,partnerISO,flowCode,reporterCode,refMonth,refYear,netWgt,customsCode,motCode';
    const text = [
      header,
      'True,7903767147.0,8542,0,842,,M,156,52,2010,853234.0,C00,0',
      'True,300.0,8542,0,842,,M,156,52,2015,,C00,0',
      'True,200.0,8542,458,842,,M,156,52,2015,,C00,0',
      'True,100.0,8542,344,842,,M,156,52,2015,,C00,0',
      'True,5.0,8542,0,842,,RX,156,7,2016,,C00,0',
    ].join('\r\n');
    const { table, report } = read(utf8(text));
    expect(report.format).toBe('comtrade-plus');
    expect(report.rows).toEqual({ read: 5, accepted: 4, rejected: 0, aggregate: 1 });
    expect(rows(table)).toEqual(['2010 CN import US 8542 7903767147 853234', '2015 CN import US 8542 200 ', '2015 CN import US 8542 100 ', '2016-07 CN re-export US 8542 5 ']);
  });

  it('reads qty in qtyUnitAbbr', () => {
    const text = ['flowCode,reporterCode,partnerCode,cmdCode,refYear,refMonth,primaryValue,qty,qtyUnitAbbr', 'X,643,156,030367,2023,52,1000,250.5,kg', 'X,643,156,890190,2023,52,900,1,u'].join('\n');
    const { table } = read(utf8(text));
    expect(Array.from(table.quantity)).toEqual([250.5, 1]);
    expect(Array.from(table.unit, (u) => table.units[u])).toEqual(['kg', 'u']);
  });
});

describe('canonical and mapped', () => {
  it('reads quoted fields and partner names in a canonical file', () => {
    const text = 'period,reporter,flow,partner,commodity,value_usd,net_kg\n2020-Q2,"Камчатский край, Россия",export,Китай,0303,"1,234.5",\n';
    const { table } = read(utf8(text));
    expect(rows(table)).toEqual(['2020-Q2 Камчатский край, Россия export CN 0303 1234.5 ']);
  });

  it('reads a canonical file with quantity and unit, and a region by name as its ISO code', () => {
    const text = 'period,reporter,flow,partner,commodity,value_usd,net_kg,quantity,unit\n2020-05,Камчатский край,import,KR,8901909000,4100000,,2,ШТУКА\n2020-05,RU-KAM,export,CN,0303670000,18250000,17400000,,\n';
    const { table } = read(utf8(text));
    expect(table.reporters).toEqual(['RU-KAM']);
    expect(Array.from(table.quantity)).toEqual([2, NaN]);
    expect(Array.from(table.unit, (u) => table.units[u])).toEqual(['ШТУКА', '']);
  });

  it('reads an unknown layout through a column mapping', () => {
    const text = ['Месяц;Страна;Направление;Код;Сумма, долл.;Вес', '2020-05;Япония;экспорт;0303670000;1 500,5;12', '2020-05;Япония;импорт;8901;2 000;'].join('\n');
    expect(() => read(utf8(text))).toThrow(ImportError);
    const mapping = { period: 'Месяц', partner: 'Страна', flow: 'Направление', commodity: 'Код', value: 'Сумма, долл.', weight: 'Вес' };
    const { table, report } = read(utf8(text), [mappedFormat(mapping)]);
    expect(report.format).toBe('mapped');
    // No reporter column mapped: the reporter stays empty rather than guessed.
    expect(rows(table)).toEqual(['2020-05  export JP 0303670000 1500.5 12', '2020-05  import JP 8901 2000 ']);
  });

  it('names the missing fields and the columns the file has', () => {
    try {
      read(utf8('napr;period;tnved\nЭК;01/2020;0303\n'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      const err = e as ImportError;
      expect(err.code).toBe('unknown-layout');
      expect(err.detail.missing).toEqual(['nastranapr (nastranapr | strana)', 'stoim']);
      expect(err.detail.columns).toEqual(['napr', 'period', 'tnved']);
    }
  });
});
