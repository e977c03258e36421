// Import outcomes in words, in the user's language: «строка 8: неизвестная страна «Атлантида»».
// Pure (no React): the CLI uses it too.

import type { Language } from '../state/view-state';
import type { ImportWarning, RejectedRow } from '../core/import/import-report';
import type { RejectCode } from '../core/formats/row-outcome';
import type { TextEncodingName } from '../core/parse/byte-decoder';
import { plural } from './plural';
import { LOCALES } from '../core/model/language';
import { MIN_PLAUSIBLE_YEAR } from '../core/model/period';

const REASONS: Record<Language, Record<RejectCode, (v?: string) => string>> = {
  ru: {
    'field-count': (v) => `в строке меньше полей, чем в заголовке (${v})`,
    'extra-fields': (v) => `в строке больше полей, чем в заголовке (${v})`,
    'bad-period': (v) => `непонятный или невозможный период «${v ?? ''}»`,
    'implausible-period': (v) => `период «${v ?? ''}» вне допустимых лет (с ${MIN_PLAUSIBLE_YEAR} по следующий год)`,
    'bad-flow': (v) => `неизвестное направление «${v ?? ''}» (ожидается экспорт или импорт)`,
    'unknown-partner': (v) => `неизвестная страна «${v ?? ''}»`,
    'bad-commodity': (v) => `неверный код товара «${v ?? ''}»`,
    'missing-value': () => 'нет стоимости',
    'bad-value': (v) => `стоимость не число: «${v ?? ''}»`,
    'negative-value': (v) => `отрицательная стоимость «${v ?? ''}»`,
    'absurd-value': (v) => `невероятно большая стоимость «${v ?? ''}»`,
    'bad-weight': (v) => `вес не число или отрицательный: «${v ?? ''}»`,
    'bad-quantity': (v) => `количество не число или отрицательное: «${v ?? ''}»`,
    'csv-syntax': (v) => `ошибка структуры CSV: ${v ?? ''}`,
    'invalid-utf8': () => 'недопустимый байт в UTF-8',
  },
  en: {
    'field-count': (v) => `fewer fields than the header (${v})`,
    'extra-fields': (v) => `more fields than the header (${v})`,
    'bad-period': (v) => `unreadable or impossible period "${v ?? ''}"`,
    'implausible-period': (v) => `period "${v ?? ''}" outside the plausible years (${MIN_PLAUSIBLE_YEAR} to next year)`,
    'bad-flow': (v) => `unknown flow "${v ?? ''}" (export or import expected)`,
    'unknown-partner': (v) => `unknown country "${v ?? ''}"`,
    'bad-commodity': (v) => `invalid commodity code "${v ?? ''}"`,
    'missing-value': () => 'no value',
    'bad-value': (v) => `value is not a number: "${v ?? ''}"`,
    'negative-value': (v) => `negative value "${v ?? ''}"`,
    'absurd-value': (v) => `implausibly large value "${v ?? ''}"`,
    'bad-weight': (v) => `weight is not a number or negative: "${v ?? ''}"`,
    'bad-quantity': (v) => `quantity is not a number or negative: "${v ?? ''}"`,
    'csv-syntax': (v) => `broken CSV structure: ${v ?? ''}`,
    'invalid-utf8': () => 'invalid byte in UTF-8',
  },
};

export function rejectReason(row: Pick<RejectedRow, 'code' | 'value'>, lang: Language): string {
  return REASONS[lang][row.code](row.value);
}

export function rejectedLine(row: RejectedRow, lang: Language): string {
  return `${lang === 'ru' ? 'строка' : 'line'} ${lineNumber(row.line, lang)}: ${rejectReason(row, lang)}`;
}

const SEPARATOR: Record<Language, Record<string, string>> = {
  ru: { 'comma-decimal': 'запятая — десятичный разделитель', 'comma-thousands': 'запятая — разделитель тысяч', 'dot-decimal': 'точка — десятичный разделитель', 'dot-thousands': 'точка — разделитель тысяч' },
  en: { 'comma-decimal': 'comma is the decimal separator', 'comma-thousands': 'comma separates thousands', 'dot-decimal': 'dot is the decimal separator', 'dot-thousands': 'dot separates thousands' },
};

/** PapaParse's problems in the user's language; an unknown code keeps the parser's own words. */
const CSV_PROBLEMS: Record<Language, Record<string, string>> = {
  ru: {
    MissingQuotes: 'кавычка открыта и не закрыта до конца файла',
    InvalidQuotes: 'после закрывающей кавычки идут лишние символы',
    TooFewFields: 'в строке меньше полей, чем в заголовке',
    TooManyFields: 'в строке больше полей, чем в заголовке',
  },
  en: {
    MissingQuotes: 'a quote is opened and never closed',
    InvalidQuotes: 'characters follow a closing quote',
    TooFewFields: 'fewer fields than the header',
    TooManyFields: 'more fields than the header',
  },
};

function csvProblem(w: { parserCode: string; message: string }, lang: Language): string {
  return CSV_PROBLEMS[lang][w.parserCode] ?? w.message;
}

const ENCODING_NAMES: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'windows-1251': 'Windows-1251', cp866: 'CP866 (DOS)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };

/** An encoding as the user knows it: «Windows-1251», «UTF-16 LE». */
export function encodingName(encoding: TextEncodingName): string {
  return ENCODING_NAMES[encoding];
}

/** A line number as the user reads it: «1 234», "1,234". */
function lineNumber(line: number, lang: Language): string {
  return line.toLocaleString(LOCALES[lang]);
}

