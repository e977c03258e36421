// Why a whole file could not be imported, in the user's language. Apart from the row reasons
// and warnings (import-messages.ts, which re-exports this): the dashboard needs only these, and
// the rest stays in the upload chunk.

import type { Language } from '../state/view-state';
import type { ImportFailure } from '../core/import/import-report';
import { formatDecimal } from './format';

/** One line for a file that cannot be imported at all. */
export function failureText(f: ImportFailure, lang: Language): string {
  const ru = lang === 'ru';
  switch (f.code) {
    case 'empty':
      return ru ? 'Файл пуст.' : 'The file is empty.';
    case 'header-only':
      return ru ? 'В файле только заголовок, строк с данными нет.' : 'The file has a header but no data rows.';
    case 'binary':
      return ru ? 'Это не текстовый CSV (похоже на таблицу Excel, архив ZIP или другой двоичный файл). Сохраните его как CSV.' : 'This is not a CSV text file (it looks like an Excel workbook, a ZIP archive or another binary). Save it as CSV.';
    case 'spreadsheet':
      return ru
        ? 'Это таблица Excel (XLSX), а не CSV. Откройте её в Excel или LibreOffice и сохраните как CSV (Файл → Сохранить как → CSV), затем загрузите CSV.'
        : 'This is an Excel workbook (XLSX), not CSV. Open it in Excel or LibreOffice and save it as CSV (File → Save As → CSV), then upload the CSV.';
    case 'no-csv':
      return ru
        ? `В архиве ZIP нет файлов CSV (${f.entries.length > 0 ? `в нём: ${columnList(f.entries, lang)}` : 'он пуст'}).`
        : `The ZIP archive holds no CSV file (${f.entries.length > 0 ? `it holds: ${columnList(f.entries, lang)}` : 'it is empty'}).`;
    case 'duplicate-columns':
      return ru
        ? `В заголовке дважды встречается столбец ${f.columns.map((c) => `«${c}»`).join(', ')}: непонятно, какой из них читать. Переименуйте или удалите лишний столбец.`
        : `The header names the column ${f.columns.map((c) => `"${c}"`).join(', ')} more than once: it is unclear which one to read. Rename or delete the extra column.`;
    case 'no-line-breaks':
      return ru ? 'В файле нет переводов строк: строка длиннее 1 МБ.' : 'The file has no line breaks: a line is longer than 1 MB.';
    case 'unknown-layout':
      return ru
        ? `Формат не распознан: не найдены поля ${f.missing.join(', ')}. Столбцы файла: ${columnList(f.columns, lang)}.`
        : `Unknown layout: could not find ${f.missing.join(', ')}. The file's columns: ${columnList(f.columns, lang)}.`;
    case 'cancelled':
      return ru ? 'Загрузка отменена.' : 'Import cancelled.';
    case 'network':
      return ru ? `Не удалось прочитать файл (${f.detail ?? ''}).` : `The file could not be read (${f.detail ?? ''}).`;
    case 'too-large':
      return ru ? `Файл слишком велик для этого браузера (${f.detail ?? ''}).` : `The file is too large for this browser (${f.detail ?? ''}).`;
    case 'over-size-limit': {
      const file = sizeText(f.fileBytes, lang);
      const limit = sizeText(f.limitBytes, lang);
      if (f.deviceGb === null) {
        return ru
          ? `Файл слишком велик: ${file}, а загрузить можно не больше ${limit} (предел для одного файла в браузере). Разделите файл на части, например по годам.`
          : `The file is too large: ${file}, and at most ${limit} can be loaded (the limit for one file in a browser). Split the file, by year for example.`;
      }
      const gb = formatDecimal(f.deviceGb, lang, 2);
      return ru
        ? `Файл слишком велик для памяти этого устройства: ${file}, а здесь можно загрузить не больше ${limit}. Браузер сообщает о ${gb} ГБ памяти, а во время загрузки таблице нужно примерно на треть больше места, чем после неё. Разделите файл на части (например, по годам) или откройте его на компьютере с большим объёмом памяти.`
        : `The file is too large for this device's memory: ${file}, and at most ${limit} can be loaded here. The browser reports ${gb} GB of memory, and during an import the table briefly needs about a third more room than afterwards. Split the file (by year, say) or open it on a computer with more memory.`;
    }
    case 'internal':
      return ru ? `Внутренняя ошибка: ${f.detail}` : `Internal error: ${f.detail}`;
  }
}

/** A file size in MB or GB (binary units, as the upload list shows them), one decimal at most. */
export function sizeText(bytes: number, lang: Language): string {
  const gb = bytes >= 1024 ** 3;
  const value = formatDecimal(bytes / 1024 ** (gb ? 3 : 2), lang, 1);
  return `${value} ${lang === 'ru' ? (gb ? 'ГБ' : 'МБ') : gb ? 'GB' : 'MB'}`;
}

/** Columns named in a message: a file with thousands of them (a wrong delimiter, a dump) still gives one readable line. */
export const MAX_LISTED_COLUMNS = 20;

function columnList(columns: string[], lang: Language): string {
  if (columns.length <= MAX_LISTED_COLUMNS) return columns.join(', ');
  const rest = columns.length - MAX_LISTED_COLUMNS;
  const head = columns.slice(0, MAX_LISTED_COLUMNS).join(', ');
  return lang === 'ru' ? `${head} и ещё ${rest} (всего ${columns.length})` : `${head} and ${rest} more (${columns.length} in all)`;
}
