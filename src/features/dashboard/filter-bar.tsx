// Period, flow and partner filters. Every change becomes a new URL.

import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { formatMonth, formatMonthRange, partnerLabel } from '../../i18n/format';
import { goodsLabelOf } from '../../i18n/goods-labels';
import { normaliseSearchText } from '../../core/model/nomenclature';
import { useGoodsNames } from '../../lib/nomenclature-loader';
import { GoodsPicker } from './goods-picker';
import { monthKey, parseMonthKey } from '../../core/model/period';
import { isDefaultPeriod, yearWithinData, type DataMonths } from '../../core/model/view-period';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { MEASURES, METRICS, type ViewState } from '../../state/view-state';
import { toggleCode } from './panels/view-model';
import { closeOtherPickers, closePickerOnEscape, PICKER_ATTR } from './picker-details';

interface Props {
  view: ViewState;
  effective: ViewFilter;
  firstMonth: number;
  lastMonth: number;
  /** The months the data has (table summary): the selects list those, not every month between first and last. */
  dataMonths?: DataMonths;
  partners: string[];
  chapters: string[];
  /** Every commodity code of the dataset, for the goods search. */
  codes: readonly string[];
  onChange: (next: ViewState) => void;
}

const selectClass =
  'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-600';

export function FilterBar({ view, effective, firstMonth, lastMonth, dataMonths, partners, chapters, codes, onChange }: Props) {
  const { lang, m } = useI18n();
  const present = dataMonths?.months;
  const months = useMemo(() => {
    const list: string[] = [];
    if (present !== undefined && present.length > 0) for (const i of present) list.push(monthKey(i));
    else for (let i = firstMonth; i <= lastMonth; i++) list.push(monthKey(i));
    // The view's own bounds stay selectable even where the data has a gap (January of a year to date).
    for (const k of [effective.from, effective.to]) if (!list.includes(k)) list.push(k);
    return list.sort();
  }, [firstMonth, lastMonth, present, effective.from, effective.to]);
  const years = useMemo(() => [...new Set(months.map((k) => k.slice(0, 4)))].reverse(), [months]);
  const first = monthKey(firstMonth);
  const last = monthKey(lastMonth);
  const isAll = effective.from === first && effective.to === last;
  const sameYear = effective.from.slice(0, 4) === effective.to.slice(0, 4);
  // A whole year, or the data's last year so far, reads as that year.
  const yearValue = !isAll && sameYear && effective.from.endsWith('-01') && (effective.to.endsWith('-12') || effective.to === last) ? effective.from.slice(0, 4) : '';
  // One collator and one label per partner: localeCompare(…, lang) builds a collator per
  // comparison, which on a new dataset of 200 partners took milliseconds of the switch.
  const sortedPartners = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return partners
      .map((code) => ({ code, label: partnerLabel(code, lang) }))
      .sort((a, b) => collator.compare(a.label, b.label))
      .map((p) => p.code);
  }, [partners, lang]);

  // Comparison bases: the same months 1, 2, … years earlier while the data covers them, and a
  // base from the link that is none of those.
  const { bases, baseValue, defaultBase } = useMemo(() => {
    const fromIndex = parseMonthKey(effective.from)!;
    const toIndex = parseMonthKey(effective.to)!;
    const list: { value: string; label: string }[] = [];
    for (let k = 1; fromIndex - 12 * k >= firstMonth; k++) {
      const value = `${monthKey(fromIndex - 12 * k)}..${monthKey(toIndex - 12 * k)}`;
      const period = formatMonthRange(monthKey(fromIndex - 12 * k), monthKey(toIndex - 12 * k), lang);
      list.push({ value, label: k === 1 ? m.change.basePreviousYear(period) : m.change.baseYearsBack(period, k) });
    }
    const previous = `${monthKey(fromIndex - 12)}..${monthKey(toIndex - 12)}`;
    if (list.length === 0) list.push({ value: previous, label: m.change.basePreviousYear(formatMonthRange(monthKey(fromIndex - 12), monthKey(toIndex - 12), lang)) });
    const chosen = effective.base ? `${effective.base.from}..${effective.base.to}` : previous;
    if (!list.some((b) => b.value === chosen) && effective.base) list.push({ value: chosen, label: formatMonthRange(effective.base.from, effective.base.to, lang) });
    return { bases: list, baseValue: chosen, defaultBase: previous };
  }, [effective.from, effective.to, effective.base, firstMonth, lang, m]);

  // The default period (latest year to date) is written as nothing, keeping links short.
  const setRange = (from: string, to: string) => {
    const isDefault = isDefaultPeriod({ from, to }, firstMonth, lastMonth, dataMonths);
    onChange({ ...view, from: isDefault ? null : from, to: isDefault || to === last ? null : to });
  };
  const setYear = (year: number) => {
    const { from, to } = yearWithinData(year, firstMonth, lastMonth);
    setRange(from, to);
  };
  const togglePartner = (code: string) => onChange({ ...view, partners: toggleCode(view.partners, code) });
  const toggleGoods = (code: string) => onChange({ ...view, goods: toggleCode(view.goods, code) });
  const { nameOf } = useGoodsNames(view.goods);
  // A removed chip's place: once the chips redraw, the focus goes to the chip now there (the next
  // one), else the partner picker — never back to <body>.
  const bar = useRef<HTMLDivElement>(null);
  const removedChip = useRef<number | null>(null);
  useEffect(() => {
    const at = removedChip.current;
    if (at === null || !bar.current) return;
    removedChip.current = null;
    const chips = bar.current.querySelectorAll<HTMLElement>('[data-testid=filter-chips] button');
    const target = chips[at] ?? bar.current.querySelector<HTMLElement>(`details[${PICKER_ATTR}] summary`);
    target?.focus();
  }, [view.partners, view.goods]);

  return (
    <div ref={bar} className="flex flex-wrap items-end gap-x-5 gap-y-3" role="group" aria-label={m.filters}>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs text-slate-600">
          {m.periodFrom}
          <select className={selectClass} value={effective.from} onChange={(e) => setRange(e.target.value, e.target.value > effective.to ? e.target.value : effective.to)} data-testid="period-from">
            {months.map((k) => (
              <option key={k} value={k}>
                {formatMonth(k, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {m.periodTo}
          <select className={selectClass} value={effective.to} onChange={(e) => setRange(e.target.value < effective.from ? e.target.value : effective.from, e.target.value)} data-testid="period-to">
            {months.map((k) => (
              <option key={k} value={k}>
                {formatMonth(k, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          <span className="sr-only">{m.year}</span>
          <select
            className={selectClass}
            aria-label={m.year}
            value={isAll ? 'all' : yearValue}
            onChange={(e) => {
              const y = e.target.value;
              if (y === 'all') setRange(first, last);
              else if (y) setYear(Number(y));
            }}
            data-testid="period-year"
          >
            <option value="all">{m.periodAll}</option>
            {!isAll && yearValue === '' && <option value="">{formatMonthRange(effective.from, effective.to, lang)}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {m.change.baseLabel}
          <select
            className={selectClass}
            value={baseValue}
            onChange={(e) => {
              const [from, to] = e.target.value.split('..');
              // The same months a year earlier is the default: written as nothing.
              onChange({ ...view, vs: e.target.value === defaultBase ? null : { from, to } });
            }}
            data-testid="compare-base"
          >
            {bases.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="flex flex-col gap-1 text-xs text-slate-600">
        <span id="measure-label">{m.measureLabel}</span>
        <SegmentedControl label={m.measureLabel} value={view.measure} options={MEASURES.map((v) => ({ value: v, label: m.measure[v] }))} onChange={(measure) => onChange({ ...view, measure })} />
      </div>

      <div className="flex flex-col gap-1 text-xs text-slate-600">
        <span>{m.metric.label}</span>
        <SegmentedControl label={m.metric.label} value={view.metric} options={METRICS.map((v) => ({ value: v, label: m.metric.names[v] }))} onChange={(metric) => onChange({ ...view, metric })} />
      </div>

      <CheckboxPicker
        label={m.partnersLabel}
        summary={view.partners.length === 0 ? m.partnersAll : m.partnersSelected(view.partners.length)}
        options={sortedPartners.map((code) => [code, partnerLabel(code, lang)])}
        selected={view.partners}
        onToggle={togglePartner}
        searchLabel={m.partnerSearch}
        searchTestId="partner-search"
      />
      {chapters.length > 0 && <GoodsPicker view={view} chapters={chapters} codes={codes} onChange={onChange} />}

      {(view.partners.length > 0 || view.goods.length > 0) && (
        <ul className="flex flex-wrap gap-1" aria-label={m.filters} data-testid="filter-chips">
          {[...view.partners.map((code) => [code, partnerLabel(code, lang), () => togglePartner(code)] as const), ...view.goods.map((code) => [code, goodsLabelOf(code, lang, m, nameOf).label, () => toggleGoods(code)] as const)].map(([code, label, remove], i) => (
            <li key={code}>
              <button
                type="button"
                onClick={() => {
                  removedChip.current = i;
                  remove();
                }}
                aria-label={m.removeFilter(label)}
                className="inline-flex items-center gap-1 rounded-full bg-blue-100 px-2.5 py-1 text-xs text-blue-900 hover:bg-blue-200 focus-visible:outline-2 focus-visible:outline-blue-600"
              >
                {/* The × is drawn by CSS: as text it would be part of the chip's visible label but not of its name. */}
                {label} <span aria-hidden className="after:content-['×']" />
              </button>
            </li>
          ))}
        </ul>
      )}

      {(view.from !== null || view.to !== null || view.partners.length > 0 || view.goods.length > 0 || view.measure !== 'turnover') && (
        <button type="button" className="text-sm text-blue-700 underline hover:text-blue-900" onClick={() => onChange({ ...view, from: null, to: null, partners: [], goods: [], measure: 'turnover' })}>
          {m.resetFilters}
        </button>
      )}
    </div>
  );
}

/** A dropdown list of checkboxes (partners) with a search by name: keyboard-operable, no custom widget. */
function CheckboxPicker({ label, summary, options, selected, onToggle, searchLabel, searchTestId }: { label: string; summary: string; options: [string, string][]; selected: string[]; onToggle: (code: string) => void; searchLabel: string; searchTestId: string }) {
  // The list (up to ~250 countries) is only built while it is open: a closed picker costs
  // nothing when a new dataset or filter redraws the page.
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const words = normaliseSearchText(query).split(' ').filter(Boolean);
  const shown = words.length === 0 ? options : options.filter(([code, text]) => words.every((w) => normaliseSearchText(`${code} ${text}`).includes(w)));
  return (
    <details
      className="relative text-sm"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        closeOtherPickers(e);
      }}
      onKeyDown={closePickerOnEscape}
      {...{ [PICKER_ATTR]: '' }}
    >
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600">
        {label}: {summary} ▾
      </summary>
      <div className="absolute z-20 mt-1 max-h-80 w-64 overflow-auto rounded-md border border-slate-300 bg-white p-2 shadow-lg">
        {open && (
          <>
            <label className="mb-1 block text-xs text-slate-600">
              {searchLabel}
              <input type="search" className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-blue-600" value={query} onChange={(e) => setQuery(e.target.value)} data-testid={searchTestId} />
            </label>
            <fieldset>
              <legend className="sr-only">{label}</legend>
              {shown.map(([code, text]) => (
                <label key={code} className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-50">
                  <input type="checkbox" checked={selected.includes(code)} onChange={() => onToggle(code)} />
                  {text}
                </label>
              ))}
            </fieldset>
          </>
        )}
      </div>
    </details>
  );
}
