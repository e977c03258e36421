// Shows what the browser would import from a trade-statistics file, for IT staff
// who check an export before sending it:
//
//   npm run --silent inspect -- FILE [--json] [--lang ru|en]
//
// The file is streamed through the same import pipeline the browser's worker uses
// (src/core/import/import-stream.ts); it is never read into one string. The figures
// come from scripts/inspect-summary.ts. This file only parses arguments, does the
// I/O and picks the exit code:
//   0  the file was imported (rows may still have been rejected: see the report)
//   1  the file cannot be imported, cannot be read, or an internal error
//   2  usage error (no file, an unknown flag, a bad --lang)
// Every failure is ONE line on stderr and nothing on stdout. With --json, stdout
// holds exactly one JSON object and warnings go to stderr as `warning: …` lines.

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { importStream } from '../src/core/import/import-stream.ts';
import { ImportError } from '../src/core/import/trade-importer.ts';
import type { FormatId } from '../src/core/formats/format-ids.ts';
import type { ImportFailure, ImportReport } from '../src/core/import/import-report.ts';
import { countryName } from '../src/core/model/country-names.ts';
import { chapterName } from '../src/core/model/commodities.ts';
import { TOTAL_COMMODITY } from '../src/core/model/trade-record.ts';
import { failureText, rejectedLine, warningText } from '../src/i18n/import-messages.ts';
import type { Language } from '../src/state/view-state.ts';
import { summarise, type InspectSummary } from './inspect-summary.ts';

const MAX_REJECTED_SHOWN = 200;
const TOP_PARTNERS = 15;

class UsageError extends Error {}

/** ru when the locale that decides messages (LC_ALL, else LC_MESSAGES, else LANG: POSIX order) is Russian. */
function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^ru/i.test(locale) ? 'ru' : 'en';
}

interface Options {
  file: string;
  json: boolean;
  lang: Language;
}

function parseOptions(argv: string[], envLang: Language): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const lang = values.lang;
  if (lang !== undefined && lang !== 'ru' && lang !== 'en') throw new UsageError(envLang === 'ru' ? `--lang: ожидается ru или en, получено «${lang}»` : `--lang must be ru or en, got "${lang}"`);
  if (positionals.length === 0) throw new UsageError(envLang === 'ru' ? 'не указан файл' : 'no file given');
  if (positionals.length > 1) throw new UsageError(envLang === 'ru' ? `ожидается один файл, получено ${positionals.length}` : `expected one file, got ${positionals.length}`);
  return { file: positionals[0], json: values.json === true, lang: lang ?? envLang };
}

function usage(lang: Language): string {
  return lang === 'ru' ? 'использование: npm run --silent inspect -- ФАЙЛ [--json] [--lang ru|en]' : 'usage: npm run --silent inspect -- FILE [--json] [--lang ru|en]';
}

/** The same mapping as the browser's worker (src/worker/dataset-worker.ts). */
function importFailure(error: ImportError): ImportFailure {
  if (error.code === 'unknown-layout') return { code: 'unknown-layout', missing: error.detail.missing ?? [], columns: error.detail.columns ?? [] };
  return { code: error.code };
}

/** One line: no message may break the one-line-on-stderr promise. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function fileErrorText(error: NodeJS.ErrnoException, file: string, lang: Language): string | null {
  const ru = lang === 'ru';
  switch (error.code) {
    case 'ENOENT':
      return ru ? `файл не найден: ${file}` : `file not found: ${file}`;
    case 'EISDIR':
      return ru ? `это папка, а не файл: ${file}` : `not a file but a directory: ${file}`;
    case 'EACCES':
    case 'EPERM':
      return ru ? `нет прав на чтение файла: ${file}` : `permission denied: ${file}`;
    default:
      return typeof error.code === 'string' && typeof error.syscall === 'string'
        ? ru
          ? `не удалось прочитать файл ${file}: ${error.message}`
          : `cannot read ${file}: ${error.message}`
        : null;
  }
}

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

function formatText(file: string, s: InspectSummary, report: ImportReport, lang: Language): string {
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

async function run(argv: string[]): Promise<number> {
  const envLang = languageFromEnv(process.env);
  let options: Options | 'help';
  try {
    options = parseOptions(argv, envLang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${oneLine(`${error.message}. ${usage(envLang)}`)}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${usage(envLang)}\n`);
    return 0;
  }
  const { file, json, lang } = options;
  const stream = Readable.toWeb(createReadStream(file, { highWaterMark: 1 << 20 })) as unknown as ReadableStream<Uint8Array>;
  try {
    const { table, report } = await importStream(stream);
    const summary = summarise(table, report, lang);
    if (json) {
      for (const w of report.warnings) process.stderr.write(`warning: ${oneLine(warningText(w, lang))}\n`);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      process.stdout.write(formatText(file, summary, report, lang));
    }
    return 0;
  } catch (error) {
    // A file rejected early (binary, unknown layout) is not read to the end: close it.
    await stream.cancel().catch(() => undefined);
    if (error instanceof ImportError) {
      process.stderr.write(`${oneLine(failureText(importFailure(error), lang))}\n`);
      return 1;
    }
    const fileError = error instanceof Error ? fileErrorText(error as NodeJS.ErrnoException, file, lang) : null;
    if (fileError !== null) {
      process.stderr.write(`${oneLine(fileError)}\n`);
      return 1;
    }
    throw error;
  }
}

/** Waits for stdout to drain (a large report piped into `head` or a file) before exiting. */
function exit(code: number): void {
  process.exitCode = code;
  if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => process.exit(code));
  else process.exit(code);
}

// `inspect FILE | head`: a closed pipe is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`internal error: ${oneLine(error.message)}\n`);
  process.exit(1);
});

run(process.argv.slice(2)).then(exit, (error: unknown) => {
  // Never a stack trace: one line, whatever went wrong.
  process.stderr.write(`internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  exit(1);
});
