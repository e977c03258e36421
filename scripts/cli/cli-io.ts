// The plumbing shared by the command-line tools in scripts/ (`inspect`, and the commands written
// on the same pattern): a command is an exported function `(argv, io) => Promise<exit status>`
// that writes only through `io`, so tests call it in-process; a file's bottom line runs it with
// the real process when the file is run directly (docs/architecture.md, «The inspect command»).
//
// Conventions the helpers keep: every failure is ONE line on stderr (oneLine), a usage error is
// a UsageError (exit 2 by the command), the language comes from --lang, else the locale, and
// no stack trace ever reaches the user.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../../src/state/view-state.ts';

/** Where a command writes, and the environment it reads its language from. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** LC_ALL, LC_MESSAGES and LANG are read from here; process.env when absent. */
  env?: Record<string, string | undefined>;
}

/** A command: parses `argv`, writes through `io`, resolves to the exit status. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

/** Bad arguments: the command prints the message and its usage on one line and exits with 2. */
export class UsageError extends Error {}

/** ru when the locale that decides messages (LC_ALL, else LC_MESSAGES, else LANG: POSIX order) is Russian. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^ru/i.test(locale) ? 'ru' : 'en';
}

/** The language of `io`'s environment. */
export function ioLanguage(io: CliIo): Language {
  return languageFromEnv(io.env ?? process.env);
}

/** One line: no message may break the one-line-on-stderr promise. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** node:util parseArgs over `argv` with positionals allowed and unknown flags refused; its errors become UsageErrors. */
export function parseCommandLine<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The value of --lang when given (ru or en); anything else is a UsageError, worded in `messageLang`. */
export function parseLanguageOption(value: string | undefined, messageLang: Language): Language | undefined {
  if (value === undefined || value === 'ru' || value === 'en') return value;
  throw new UsageError(messageLang === 'ru' ? `--lang: ожидается ru или en, получено «${value}»` : `--lang must be ru or en, got "${value}"`);
}

/** True when the module at `moduleUrl` (its import.meta.url) is the file node or tsx was asked to run. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  let path = entry;
  try {
    path = realpathSync(entry); // as Node resolves the main module: symlinks followed
  } catch {
    // not a file: compare as given
  }
  return moduleUrl === pathToFileURL(path).href;
}

/**
 * Runs `command` as the process: real argv, stdout, stderr and environment. Sets
 * process.exitCode to its status and exits once stdout has drained (a large report piped into
 * `head` or a file); a closed pipe (`… | head`) is the reader's choice, not an error; anything
 * thrown is reported as ONE `internal error: …` line, never a stack trace, with status 1.
 */
export function runAsMain(command: CliCommand): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`internal error: ${oneLine(error.message)}\n`);
    process.exit(1);
  });
  const io: CliIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), env: process.env };
  command(process.argv.slice(2), io).then(exit, (error: unknown) => {
    process.stderr.write(`internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    exit(1);
  });
}

/** Waits for stdout to drain before exiting with `code`. */
function exit(code: number): void {
  process.exitCode = code;
  if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => process.exit(code));
  else process.exit(code);
}

/**
 * A command's options, or its exit status when there is nothing more to do: `--help` prints
 * the usage (0); a UsageError prints its message and the usage on one line (2). Anything else
 * thrown is a bug and propagates.
 */
export function optionsOrExit<T>(argv: string[], io: CliIo, parse: (argv: string[], envLang: Language) => T | 'help', usage: (lang: Language) => string): T | number {
  const envLang = ioLanguage(io);
  let options: T | 'help';
  try {
    options = parse(argv, envLang);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${oneLine(`${error.message}. ${usage(envLang)}`)}\n`);
    return 2;
  }
  if (options === 'help') {
    io.stdout(`${usage(envLang)}\n`);
    return 0;
  }
  return options;
}
