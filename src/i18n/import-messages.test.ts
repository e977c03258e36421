import { describe, expect, it } from 'vitest';
import { failureText, MAX_LISTED_COLUMNS } from './import-messages';

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
