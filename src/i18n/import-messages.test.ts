import { describe, expect, it } from 'vitest';
import { failureText, MAX_LISTED_COLUMNS, warningText } from './import-messages';
import { TradeImporter } from '../core/import/trade-importer';

describe('failure messages', () => {
  it('names every column of an ordinary unknown file', () => {
    const text = failureText({ code: 'unknown-layout', missing: ['period', 'partner'], columns: ['a', 'b', 'c'] }, 'ru');
    expect(text).toBe('Формат не распознан: не найдены поля period, partner. Столбцы файла: a, b, c.');
  });

  it('keeps a file with thousands of columns to one readable line, saying how many there are', () => {
    const columns = Array.from({ length: 5000 }, (_, i) => `c${i}`);
    const ru = failureText({ code: 'unknown-layout', missing: ['period'], columns }, 'ru');
    const en = failureText({ code: 'unknown-layout', missing: ['period'], columns }, 'en');
    expect(ru).toContain(`c${MAX_LISTED_COLUMNS - 1} и ещё ${5000 - MAX_LISTED_COLUMNS} (всего 5000)`);
    expect(en).toContain(`and ${5000 - MAX_LISTED_COLUMNS} more (5000 in all)`);
    expect(ru).not.toContain(`c${MAX_LISTED_COLUMNS},`);
    expect(ru.length).toBeLessThan(400);
  });
});

describe('CSV structure warnings', () => {
  it('say what is wrong with the quotes in Russian, not in the parser’s English', () => {
    const csv = 'period,reporter,flow,partner,commodity,value_usd,net_kg\n2020-01,RU-KAM,export,CN,0303,100,5\n2020-01,RU-KAM,export,"KR,10\n';
    const importer = new TradeImporter();
    importer.push(new TextEncoder().encode(csv));
    const { report } = importer.finish();
    const texts = report.warnings.map((w) => warningText(w, 'ru'));
    expect(texts).toContain('Строка 3: ошибка структуры CSV — кавычка открыта и не закрыта до конца файла.');
    expect(texts.join(' ')).not.toMatch(/Quoted field/);
  });

  it('keep the parser’s words for a problem they do not know', () => {
    expect(warningText({ code: 'csv-syntax', line: 4, parserCode: 'Other', message: 'odd thing' }, 'en')).toBe('Line 4: broken CSV structure — odd thing.');
  });
});