/** Line numbers as ranges, «12–40, 57» (grouped: «1 234»), «…» when there are more than listed. */
function lineRanges(ranges: { from: number; to: number }[], lines: number, lang: Language): string {
  const n = (x: number) => lineNumber(x, lang);
  const listed = ranges.reduce((sum, r) => sum + r.to - r.from + 1, 0);
  return ranges.map((r) => (r.from === r.to ? n(r.from) : `${n(r.from)}–${n(r.to)}`)).join(', ') + (listed < lines ? ', …' : '');
}

export function warningText(w: ImportWarning, lang: Language): string {
  const ru = lang === 'ru';
  switch (w.code) {
    case 'title-lines':
      return ru
        ? `Заголовок найден не в первой строке: ${plural(w.lines.length, 'ru', { one: 'строка', few: 'строки', many: 'строки', other: 'строки' })} ${w.lines.join(', ')} над ним ${w.lines.length === 1 ? 'пропущена' : 'пропущены'} (не данные).`
        : `The header is not on the first line: ${plural(w.lines.length, 'en', { one: 'line', other: 'lines' })} ${w.lines.join(', ')} above it ${w.lines.length === 1 ? 'was' : 'were'} skipped (not data).`;
    case 'zip-skipped':
      return ru
        ? `В архиве ${w.archive} пропущено (не CSV): ${w.entries.join(', ')}.`
        : `Skipped in the archive ${w.archive} (not CSV): ${w.entries.join(', ')}.`;
    case 'mixed-encoding': {
      const lines = lineRanges(w.ranges, w.lines, lang);
      return ru
        ? `В файле смешаны кодировки: ${w.lines === 1 ? 'строка' : 'строки'} ${lines} в кодировке ${encodingName(w.encoding)}, остальные в UTF-8; каждая часть прочитана в своей.`
        : `The file mixes encodings: ${w.lines === 1 ? 'line' : 'lines'} ${lines} ${w.lines === 1 ? 'is' : 'are'} in ${encodingName(w.encoding)}, the rest in UTF-8; each part was read in its own.`;
    }
    case 'bom-mismatch':
      return ru
        ? `Файл начинается с метки ${encodingName(w.bom)}, но записан в ${encodingName(w.encoding)}: прочитан в ${encodingName(w.encoding)}, метка отброшена.`
        : `The file starts with a ${encodingName(w.bom)} byte order mark but is written in ${encodingName(w.encoding)}: read as ${encodingName(w.encoding)}, the mark dropped.`;
    case 'csv-syntax':
      return ru ? `Строка ${w.line}: ошибка структуры CSV — ${csvProblem(w, lang)}.` : `Line ${w.line}: broken CSV structure — ${csvProblem(w, lang)}.`;
    case 'ambiguous-number': {
      const column = w.column === 'value' ? (ru ? 'стоимость' : 'value') : w.column === 'weight' ? (ru ? 'вес' : 'weight') : ru ? 'количество' : 'quantity';
      const basis = w.basis === 'column' ? (ru ? 'по другим значениям столбца' : 'from the column’s other values') : ru ? 'по разделителю файла' : 'from the file’s delimiter';
      const shape = w.separator.startsWith('comma') ? '1,234' : '1.234';
      return ru
        ? `Столбец «${column}»: ${w.cells} ${plural(w.cells, 'ru', { one: 'значение', few: 'значения', many: 'значений', other: 'значения' })} вида «${shape}» прочитаны так: ${SEPARATOR.ru[w.separator]} (решено ${basis}).`
        : `Column "${column}": ${w.cells} ${plural(w.cells, 'en', { one: 'value', other: 'values' })} like "${shape}" read with ${SEPARATOR.en[w.separator]} (decided ${basis}).`;
    }
    case 'aggregate-mismatch': {
      const e = w.examples[0];
      const example = e ? ` ${e.period} ${e.flow} ${e.partner} ${e.commodity}: ${e.aggregateUsd} ≠ ${e.partsUsd}` : '';
      return ru
        ? `Итоговые строки не совпадают с суммой своих частей в ${w.groups} ${plural(w.groups, 'ru', { one: 'группе', few: 'группах', many: 'группах', other: 'группах' })}; в расчётах использованы части.${example}`
        : `Aggregate rows disagree with the sum of their parts in ${w.groups} ${plural(w.groups, 'en', { one: 'group', other: 'groups' })}; the parts are used.${example}`;
    }
    case 'aggregate-stands':
      return ru
        ? `${w.rows} ${plural(w.rows, 'ru', { one: 'итоговая строка', few: 'итоговые строки', many: 'итоговых строк', other: 'итоговой строки' })} (мир, «все товары») без детализации в файле — учтены как есть.`
        : w.rows === 1
          ? `1 aggregate row (World, all goods) has no detail in the file and is counted as it is.`
          : `${w.rows} aggregate rows (World, all goods) have no detail in the file and are counted as they are.`;
    case 'outlier-period': {
      const years = w.years.join(', ');
      const lines = w.lines.join(', ') + (w.rows > w.lines.length ? '…' : '');
      return ru
        ? `${w.rows} ${plural(w.rows, 'ru', { one: 'строка датирована', few: 'строки датированы', many: 'строк датированы', other: 'строки датированы' })} далеко от остальных данных (${years}): ${plural(w.lines.length, 'ru', { one: 'строка', few: 'строки', many: 'строки', other: 'строки' })} ${lines}. Проверьте год.`
        : `${w.rows} ${plural(w.rows, 'en', { one: 'row is', other: 'rows are' })} dated far from the rest of the data (${years}): ${plural(w.lines.length, 'en', { one: 'line', other: 'lines' })} ${lines}. Check the year.`;
    }
  }
}

export { failureText, MAX_LISTED_COLUMNS } from './failure-messages';
