// A one-page A4 briefing of the current view, printed with the browser (Print → PDF):
// the generated paragraph, key figures with the same months a year earlier, partner
// shares and commodity structure. Rendered into its own layer on <body> so that print
// CSS can leave the rest of the app off the paper.

import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { briefingParagraph, capShares, previousPeriod, type BriefingNumberFormat } from '../../core/aggregate/briefing-text';
import { OTHER_KEY, type DashboardSeries, type FlowTotals, type ShareSlice } from '../../core/aggregate/dashboard-series';
import { chapterName } from '../../core/model/commodities';
import { countryName } from '../../core/model/country-names';
import { useI18n } from '../../i18n/i18n-context';
import { formatChange, formatInteger, formatMillions, formatMonthRange, formatShare } from '../../i18n/format';
import type { SeriesView } from '../../lib/series-query';
import './briefing.css';

// UI strings of the briefing (to be moved into the message files).
const TEXT = {
  ru: {
    title: 'Справка о внешней торговле',
    print: 'Печать',
    close: 'Закрыть',
    period: 'Период',
    partners: 'Партнёры',
    keyFigures: 'Основные показатели',
    indicator: 'Показатель',
    change: 'Прирост',
    growth: 'Темп прироста',
    noComparison: 'Данных за те же месяцы годом ранее нет — сравнение не приводится.',
    partner: 'Страна',
    chapter: 'Группа ТН ВЭД',
    share: 'Доля',
    total: 'Всего',
    noData: 'Нет данных',
    demo: 'Демонстрационные данные — не официальная статистика.',
    printed: (date: string) => `Дата печати: ${date}`,
    madeWith: 'Подготовлено в TradeShare; данные обработаны в браузере.',
  },
  en: {
    title: 'Foreign trade briefing',
    print: 'Print',
    close: 'Close',
    period: 'Period',
    partners: 'Partners',
    keyFigures: 'Key figures',
    indicator: 'Indicator',
    change: 'Change',
    growth: 'Growth',
    noComparison: 'No data for the same months a year earlier: no comparison is given.',
    partner: 'Partner',
    chapter: 'HS chapter',
    share: 'Share',
    total: 'Total',
    noData: 'No data',
    demo: 'Demonstration data — not official statistics.',
    printed: (date: string) => `Printed on ${date}`,
    madeWith: 'Prepared with TradeShare; the data were processed in the browser.',
  },
} as const;

const DATE_LOCALE = { ru: 'ru-RU', en: 'en-GB' } as const;
const TOP_ROWS = 8;
const NUMBER_FORMAT: BriefingNumberFormat = { millions: formatMillions, share: formatShare, change: formatChange, integer: formatInteger };

const FIGURES = [
  ['turnover', 'turnoverUsd'],
  ['export', 'exportUsd'],
  ['import', 'importUsd'],
  ['balance', 'balanceUsd'],
] as const;

const buttonClass = 'rounded-md border px-4 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';
const thClass = 'border-b border-slate-400 px-1.5 py-1 font-semibold text-slate-700';
const numClass = 'px-1.5 py-0.5 text-right tabular-nums whitespace-nowrap';

export interface BriefingPageProps {
  series: DashboardSeries;
  view: SeriesView;
  datasetName: string;
  demo: boolean;
  sourceNote: string;
  onClose: () => void;
}

export function BriefingPage({ series, view, datasetName, demo, sourceNote, onClose }: BriefingPageProps) {
  const { lang, m } = useI18n();
  const t = TEXT[lang];
  const titleId = useId();
  const printButton = useRef<HTMLButtonElement>(null);
  const printedAt = usePrintDate();

  const paragraph = useMemo(
    () => briefingParagraph({ series, from: view.from, to: view.to, measure: view.measure, lang, partners: view.partners, format: NUMBER_FORMAT }),
    [series, view, lang],
  );
  const partners = useMemo(() => capShares(series.partnerShares, TOP_ROWS), [series]);
  const chapters = useMemo(() => capShares(series.chapterShares, TOP_ROWS), [series]);

  // Keyboard: focus starts on the print button, Escape closes, focus returns where it was.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    printButton.current?.focus();
    return () => before?.focus();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const periodLabel = formatMonthRange(view.from, view.to, lang);
  const previous = previousPeriod(view.from, view.to);
  const previousLabel = formatMonthRange(previous.from, previous.to, lang);
  const measureName = m.measure[view.measure];
  const selectedPartners = view.partners.map((code) => countryName(code, lang)).join(', ');
  const printedDate = new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(printedAt);

  return createPortal(
    <div
      className="briefing-layer fixed inset-0 z-50 overflow-y-auto bg-slate-300/95 print:static print:overflow-visible print:bg-white"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="briefing"
    >
      <div className="sticky top-0 z-10 flex justify-center gap-2 border-b border-slate-300 bg-white/95 px-4 py-2 shadow-sm print:hidden">
        <button ref={printButton} type="button" className={`${buttonClass} border-slate-800 bg-slate-800 text-white hover:bg-slate-700`} onClick={() => window.print()} data-testid="briefing-print">
          {t.print}
        </button>
        <button type="button" className={`${buttonClass} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`} onClick={onClose} data-testid="briefing-close">
          {t.close}
        </button>
      </div>

      <article
        lang={lang}
        className="briefing-sheet mx-auto my-6 box-border w-[210mm] max-w-full bg-white px-[15mm] py-[12mm] text-[13px] leading-snug text-slate-900 shadow-lg print:m-0 print:w-auto print:max-w-none print:p-0 print:shadow-none"
      >
        <header className="border-b-2 border-slate-800 pb-2">
          <div className="flex items-start justify-between gap-4">
            <h1 id={titleId} className="text-xl font-bold">
              {t.title}
            </h1>
            {demo && <span className="shrink-0 rounded bg-amber-200 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-amber-950">{m.demoBadge}</span>}
          </div>
          <p className="mt-0.5 font-medium">{datasetName}</p>
          <p className="text-slate-700">
            {t.period}: {periodLabel}
            {selectedPartners && (
              <>
                {' · '}
                {t.partners}: {selectedPartners}
              </>
            )}
          </p>
        </header>

        <p className="mt-3" data-testid="briefing-text">
          {paragraph}
        </p>

        <section className="mt-4" aria-labelledby={`${titleId}-figures`}>
          <h2 id={`${titleId}-figures`} className="mb-1 text-sm font-semibold">
            {t.keyFigures}, {m.unitMillionUsd}
          </h2>
          <KeyFigures series={series} periodLabel={periodLabel} previousLabel={previousLabel} />
          {!series.previous && <p className="mt-1 text-xs text-slate-600">{t.noComparison}</p>}
        </section>

        <div className="mt-4 grid grid-cols-2 gap-5">
          <ShareTable
            title={m.partnerSharesTitle(measureName)}
            nameHeader={t.partner}
            slices={partners}
            name={(key) => (key === OTHER_KEY ? m.other : countryName(key, lang))}
          />
          <ShareTable
            title={m.chaptersTitle(measureName)}
            nameHeader={t.chapter}
            slices={chapters}
            name={(key) =>
              key === OTHER_KEY ? (
                m.other
              ) : (
                <>
                  <span className="tabular-nums text-slate-500">{key}</span> {chapterName(key, lang)}
                </>
              )
            }
          />
        </div>

        <footer className="mt-5 space-y-0.5 border-t border-slate-400 pt-2 text-[11px] text-slate-600">
          {sourceNote && <p>{sourceNote}</p>}
          {demo && <p className="font-semibold text-amber-900">{t.demo}</p>}
          <p>
            {t.madeWith} {t.printed(printedDate)}
          </p>
        </footer>
      </article>
    </div>,
    document.body,
  );
}

