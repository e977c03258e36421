// Draws a dashboard from ready series — live, from a snapshot link, or one
// chart alone for an iframe. Nothing here computes figures.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DashboardSeries } from '../../core/aggregate/dashboard-series';
import { useI18n } from '../../i18n/i18n-context';
import { formatMillions, formatMonth, formatMonthRange, formatShare } from '../../i18n/format';
import { Panel, type PanelExports } from '../../components/ui/panel';
import { SegmentedControl } from '../../components/ui/segmented-control';
import { DataTable } from '../../components/ui/data-table';
import { PartnerShareDonut } from '../../components/charts/partner-share-donut';
import { ShareOverTimeChart } from '../../components/charts/share-over-time-chart';
import { FlowsOverTimeChart, type FlowPoint } from '../../components/charts/flows-over-time-chart';
import { RankedBars } from '../../components/charts/ranked-bars';
import type { SeriesView } from '../../lib/series-query';
import type { ChartId, ViewState } from '../../state/view-state';
import { KpiCards } from './kpi-cards';
import { chapterBars, donutSlices, flowPoints, partnerLabel, shareStack } from './dashboard-view-model';
import { chapterName } from '../../core/model/commodities';

export interface DashboardViewProps {
  view: ViewState;
  onChange: (next: ViewState) => void;
  series: DashboardSeries;
  effective: SeriesView;
  /** Source line drawn into downloaded images. */
  source: string;
  /** The date of the figures: today for live data, the creation date for a snapshot. */
  date: string;
  /** Filters above the charts (absent for snapshots and embeds). */
  filters?: ReactNode;
  /** Notices and the share toolbar, above the figures. */
  header?: ReactNode;
  /** Snapshot: the charts cannot filter. */
  readOnly?: boolean;
  /** One chart alone. */
  only?: ChartId | null;
  /** False while the previous view's numbers are still shown. */
  ready?: boolean;
}

