// A one-page A4 briefing of the current view, printed with the browser (Print → PDF):
// the generated paragraph, key figures with the same months a year earlier, partner
// shares and commodity structure. Rendered into its own layer on <body> so that print
// CSS can leave the rest of the app off the paper (docs/architecture.md, Sharing).
//
// This file is the page shell: the layer, the print and close buttons, keyboard focus, the
// header and the footer. The numbers come from briefing-figures.ts, the tables from
// briefing-tables.tsx, the strings from briefing-strings.ts.

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { OTHER_KEY, type DashboardSeries } from '../../core/aggregate/dashboard-series';
import { useGoodsNames } from '../../lib/nomenclature-loader';
import { goodsLabelOf } from '../../i18n/goods-labels';
import { useI18n } from '../../i18n/i18n-context';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { formatLongDate, formatPeriodLabels, formatShare, formatUsd, partnerLabel } from '../../i18n/format';
import { briefingParagraphOf, keyFiguresColumn, metricLine, reporterLine, selectedPartnerNames, topShares } from './briefing-figures';
import { BRIEFING_TEXT as TEXT } from './briefing-strings';
import { KeyFigures, ShareTable } from './briefing-tables';
import { BriefingFlowBars, BriefingShareBars } from './briefing-charts';
import './briefing.css';

const buttonClass = 'rounded-md border px-4 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

export interface BriefingPageProps {
  series: DashboardSeries;
  view: ViewFilter;
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
  const sheet = useFitToPage();

  const metric = series.metric ?? 'value';
  const partners = useMemo(() => topShares(series.partnerShares, series.metric ?? 'value'), [series]);
  const chapters = useMemo(() => topShares(series.goodsShares, series.metric ?? 'value'), [series]);
  const { nameOf } = useGoodsNames(useMemo(() => series.goodsShares.map((g) => g.key), [series]));
  const goodsName = (key: string) => goodsLabelOf(key, lang, m, nameOf);

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

  const paragraph = briefingParagraphOf(series, view, lang, (key) => goodsName(key).label);
  const { period: periodLabel, previous: previousLabel } = formatPeriodLabels(view, lang);
  const measureName = m.measure[view.measure];
  const selectedPartners = selectedPartnerNames(view, lang);
  const reporters = reporterLine(view, lang);
  const printedDate = formatLongDate(printedAt, lang);
  // Tonnes and prices: say which, and how much of the value they leave out (rows without a weight).
  const metricHeader = metricLine(metric, m.metric);
  const { valueUsd, unweighedUsd } = series.weightCoverage ?? { valueUsd: 0, unweighedUsd: 0 };
  const coverage = metric !== 'value' && unweighedUsd > 0 && valueUsd > 0 ? m.metric.unweighed(formatShare(unweighedUsd / valueUsd, lang), formatUsd(unweighedUsd, lang)) : null;
  const shareNote = metric === 'price' ? m.metric.priceNote : undefined;

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
        ref={sheet}
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
          {reporters && (
            <p className="font-semibold" data-testid="briefing-reporters">
              {reporters}
            </p>
          )}
          {metricHeader && (
            <p className="font-semibold" data-testid="briefing-metric">
              {metricHeader}
            </p>
          )}
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
            {t.keyFigures}, {keyFiguresColumn(series, lang).unit}
          </h2>
          <KeyFigures series={series} periodLabel={periodLabel} previousLabel={previousLabel} />
          {!series.previous && <p className="mt-1 text-xs text-slate-600">{t.noComparison}</p>}
          {coverage && (
            <p className="mt-1 text-xs text-slate-600" data-testid="briefing-weight-coverage">
              {coverage}
            </p>
          )}
        </section>

        <div className="mt-4 grid grid-cols-2 gap-5">
          <ShareTable
            title={metric === 'price' ? `${m.metric.names.price}: ${measureName.toLowerCase()}` : m.partnerSharesTitle(measureName)}
            nameHeader={t.partner}
            slices={partners}
            metric={metric}
            note={shareNote}
            name={(key) => partnerLabel(key, lang)}
          />
          <ShareTable
            title={m.goods.title(measureName, m.goods.levels[series.goodsLevel])}
            nameHeader={t.chapter}
            slices={chapters}
            metric={metric}
            note={shareNote}
            name={(key) =>
              key === OTHER_KEY ? (
                m.other
              ) : (
                <>
                  <span className="tabular-nums text-slate-600">{goodsName(key).display}</span> {goodsName(key).short}
                </>
              )
            }
          />
        </div>

        {/* Two charts as plain SVG: they print sharply (issue 13). */}
        <div className="mt-3 grid grid-cols-2 gap-5 break-inside-avoid">
          <BriefingShareBars slices={partners} lang={lang} title={m.partnerSharesTitle(measureName)} />
          <BriefingFlowBars series={series} lang={lang} title={m.flowsOverTimeTitle} exportLabel={m.exportSeries} importLabel={m.importSeries} />
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

/** Printable height of an A4 page inside the 15 mm margins of briefing.css, in CSS px. */
const PAGE_HEIGHT_PX = ((297 - 2 * 15) / 25.4) * 96;
/** The sheet's vertical padding on screen (py-[12mm]), which print removes. */
const SHEET_PADDING_PX = ((2 * 12) / 25.4) * 96;

/**
 * Keeps `--print-fit` on the sheet: the zoom that fits its content on one A4 page (1 when it
 * fits). On screen the sheet's content is as wide as the printed page's (180 mm), so its height
 * there is its height on paper; briefing.css applies the zoom in print only.
 */
function useFitToPage() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const content = el.scrollHeight - SHEET_PADDING_PX;
      el.style.setProperty('--print-fit', String(content > PAGE_HEIGHT_PX ? Math.floor((PAGE_HEIGHT_PX / content) * 1000) / 1000 : 1));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
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
