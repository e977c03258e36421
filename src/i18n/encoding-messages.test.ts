import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../core/import/import-report';
import { encodingName, rejectedLine, warningText } from './import-messages';

describe('encoding messages', () => {
  it('names the row with an invalid UTF-8 byte by its line, grouped', () => {
    expect(rejectedLine({ line: 1234, code: 'invalid-utf8' }, 'ru')).toBe('строка 1\u00a0234: недопустимый байт в UTF-8');
    expect(rejectedLine({ line: 1234, code: 'invalid-utf8' }, 'en')).toBe('line 1,234: invalid byte in UTF-8');
  });

  it('says which lines of a mixed file are in which encoding', () => {
    const w: ImportWarning = { code: 'mixed-encoding', encoding: 'windows-1251', lines: 5, ranges: [{ from: 6, to: 10 }] };
    expect(warningText(w, 'ru')).toBe('В файле смешаны кодировки: строки 6–10 в кодировке Windows-1251, остальные в UTF-8; каждая часть прочитана в своей.');
    expect(warningText(w, 'en')).toBe('The file mixes encodings: lines 6–10 are in Windows-1251, the rest in UTF-8; each part was read in its own.');
    expect(warningText({ ...w, lines: 30, ranges: [{ from: 1200, to: 1201 }] }, 'ru')).toContain('строки 1\u00a0200–1\u00a0201, … в кодировке');
  });

  it('says a BOM was contradicted by the bytes', () => {
    expect(warningText({ code: 'bom-mismatch', bom: 'utf-8', encoding: 'windows-1251' }, 'ru')).toBe(
      'Файл начинается с метки UTF-8, но записан в Windows-1251: прочитан в Windows-1251, метка отброшена.',
    );
    expect(encodingName('cp866')).toBe('CP866 (DOS)');
    expect(encodingName('utf-16le')).toBe('UTF-16 LE');
  });
});