export function DashboardView({ view, onChange, series: s, effective, source, date, filters, header, readOnly = false, only = null, ready = true }: DashboardViewProps) {
  const { lang, m } = useI18n();
  // When a dataset is first shown the four charts take its figures one at a time, a frame
  // apart; within a dataset all redraw at once (see useStaggeredSeries).
  const [sPartners, sShares, sFlows, sGoods] = useStaggeredSeries(s, view.dataset, CHARTS);
  const allDrawn = sPartners === s && sShares === s && sFlows === s && sGoods === s;
  const slices = useMemo(() => sPartners && donutSlices(sPartners, lang, m), [sPartners, lang, m]);
  const stack = useMemo(() => sShares && shareStack(sShares, lang, m), [sShares, lang, m]);
  const points = useMemo(() => sFlows && flowPoints(sFlows, view.step, lang), [sFlows, view.step, lang]);
  const chapters = useMemo(() => sGoods && chapterBars(sGoods, lang, m), [sGoods, lang, m]);
  const flowNames = useMemo(() => ({ exportUsd: m.exportSeries, importUsd: m.importSeries, balanceUsd: m.balanceSeries }), [m]);

  const measureName = m.measure[effective.measure];
  const periodLabel = formatMonthRange(effective.from, effective.to, lang);
  const unit = m.unitMillionUsd;
  const millions = (v: number) => formatMillions(v, lang);
  const filtersLine = m.share.filtersLine(
    periodLabel,
    measureName,
    effective.partners.length ? effective.partners.map((p) => partnerLabel(p, lang, m)).join(', ') : m.share.all,
    effective.chapters.length ? effective.chapters.map((c) => `${c} ${chapterName(c, lang)}`).join(', ') : m.share.all,
  );
  const exportsFor = (id: string, title: string, csv: PanelExports['csv'], legend?: PanelExports['image']['legend']): PanelExports => ({
    fileName: `tradeshare-${id}-${effective.from}-${effective.to}`,
    image: { title, filters: filtersLine, source: `${m.share.source}: ${source}`, date, legend },
    csv,
  });
  // Props that keep their identity from render to render, so a memoised chart whose figures
  // have not changed (one still waiting for its frame, see useStaggeredSeries) is skipped.
  const latestView = useRef(view);
  useLayoutEffect(() => {
    latestView.current = view;
  });
  const togglePartner = useCallback((code: string) => onChange({ ...latestView.current, partners: toggle(latestView.current.partners, code) }), [onChange]);
  const toggleChapter = useCallback((code: string) => onChange({ ...latestView.current, chapters: toggle(latestView.current.chapters, code) }), [onChange]);
  const [fromYear, toYear] = [+effective.from.slice(0, 4), +effective.to.slice(0, 4)];
  const yearHighlight = useMemo((): [number, number] => [fromYear, toYear], [fromYear, toYear]);
  const monthlyFlows = view.step === 'month' && (sFlows ?? s).byMonth.length > 0;
  const flowHighlight = useMemo(
    (): [string, string] => (monthlyFlows ? [formatMonth(effective.from, lang), formatMonth(effective.to, lang)] : [effective.from.slice(0, 4), effective.to.slice(0, 4)]),
    [monthlyFlows, effective.from, effective.to, lang],
  );
  const show = (id: ChartId) => only === null || only === id;
  // A chart not mounted yet keeps its place, so the page does not jump.
  const placeholder = (id: ChartId) => <div key={id} className={`h-96 rounded-lg border border-slate-200 bg-white ${id === 'flows' || id === 'goods' ? 'lg:col-span-2' : ''}`} aria-hidden />;

  const partnersTitle = m.partnerSharesTitle(measureName);
  const partnersPanel = slices && (
    <Panel
      testId="panel-partner-shares"
      title={partnersTitle}
      subtitle={`${periodLabel}; ${m.shareOfTotal}, %; ${unit}`}
      exports={exportsFor(
        'partners',
        partnersTitle,
        () => ({ header: [m.partner, `${m.value}, USD`, m.shareOfTotal], rows: slices.map((r) => [r.label, Math.round(r.valueUsd), Number(r.share.toFixed(6))]) }),
        slices.map((r) => ({ label: r.label, colour: r.colour, value: formatShare(r.share, lang) })),
      )}
      chart={
        <PartnerShareDonut
          slices={slices}
          lang={lang}
          centreCaption={measureName}
          selected={view.partners}
          toggleLabel={m.removeFilter}
          onToggle={readOnly ? undefined : togglePartner}
        />
      }
      table={
        <DataTable
          caption={partnersTitle}
          rows={slices}
          columns={[
            { header: m.partner, cell: (r) => r.label },
            { header: `${m.value}, ${unit}`, numeric: true, cell: (r) => millions(r.valueUsd) },
            { header: `${m.shareOfTotal}, %`, numeric: true, cell: (r) => formatShare(r.share, lang) },
          ]}
        />
      }
    />
  );

  const sharesPanel = stack && (
    <Panel
      testId="panel-shares-over-time"
      title={m.partnerSharesOverTimeTitle}
      subtitle={`${measureName}, ${view.shareMode === 'share' ? '%' : unit}; ${m.highlightedPeriod(periodLabel)}`}
      exports={exportsFor(
        'partners-by-year',
        m.partnerSharesOverTimeTitle,
        () => ({ header: [m.year, ...stack.keys.map((k) => k.label)], rows: stack.rows.map((r) => [r.year, ...stack.keys.map((k) => Math.round(r[k.key] ?? 0))]) }),
      )}
      actions={
        <SegmentedControl
          size="sm"
          label={m.partnerSharesOverTimeTitle}
          value={view.shareMode}
          options={[
            { value: 'share', label: m.shareModeShare },
            { value: 'absolute', label: m.shareModeAbsolute },
          ]}
          onChange={(shareMode) => onChange({ ...view, shareMode })}
        />
      }
      chart={<ShareOverTimeChart rows={stack.rows} keys={stack.keys} mode={view.shareMode} lang={lang} unit={unit} highlight={yearHighlight} />}
      table={
        <DataTable
          caption={m.partnerSharesOverTimeTitle}
          rows={stack.rows}
          columns={[
            { header: m.year, cell: (r) => String(r.year) },
            ...stack.keys.map((k) => ({
              header: k.label,
              numeric: true,
              cell: (r: (typeof stack.rows)[number]) => (view.shareMode === 'share' ? formatShare((r[k.key] ?? 0) / r.totalUsd, lang) : millions(r[k.key] ?? 0)),
            })),
          ]}
        />
      }
    />
  );

  const flowsPanel = sFlows && points && (
    <Panel
      className={only ? '' : 'lg:col-span-2'}
      testId="panel-flows-over-time"
      title={m.flowsOverTimeTitle}
      subtitle={`${unit}; ${m.highlightedPeriod(periodLabel)}`}
      exports={exportsFor('flows', m.flowsOverTimeTitle, () => ({
        header: [monthlyFlows ? m.month : m.year, `${m.exportSeries}, USD`, `${m.importSeries}, USD`, `${m.balanceSeries}, USD`],
        rows: (monthlyFlows ? sFlows.byMonth.map((p) => [p.month, p.exportUsd, p.importUsd, p.balanceUsd]) : sFlows.byYear.map((p) => [p.year, p.exportUsd, p.importUsd, p.balanceUsd])).map((r) =>
          r.map((v, i) => (i === 0 ? v : Math.round(v as number))),
        ),
      }))}
      actions={
        <SegmentedControl
          size="sm"
          label={m.flowsOverTimeTitle}
          value={view.step}
          options={[{ value: 'year', label: m.stepYear }, ...(s.byMonth.length > 0 ? [{ value: 'month' as const, label: m.stepMonth }] : [])]}
          onChange={(step) => onChange({ ...view, step })}
        />
      }
      chart={
        <FlowsOverTimeChart
          points={points}
          asLines={monthlyFlows}
          lang={lang}
          unit={unit}
          names={flowNames}
          highlight={flowHighlight}
        />
      }
      table={
        <DataTable<FlowPoint>
          caption={m.flowsOverTimeTitle}
          rows={points}
          columns={[
            { header: monthlyFlows ? m.month : m.year, cell: (r) => r.label },
            { header: `${m.exportSeries}, ${unit}`, numeric: true, cell: (r) => millions(r.exportUsd) },
            { header: `${m.importSeries}, ${unit}`, numeric: true, cell: (r) => millions(r.importUsd) },
            { header: `${m.balanceSeries}, ${unit}`, numeric: true, cell: (r) => millions(r.balanceUsd) },
          ]}
        />
      }
    />
  );

  const goodsTitle = m.chaptersTitle(measureName);
  const goodsPanel = chapters && (
    <Panel
      className={only ? '' : 'lg:col-span-2'}
      testId="panel-chapters"
      title={goodsTitle}
      subtitle={`${periodLabel}, ${unit}`}
      exports={exportsFor('goods', goodsTitle, () => ({ header: [m.chapter, `${m.value}, USD`, m.shareOfTotal], rows: chapters.map((r) => [r.label, Math.round(r.valueUsd), Number(r.share.toFixed(6))]) }))}
      chart={<RankedBars bars={chapters} lang={lang} onToggle={readOnly ? undefined : toggleChapter} />}
      table={
        <DataTable
          caption={goodsTitle}
          rows={chapters}
          columns={[
            { header: m.chapter, cell: (r) => r.label },
            { header: `${m.value}, ${unit}`, numeric: true, cell: (r) => millions(r.valueUsd) },
            { header: `${m.shareOfTotal}, %`, numeric: true, cell: (r) => formatShare(r.share, lang) },
          ]}
        />
      }
    />
  );

  return (
    <div className="space-y-4" data-testid="dashboard">
      {header}
      {filters}
      {only === null && (
        <p className="text-sm text-slate-600" data-testid="period-label">
          {periodLabel} · {m.partnerCount(s.partnerCount)}
        </p>
      )}
      {show('kpi') && <KpiCards series={s} effective={effective} />}
      {s.current.turnoverUsd === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">{m.noData}</p>
      ) : (
        <div className={only ? 'grid gap-4' : 'grid gap-4 lg:grid-cols-2'}>
          {show('partners') && (partnersPanel ?? placeholder('partners'))}
          {show('shares') && (sharesPanel ?? placeholder('shares'))}
          {show('flows') && (flowsPanel ?? placeholder('flows'))}
          {show('goods') && (goodsPanel ?? placeholder('goods'))}
        </div>
      )}
      {/* Rendered once real numbers are on screen: tests and the screenshot script wait for it. */}
      {ready && allDrawn && (
        <span className="sr-only" data-testid="dashboard-ready" data-period={`${effective.from}..${effective.to}`}>
          {formatMonth(effective.from, lang)} – {formatMonth(effective.to, lang)}
        </span>
      )}
    </div>
  );
}

