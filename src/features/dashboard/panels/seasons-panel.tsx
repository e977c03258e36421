// Seasons (issue 13): months January…December on the x axis, one line per year — the last five
// years with monthly figures — for the view's filters, flow measure and metric: fish is
// seasonal. Only monthly rows count (a quarterly or annual row is never spread over months);
// data without them says so instead of drawing. Table and CSV: month × year.

import { timeOfSeries } from '../../../core/aggregate/time-series';
import { SeasonsChart } from '../../../components/charts/lazy-charts';
import { seasonColours } from '../../../components/charts/season-colours';
import type { SeasonLine, SeasonRow } from '../../../components/charts/seasons-chart';
import { formatMillions, MESSAGES } from '../../../i18n/format';
import { METRIC_CSV_UNIT, metricColumn, metricCsv, NO_FIGURE } from '../../../i18n/metric-format';
import type { ChartPanelDefinition, PanelContext } from './panel-definition';

interface MonthRow {
  /** 1–12. */
  month: number;
  /** `янв.`, `Jan`. */
  label: string;
  /** One figure per year, in `years`' order; null where the month has no monthly figures. */
  values: (number | null)[];
}

interface Seasons {
  years: number[];
  lines: SeasonLine[];
  rows: MonthRow[];
  /** The chart's rows: one field per line. */
  points: SeasonRow[];
}

const yearRange = (years: number[]) => (years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`);

export const seasonsPanel: ChartPanelDefinition<Seasons, MonthRow> = {
  id: 'seasons',
  testId: 'panel-seasons',
  fileId: 'seasons',
  wide: false,
  title: ({ m, measureName }) => m.time.seasonsTitle(measureName),
  subtitle: ({ m, series, unit, metric }) => {
    const years = timeOfSeries(series).seasons.years;
    if (years.length === 0) return m.time.seasonsNoMonths;
    return `${metric === 'value' ? unit : `${m.metric.names[metric]}, ${unit}`}; ${metric === 'price' ? `${m.metric.priceNote}; ` : ''}${m.time.seasonsYears(yearRange(years))}`;
  },
  select: (series, lang) => {
    const { years, months } = timeOfSeries(series).seasons;
    const colours = seasonColours(years.length);
    const lines = years.map((year, i): SeasonLine => ({ key: `y${year}`, label: String(year), colour: colours[i], latest: i === years.length - 1 }));
    const rows = years.length === 0 ? [] : months.map((mo): MonthRow => ({ month: mo.month, label: MESSAGES[lang].time.months[mo.month - 1], values: mo.values }));
    const points = rows.map((r): SeasonRow => ({ label: r.label, ...Object.fromEntries(lines.map((l, i) => [l.key, r.values[i]])) }));
    return { years, lines, rows, points };
  },
  table: ({ years, rows }, { m, lang, metric }) => {
    // As shares over time: millions of USD, tonnes or USD/kg without the unit (the subtitle states it).
    const figure = metric === 'value' ? (v: number) => formatMillions(v, lang) : metricColumn([], metric, lang).cell;
    return {
      rows,
      columns: [{ header: m.month, sortValue: (r: MonthRow) => r.month, cell: (r: MonthRow) => r.label }, ...years.map((year, i) => ({ header: String(year), numeric: true, sortValue: (r: MonthRow) => r.values[i], cell: (r: MonthRow) => (r.values[i] === null ? NO_FIGURE : figure(r.values[i])) }))],
    };
  },
  csv: ({ years, rows }, { m, metric }) => ({
    header: [m.month, ...years.map((year) => `${year}, ${METRIC_CSV_UNIT[metric]}`)],
    rows: rows.map((r) => [r.month, ...r.values.map((v) => (v === null ? '' : metricCsv(v, metric)))]),
  }),
  legend: ({ lines }) => lines.map((l) => ({ label: l.label, colour: l.colour })),
  chart: (seasons, ctx) => <SeasonsView seasons={seasons} ctx={ctx} />,
};

function SeasonsView({ seasons, ctx }: { seasons: Seasons; ctx: PanelContext }) {
  const { lang, m, metric, unit } = ctx;
  if (seasons.years.length === 0) return <p className="py-12 text-center text-sm text-slate-500">{m.time.seasonsNoMonths}</p>;
  return <SeasonsChart rows={seasons.points} lines={seasons.lines} lang={lang} metric={metric} unit={unit} />;
}
