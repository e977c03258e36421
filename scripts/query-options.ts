// The `query` command's options (scripts/query.ts): parsed and checked here, each bad one a
// UsageError (exit 2) in the user's language.

import { isDimension, type Dimension } from '../src/core/query/dimensions.ts';
import type { TradeFilter } from '../src/core/query/trade-query.ts';
import { parseMonthKey } from '../src/core/model/period.ts';
import { partnerCode, resolvePartner } from '../src/core/model/countries.ts';
import { resolveRegion } from '../src/core/model/russian-regions.ts';
import { isAggregatePartner } from '../src/core/model/country-names.ts';
import type { Flow } from '../src/core/model/trade-record.ts';
import type { Language } from '../src/state/view-state.ts';
import { parseCommandLine, parseLanguageOption, UsageError } from './cli/cli-io.ts';

export const FLOW_OPTIONS = ['turnover', 'export', 'import', 're-export', 're-import'] as const;
export type FlowOption = (typeof FLOW_OPTIONS)[number];

export interface QueryOptions {
  files: string[];
  /** Codes asked for, 'all', or null (not given). */
  reporter: string[] | 'all' | null;
  from: string | null;
  to: string | null;
  flow: FlowOption;
  partners: string[] | null;
  hs: string[] | null;
  by: Dimension[];
  /** --vs: the base period to compare with (as many months as --from..--to), or null. */
  vs: { from: string; to: string } | null;
  json: boolean;
  lang: Language;
  /** The query filter the options give (reporters are added by the command). */
  filter: TradeFilter;
  /** The same filter over the --vs period; null without --vs. */
  baseFilter: TradeFilter | null;
}

