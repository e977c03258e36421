import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { OKEI_UNIT_NAMES, normaliseUnitText, unitLabel } from './quantity-units';

describe('normaliseUnitText', () => {
  it('turns OKEI codes into the portal’s names', () => {
    expect(normaliseUnitText('796')).toBe('ШТУКА');
    expect(normaliseUnitText('0796')).toBe('ШТУКА');
    expect(normaliseUnitText(' 796 ')).toBe('ШТУКА');
    expect(normaliseUnitText('166')).toBe('КИЛОГРАММ');
    expect(normaliseUnitText('112')).toBe('ЛИТР');
    expect(normaliseUnitText('113')).toBe('КУБИЧЕСКИЙ МЕТР');
    expect(normaliseUnitText('130')).toBe('1000 ЛИТРОВ');
    expect(normaliseUnitText('055')).toBe('КВАДРАТНЫЙ МЕТР');
    expect(normaliseUnitText('006')).toBe('МЕТР');
    expect(normaliseUnitText('796 - ШТУКА')).toBe('ШТУКА');
    expect(Object.keys(OKEI_UNIT_NAMES)).toHaveLength(22);
  });

  it('leaves short and unknown numbers alone: Comtrade codes are not OKEI codes', () => {
    expect(normaliseUnitText('5')).toBe('5');
    expect(normaliseUnitText('8')).toBe('8');
    expect(normaliseUnitText('6')).toBe('6');
    expect(normaliseUnitText('999')).toBe('999');
  });

  it('writes Russian names in capitals with single spaces', () => {
    expect(normaliseUnitText('штука')).toBe('ШТУКА');
    expect(normaliseUnitText('  Кубический   метр ')).toBe('КУБИЧЕСКИЙ МЕТР');
    expect(normaliseUnitText('литр чистого (100%) спирта')).toBe('ЛИТР ЧИСТОГО (100%) СПИРТА');
    expect(normaliseUnitText('шт')).toBe('ШТУКА');
    expect(normaliseUnitText('шт.')).toBe('ШТУКА');
    expect(normaliseUnitText('кг')).toBe('КИЛОГРАММ');
    expect(normaliseUnitText('тыс. шт.')).toBe('ТЫСЯЧА ШТУК');
    expect(normaliseUnitText('неизвестная единица')).toBe('НЕИЗВЕСТНАЯ ЕДИНИЦА');
  });

  it('keeps Comtrade’s spellings, trimmed', () => {
    expect(normaliseUnitText(' Number of items ')).toBe('Number of items');
    expect(normaliseUnitText('kg')).toBe('kg');
    expect(normaliseUnitText('u')).toBe('u');
    expect(normaliseUnitText('Weight in kilograms')).toBe('Weight in kilograms');
  });

  it('answers "" for every «no quantity» spelling', () => {
    for (const text of ['', '  ', '-', '—', '–', '0', '000', 'N/A', 'n/a', 'NA', 'No Quantity', 'no quantity', 'Not available', '-1', ' -1 ']) {
      expect(normaliseUnitText(text), JSON.stringify(text)).toBe('');
    }
  });

  it('is idempotent', () => {
    for (const text of ['796', 'штука', 'kg', 'Number of items', '5', 'N/A', 'кг', '1000 литров']) {
      const once = normaliseUnitText(text);
      expect(normaliseUnitText(once)).toBe(once);
    }
  });
});

describe('unitLabel', () => {
  it('gives short labels in both languages', () => {
    expect(unitLabel('ШТУКА', 'ru')).toBe('шт.');
    expect(unitLabel('ШТУКА', 'en')).toBe('items');
    expect(unitLabel('КИЛОГРАММ', 'ru')).toBe('кг');
    expect(unitLabel('КИЛОГРАММ', 'en')).toBe('kg');
    expect(unitLabel('ЛИТР', 'ru')).toBe('л');
    expect(unitLabel('ЛИТР', 'en')).toBe('l');
    expect(unitLabel('1000 ЛИТРОВ', 'ru')).toBe('тыс. л');
    expect(unitLabel('КУБИЧЕСКИЙ МЕТР', 'en')).toBe('m³');
    expect(unitLabel('kg', 'ru')).toBe('кг');
    expect(unitLabel('Number of items', 'ru')).toBe('шт.');
  });

  it('labels every OKEI unit, and returns unknown units as they are', () => {
    for (const name of Object.values(OKEI_UNIT_NAMES)) {
      expect(unitLabel(name, 'ru')).not.toBe(name);
      expect(unitLabel(name, 'en')).not.toBe(name);
    }
    expect(unitLabel('barrels', 'en')).toBe('barrels');
    expect(unitLabel('', 'ru')).toBe('');
  });
});

// The portal's unit list, read where it lies beside the repository (data/README.md,
// «Reporters and units»). describe.skipIf still runs the body, so it reads only when present.
const UNITS_CSV = fileURLToPath(new URL('../../../../shared/reference/customs_units_ru.csv', import.meta.url));
const REFERENCE_SKIP = existsSync(UNITS_CSV) ? false : `skipped: ${UNITS_CSV} is absent (../shared/reference is not beside the repository)`;
if (REFERENCE_SKIP) console.info(REFERENCE_SKIP);

describe.skipIf(REFERENCE_SKIP !== false)(`against the portal's unit list (customs_units_ru.csv)${REFERENCE_SKIP || ''}`, () => {
  const rows = REFERENCE_SKIP
    ? []
    : Papa.parse<Record<string, string>>(readFileSync(UNITS_CSV, 'utf8').replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      }).data;

  it('reads the list', () => {
    expect(rows).toHaveLength(22);
  });

  it('every code resolves to its name in capitals, and so does the name', () => {
    const problems: string[] = [];
    for (const row of rows) {
      const name = normaliseUnitText(row.unit_code);
      if (name === '' || name !== row.unit_name.toUpperCase()) problems.push(`${row.unit_code}: «${name}» for «${row.unit_name}»`);
      if (normaliseUnitText(row.unit_name) !== name) problems.push(`«${row.unit_name}» → «${normaliseUnitText(row.unit_name)}»`);
    }
    expect(problems).toEqual([]);
  });
});
