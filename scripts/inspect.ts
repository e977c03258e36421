// Shows what the browser would import from a trade-statistics file, for IT staff
// who check an export before sending it:
//
//   npm run --silent inspect -- FILE [--json] [--lang ru|en]
//
// The file is streamed through the same import pipeline the browser's worker uses
// (scripts/cli/import-file.ts over src/core/import/import-stream.ts); it is never read into
// one string. The figures come from scripts/inspect-summary.ts, the readable report from
// scripts/inspect-text-report.ts. This file only parses arguments and picks the exit code:
//   0  the file was imported (rows may still have been rejected: see the report)
//   1  the file cannot be imported, cannot be read, or an internal error
//   2  usage error (no file, an unknown flag, a bad --lang)
// Every failure is ONE line on stderr and nothing on stdout. With --json, stdout
// holds exactly one JSON object and warnings go to stderr as `warning: …` lines.
//
// runInspect is the command as a function (tests call it in-process); the last line runs it
// as the process when this file is run directly (scripts/cli/cli-io.ts).

import { warningText } from '../src/i18n/import-messages.ts';
import type { Language } from '../src/state/view-state.ts';
import { UsageError, isMainModule, oneLine, optionsOrExit, parseCommandLine, parseLanguageOption, runAsMain, type CliIo } from './cli/cli-io.ts';
import { importErrorText, importFile, type ImportedFile } from './cli/import-file.ts';
import { summarise } from './inspect-summary.ts';
import { formatTextReport } from './inspect-text-report.ts';

interface Options {
  file: string;
  json: boolean;
  lang: Language;
}

function parseOptions(argv: string[], envLang: Language): Options | 'help' {
  const { values, positionals } = parseCommandLine(argv, { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) return 'help';
  const lang = parseLanguageOption(values.lang, envLang);
  if (positionals.length === 0) throw new UsageError(envLang === 'ru' ? 'не указан файл' : 'no file given');
  if (positionals.length > 1) throw new UsageError(envLang === 'ru' ? `ожидается один файл, получено ${positionals.length}` : `expected one file, got ${positionals.length}`);
  return { file: positionals[0], json: values.json === true, lang: lang ?? envLang };
}

function usage(lang: Language): string {
  return lang === 'ru' ? 'использование: npm run --silent inspect -- ФАЙЛ [--json] [--lang ru|en]' : 'usage: npm run --silent inspect -- FILE [--json] [--lang ru|en]';
}

/**
 * `inspect` with the arguments after the script name; writes only through `io` and resolves to
 * the exit status (0, 1 or 2, see the header). Rejects only on an internal error (a bug), which
 * runAsMain reports as one `internal error: …` line with status 1.
 */
export async function runInspect(argv: string[], io: CliIo): Promise<number> {
  const options = optionsOrExit<Options>(argv, io, parseOptions, usage);
  if (typeof options === 'number') return options;
  const { file, json, lang } = options;
  let imported: ImportedFile;
  try {
    imported = await importFile(file);
  } catch (error) {
    const text = importErrorText(error, file, lang);
    if (text === null) throw error;
    io.stderr(`${oneLine(text)}\n`);
    return 1;
  }
  const { table, report } = imported;
  const summary = summarise(table, report, lang);
  if (json) {
    for (const w of report.warnings) io.stderr(`warning: ${oneLine(warningText(w, lang))}\n`);
    io.stdout(`${JSON.stringify(summary)}\n`);
  } else {
    io.stdout(formatTextReport(file, summary, report, lang));
  }
  return 0;
}

if (isMainModule(import.meta.url)) runAsMain(runInspect);