/** Partner shares, shares over time, flows, goods. */
const CHARTS = 4;

const toggle = (list: string[], code: string) => (list.includes(code) ? list.filter((p) => p !== code) : [...list, code].sort());

interface Slot {
  dataset: string;
  series: DashboardSeries;
}

/**
 * The series each of the `count` charts draws. Recharts renders a chart twice (on mount or
 * new data, then again from its own store in the next animation frame): on a 2-core office
 * PC a chart on a new dataset is a 20–60 ms task, and the four with the page around them
 * were one task of 100–350 ms. So when a dataset is first shown — on load or right after an
 * import — the page (filters, key figures) takes it at once and the charts follow one at a
 * time, each a frame after the one before (a chart not drawn yet is `null`; one still
 * showing the previous dataset keeps those figures for those frames). Within a dataset
 * every drawn chart takes new figures at once: a filter click redraws everything in one
 * go, sooner than one chart a frame would (measured: see README «Performance»).
 */
function useStaggeredSeries(series: DashboardSeries, dataset: string, count: number): (DashboardSeries | null)[] {
  const [slots, setSlots] = useState<(Slot | null)[]>(() => Array.from({ length: count }, () => null));
  const latest = useRef<Slot>({ dataset, series });
  const shown = slots.map((slot) => (slot === null ? null : slot.dataset === dataset ? series : slot.series));
  const next = slots.findIndex((slot) => slot === null || slot.dataset !== dataset);
  useEffect(() => {
    latest.current = { dataset, series };
  });
  useEffect(() => {
    if (next < 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame (where the chart drawn last finishes its second render), in a task of its own.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setSlots((prev) => prev.map((slot, i) => (i === next ? latest.current : slot))), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [next, dataset]);
  return shown;
}
