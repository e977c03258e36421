// The readable report of `npm run inspect` (without --json): layout, encoding, delimiter,
// counts, warnings, rejected lines, totals by year and flow, top partners and chapters, in
// Russian or English. Pure: the figures come from inspect-summary.ts, the command is inspect.ts.

import type { FormatId } from '../src/core/formats/format-ids.ts';
import type { ImportReport } from '../src/core/import/import-report.ts';
import { countryName } from '../src/core/model/country-names.ts';
import { chapterName } from '../src/core/model/commodities.ts';
import { TOTAL_COMMODITY } from '../src/core/model/trade-record.ts';
import { rejectedLine, warningText } from '../src/i18n/import-messages.ts';
import type { Language } from '../src/state/view-state.ts';
import { oneLine } from './cli/cli-io.ts';
import type { InspectSummary } from './inspect-summary.ts';

const MAX_REJECTED_SHOWN = 200;
const TOP_PARTNERS = 15;

const LAYOUT_NAMES: Record<Language, Record<FormatId, string>> = {
  ru: {
    customs: 'таможенная статистика ФТС (DATTSVT)',
    'comtrade-legacy': 'UN Comtrade, старый формат (API v1 / bulk)',
    'comtrade-plus': 'UN Comtrade+ (TradeData)',
    canonical: 'канонический CSV приложения',
    mapped: 'произвольные столбцы (сопоставление)',
  },
  en: {
    customs: 'Russian customs portal (FTS, DATTSVT)',
    'comtrade-legacy': 'UN Comtrade, legacy (API v1 / bulk)',
    'comtrade-plus': 'UN Comtrade+ (TradeData)',
    canonical: "the app's canonical CSV",
    mapped: 'mapped columns',
  },
};

const FLOW_NAMES: Record<Language, Record<string, string>> = {
  ru: { export: 'экспорт', import: 'импорт', 're-export': 'реэкспорт', 're-import': 'реимпорт' },
  en: { export: 'export', import: 'import', 're-export': 're-export', 're-import': 're-import' },
};

/** The whole text report of `file`, ending with a newline. */
export function formatTextReport(file: string, s: InspectSummary, report: ImportReport, lang: Language): string {
  const ru = lang === 'ru';
  const number = new Intl.NumberFormat(ru ? 'ru-RU' : 'en-US', { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(ru ? 'ru-RU' : 'en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const usd = (v: number) => `${number.format(v)} USD`;
  const out: string[] = [];
  const delimiter = s.delimiter === '\t' ? 'tab' : s.delimiter;
  out.push(`${ru ? 'Файл' : 'File'}: ${file}`);
  out.push(`${ru ? 'Формат' : 'Layout'}: ${s.format} — ${LAYOUT_NAMES[lang][s.format]}`);
  out.push(`${ru ? 'Кодировка (использована при чтении)' : 'Encoding (used to read the file)'}: ${s.encoding}`);
  out.push(`${ru ? 'Разделитель' : 'Delimiter'}: ${delimiter}`);
  out.push(
    ru
      ? `Строки: прочитано ${s.rows.read}, принято ${s.rows.accepted}, отклонено ${s.rows.rejected}, итоговых (учтены отдельно) ${s.rows.aggregate}`
      : `Rows: read ${s.rows.read}, accepted ${s.rows.accepted}, rejected ${s.rows.rejected}, aggregate (kept apart) ${s.rows.aggregate}`,
  );

  out.push('', `${ru ? 'Предупреждения' : 'Warnings'} (${report.warnings.length}):`);
  if (report.warnings.length === 0) out.push(ru ? '  нет' : '  none');
  for (const w of report.warnings) out.push(`  ${oneLine(warningText(w, lang))}`);

  out.push('', `${ru ? 'Отклонённые строки' : 'Rejected rows'} (${report.rejected.length}):`);
  if (report.rejected.length === 0) out.push(ru ? '  нет' : '  none');
  for (const row of report.rejected.slice(0, MAX_REJECTED_SHOWN)) out.push(`  ${oneLine(rejectedLine(row, lang))}`);
  if (report.rejected.length > MAX_REJECTED_SHOWN) {
    const more = report.rejected.length - MAX_REJECTED_SHOWN;
    out.push(ru ? `  … и ещё ${more}` : `  … and ${more} more`);
  }

  out.push('', ru ? 'Итоги по годам и направлениям:' : 'Totals by year and flow:');
  if (s.totals.length === 0) out.push(ru ? '  нет' : '  none');
  for (const t of s.totals) out.push(`  ${t.year}  ${FLOW_NAMES[lang][t.flow].padEnd(10)} ${usd(t.value_usd).padStart(26)}`);

  const shown = s.partners.slice(0, TOP_PARTNERS);
  out.push(
    '',
    ru
      ? `Партнёры — доля в товарообороте (экспорт + импорт), первые ${shown.length} из ${s.partners.length}:`
      : `Partners — share of turnover (export + import), top ${shown.length} of ${s.partners.length}:`,
  );
  if (shown.length === 0) out.push(ru ? '  нет' : '  none');
  for (const p of shown) out.push(`  ${p.partner.padEnd(4)} ${countryName(p.partner, lang).padEnd(28)} ${usd(p.value_usd).padStart(26)} ${percent.format(p.share).padStart(7)}`);

  out.push('', ru ? 'Группы товаров (все направления):' : 'Chapters (all flows):');
  if (s.chapters.length === 0) out.push(ru ? '  нет' : '  none');
  for (const c of s.chapters) {
    const name = c.chapter === TOTAL_COMMODITY ? (ru ? 'все товары (итог без детализации)' : 'all goods (total without detail)') : chapterName(c.chapter, lang);
    out.push(`  ${c.chapter.padEnd(5)} ${truncate(name, 40).padEnd(40)} ${usd(c.value_usd).padStart(26)}`);
  }
  return out.join('\n') + '\n';
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