/** Today's date, refreshed when printing starts (a briefing may stay open overnight). */
function usePrintDate(): Date {
  const [date, setDate] = useState(() => new Date());
  useEffect(() => {
    const refresh = () => setDate(new Date());
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  return date;
}

function KeyFigures({ series, periodLabel, previousLabel }: { series: DashboardSeries; periodLabel: string; previousLabel: string }) {
  const { lang, m } = useI18n();
  const t = TEXT[lang];
  const { current, previous } = series;
  return (
    <table className="w-full border-collapse" data-testid="briefing-figures">
      <thead>
        <tr>
          <th scope="col" className={`${thClass} text-left`}>
            {t.indicator}
          </th>
          <th scope="col" className={`${thClass} text-right`}>
            {periodLabel}
          </th>
          {previous && (
            <>
              <th scope="col" className={`${thClass} text-right`}>
                {previousLabel}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t.change}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t.growth}
              </th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {FIGURES.map(([key, field]) => (
          <tr key={key} className="odd:bg-slate-100">
            <th scope="row" className="px-1.5 py-0.5 text-left font-normal">
              {m.kpi[key]}
            </th>
            <td className={`${numClass} font-semibold`}>{formatMillions(current[field], lang)}</td>
            {previous && (
              <>
                <td className={numClass}>{formatMillions(previous[field], lang)}</td>
                <td className={numClass}>{difference(current, previous, field, lang)}</td>
                <td className={numClass}>{growth(current, previous, field, lang)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Difference in millions with its sign; no sign when it rounds to zero. */
function difference(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals, lang: 'ru' | 'en'): string {
  const diff = current[field] - previous[field];
  const text = formatMillions(Math.abs(diff), lang);
  if (text === formatMillions(0, lang)) return text;
  return `${diff > 0 ? '+' : '\u2212'}${text}`;
}

/** A percentage only where it means something: not for a balance, nor against zero or less. */
function growth(current: FlowTotals, previous: FlowTotals, field: keyof FlowTotals, lang: 'ru' | 'en'): string {
  if (field === 'balanceUsd' || previous[field] <= 0) return '—';
  return formatChange(current[field] / previous[field] - 1, lang);
}

function ShareTable({ title, nameHeader, slices, name }: { title: string; nameHeader: string; slices: ShareSlice[]; name: (key: string) => ReactNode }) {
  const { lang, m } = useI18n();
  const t = TEXT[lang];
  const total = slices.reduce((s, x) => s + x.valueUsd, 0);
  return (
    <section>
      <h2 className="mb-1 text-sm font-semibold">{title}</h2>
      {slices.length === 0 ? (
        <p className="text-slate-600">{t.noData}</p>
      ) : (
        <table className="w-full border-collapse text-[12px]">
          <thead>
            <tr>
              <th scope="col" className={`${thClass} text-left`}>
                {nameHeader}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {m.unitMillionUsd}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {slices.map((s) => (
              <tr key={s.key} className="odd:bg-slate-100">
                <th scope="row" className={`px-1.5 py-0.5 text-left font-normal ${s.key === OTHER_KEY ? 'italic text-slate-700' : ''}`}>
                  {name(s.key)}
                </th>
                <td className={numClass}>{formatMillions(s.valueUsd, lang)}</td>
                <td className={numClass}>{formatShare(s.share, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-400 font-semibold">
              <th scope="row" className="px-1.5 py-0.5 text-left">
                {t.total}
              </th>
              <td className={numClass}>{formatMillions(total, lang)}</td>
              <td className={numClass}>{formatShare(1, lang)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