export function queryUsage(lang: Language): string {
  return lang === 'ru'
    ? 'использование: npm run --silent query -- ФАЙЛ... [--reporter КОДЫ|all] [--from ГГГГ-ММ] [--to ГГГГ-ММ] [--flow turnover|export|import|re-export|re-import] [--partners CN,KR] [--hs 03,0303] [--by ИЗМЕРЕНИЯ] [--vs ГГГГ-ММ..ГГГГ-ММ] [--json] [--lang ru|en]'
    : 'usage: npm run --silent query -- FILE... [--reporter CODES|all] [--from YYYY-MM] [--to YYYY-MM] [--flow turnover|export|import|re-export|re-import] [--partners CN,KR] [--hs 03,0303] [--by DIMS] [--vs YYYY-MM..YYYY-MM] [--json] [--lang ru|en]';
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function parseQueryOptions(argv: string[], envLang: Language): QueryOptions | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    reporter: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    flow: { type: 'string' },
    partners: { type: 'string' },
    hs: { type: 'string' },
    by: { type: 'string' },
    vs: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return 'help';
  const lang = parseLanguageOption(values.lang, envLang) ?? envLang;
  const ru = lang === 'ru';
  const bad = (ruText: string, enText: string) => new UsageError(ru ? ruText : enText);
  if (positionals.length === 0) throw bad('не указан файл', 'no file given');

  const month = (name: 'from' | 'to'): string | null => {
    const text = values[name];
    if (text === undefined) return null;
    if (!/^\d{4}-\d{2}$/.test(text) || parseMonthKey(text) === null) throw bad(`--${name}: ожидается ГГГГ-ММ, получено «${text}»`, `--${name} must be YYYY-MM, got "${text}"`);
    return text;
  };
  const from = month('from');
  const to = month('to');
  if (from !== null && to !== null && from > to) throw bad(`--from ${from} позже --to ${to}`, `--from ${from} is after --to ${to}`);

  let vs: QueryOptions['vs'] = null;
  if (values.vs !== undefined) {
    const text = values.vs;
    const match = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(text);
    const start = match === null ? null : parseMonthKey(match[1]);
    const end = match === null ? null : parseMonthKey(match[2]);
    if (match === null || start === null || end === null) throw bad(`--vs: ожидается ГГГГ-ММ..ГГГГ-ММ, получено «${text}»`, `--vs must be YYYY-MM..YYYY-MM, got "${text}"`);
    if (start > end) throw bad(`--vs: ${match[1]} позже ${match[2]}`, `--vs: ${match[1]} is after ${match[2]}`);
    if (from === null || to === null) throw bad('--vs: укажите и сравниваемый период: --from и --to', '--vs needs the period it compares: give --from and --to');
    const months = parseMonthKey(to)! - parseMonthKey(from)! + 1;
    if (end - start + 1 !== months) throw bad(`--vs: ${end - start + 1} мес., а --from..--to — ${months} мес.; периоды должны быть одной длины`, `--vs covers ${end - start + 1} months, --from..--to ${months}; the periods must be as long`);
    vs = { from: match[1], to: match[2] };
  }

  const flow = (values.flow ?? 'turnover') as FlowOption;
  if (!FLOW_OPTIONS.includes(flow)) throw bad(`--flow: ожидается ${FLOW_OPTIONS.join('|')}, получено «${values.flow}»`, `--flow must be ${FLOW_OPTIONS.join('|')}, got "${values.flow}"`);

  let reporter: QueryOptions['reporter'] = null;
  if (values.reporter !== undefined) {
    const given = list(values.reporter);
    if (given.length === 0) throw bad('--reporter: пустой список', '--reporter: empty list');
    if (given.length === 1 && given[0].toLowerCase() === 'all') reporter = 'all';
    else
      reporter = given.map((text) => {
        const code = resolveReporterCode(text);
        if (code === null) throw bad(`--reporter: не субъект РФ и не страна: «${text}»`, `--reporter: not a Russian region or a country: "${text}"`);
        return code;
      });
  }

  let partners: string[] | null = null;
  if (values.partners !== undefined) {
    partners = list(values.partners).map((text) => {
      const code = partnerCode(resolvePartner(text));
      if (code === null) throw bad(`--partners: неизвестная страна «${text}»`, `--partners: unknown country "${text}"`);
      return code;
    });
    if (partners.length === 0) throw bad('--partners: пустой список', '--partners: empty list');
  }

  let hs: string[] | null = null;
  if (values.hs !== undefined) {
    hs = list(values.hs).map((text) => {
      const code = text.replace(/[\s.]/g, '');
      if (!/^\d{2,10}$/.test(code)) throw bad(`--hs: ожидается код из 2–10 цифр, получено «${text}»`, `--hs must be codes of 2–10 digits, got "${text}"`);
      return code;
    });
    if (hs.length === 0) throw bad('--hs: пустой список', '--hs: empty list');
  }

  const by: Dimension[] = [];
  for (const name of values.by === undefined ? [] : list(values.by)) {
    if (!isDimension(name)) throw bad(`--by: неизвестное измерение «${name}»`, `--by: unknown dimension "${name}"`);
    if (!by.includes(name)) by.push(name);
  }

  const flows: Flow[] = flow === 'turnover' ? ['export', 'import'] : [flow];
  const filter: TradeFilter = {
    fromMonth: from === null ? null : parseMonthKey(from),
    toMonth: to === null ? null : parseMonthKey(to),
    flows,
    partners,
    commodities: hs,
  };
  return {
    files: positionals,
    reporter,
    from,
    to,
    flow,
    partners,
    hs,
    by,
    vs,
    json: values.json === true,
    lang,
    filter,
    baseFilter: vs === null ? null : { ...filter, fromMonth: parseMonthKey(vs.from), toMonth: parseMonthKey(vs.to) },
  };
}

/** `RU-KAM`, `30000`, `Камчатский край` → RU-KAM; `RU`, `China` → a country's alpha-2; null otherwise. */
function resolveReporterCode(text: string): string | null {
  const region = resolveRegion(text);
  if (region !== null) return region;
  const country = partnerCode(resolvePartner(text));
  return country !== null && !isAggregatePartner(country) ? country : null;
}
