// Draws a dashboard from ready series — live, from a snapshot link, or one
// chart alone for an iframe. Nothing here computes figures: the panels come from
// the registry (panels/chart-panels.ts) and are laid out in its order.

import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { DashboardSeries } from '../../core/aggregate/dashboard-series';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { useI18n } from '../../i18n/i18n-context';
import { formatInteger, formatMonth, formatMonthRange, partnerLabel } from '../../i18n/format';
import type { ChartId, ViewState } from '../../state/view-state';
import { toggleCode } from './panels/view-model';
import { CHART_PANELS, FIGURE_BLOCKS } from './panels/chart-panels';
import { ChartPanelView, FigureBlockView } from './panels/chart-panel-view';
import { useDeferredPanels } from './deferred-panels';
import { markDashboardDrawn } from '../../lib/dashboard-drawn';
import type { PanelContext } from './panels/panel-definition';
import { reporterHeading } from './reporter-heading';
import { goodsLabelOf } from '../../i18n/goods-labels';
import { goodsAncestors } from '../../core/model/nomenclature';
import { useGoodsNames } from '../../lib/nomenclature-loader';
import { formatMetric } from '../../i18n/metric-format';

export interface DashboardViewProps {
  view: ViewState;
  onChange: (next: ViewState) => void;
  series: DashboardSeries;
  effective: ViewFilter;
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
  // When a dataset is first shown the charts take its figures one at a time, a frame
  // apart; within a dataset all redraw at once (see useStaggeredSeries).
  const drawn = useStaggeredSeries(s, view.dataset, CHART_PANELS.length);
  const allDrawn = drawn.every((d) => d === s);
  // An upload's save waits for this (charts first, then the save: lib/dashboard-drawn.ts).
  const chartsDrawn = ready && allDrawn && !readOnly;
  useEffect(() => {
    if (chartsDrawn) markDashboardDrawn(view.dataset);
  }, [chartsDrawn, view.dataset, s]);

  const metric = effective.metric ?? 'value';
  // Names of the goods on screen (chart keys, the goods chosen): loaded per chapter, on first use.
  const goodsCodes = useMemo(() => [...new Set([...s.goodsShares.map((g) => g.key), ...effective.goods.flatMap((g) => [g, ...goodsAncestors(g)])])], [s.goodsShares, effective.goods]);
  const { nameOf } = useGoodsNames(goodsCodes);
  const goodsLabel = useCallback((code: string) => goodsLabelOf(code, lang, m, nameOf), [lang, m, nameOf]);
  const formatValue = useCallback((amount: number) => formatMetric(amount, metric, lang), [metric, lang]);
  const measureName = m.measure[effective.measure];
  const periodLabel = formatMonthRange(effective.from, effective.to, lang);
  const filtersLine = m.share.filtersLine(
    periodLabel,
    measureName,
    effective.partners.length ? effective.partners.map((p) => partnerLabel(p, lang)).join(', ') : m.share.all,
    effective.goods.length ? effective.goods.map((c) => goodsLabel(c).label).join(', ') : m.share.all,
  ) + (metric === 'value' ? '' : ` · ${m.metric.names[metric]}`);
  // A dataset with several reporters: the heading and every image name the one(s) shown.
  const reporters = reporterHeading(effective, lang, m.reporters.allHeading);
  const reporterLine = reporters === null ? null : effective.allReporters ? reporters : m.reporters.filtersPrefix(reporters);
  const image = { filters: reporterLine ? `${reporterLine} · ${filtersLine}` : filtersLine, source: `${m.share.source}: ${source}`, date };
  // Callbacks that keep their identity from render to render, so a memoised chart whose figures
  // have not changed (one still waiting for its frame, see useStaggeredSeries) is skipped.
  const latestView = useRef(view);
  useLayoutEffect(() => {
    latestView.current = view;
  });
  const togglePartner = useCallback((code: string) => onChange({ ...latestView.current, partners: toggleCode(latestView.current.partners, code) }), [onChange]);
  const drillGoods = useCallback((codes: string[]) => onChange({ ...latestView.current, goods: [...codes].sort() }), [onChange]);
  const ctx: PanelContext = {
    lang,
    m,
    view,
    filter: effective,
    series: s,
    measureName,
    periodLabel,
    unit: metric === 'value' ? m.unitMillionUsd : m.metric.units[metric],
    metric,
    formatValue,
    goodsLabel,
    onChange,
    togglePartner: readOnly ? undefined : togglePartner,
    drillGoods: readOnly ? undefined : drillGoods,
  };
  const show = (id: ChartId) => only === null || only === id;
  // Within a dataset, a view change redraws the panels in view at once; those out of view
  // follow one per idle moment, or at once when scrolled to (useDeferredPanels).
  const viewKey = ready ? `${seriesKey(s)}|${lang}|${readOnly}|${JSON.stringify(view)}` : 'pending';
  const deferred = useDeferredPanels(
    viewKey,
    CHART_PANELS.filter((panel, i) => show(panel.id) && drawn[i] === s).map((panel) => panel.id),
    only === null && ready,
  );

  return (
    <div className="space-y-4" data-testid="dashboard" data-view={ready ? deferred.key : 'pending'}>
      {header}
      {filters}
      {only === null && reporters !== null && (
        <h2 className="text-lg font-semibold text-slate-900" data-testid="reporter-heading">
          {reporters}
        </h2>
      )}
      {only === null && (
        <p className="text-sm text-slate-600" data-testid="period-label">
          {periodLabel} · {m.partnerCount(s.partnerCount, formatInteger(s.partnerCount, lang))}
        </p>
      )}
      {FIGURE_BLOCKS.map((block) => show(block.id) && <FigureBlockView key={block.id} block={block} ctx={ctx} />)}
      {s.current.turnover === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-600">{m.noData}</p>
      ) : (
        <div className={only ? 'grid gap-4' : 'grid gap-4 lg:grid-cols-2'}>
          {CHART_PANELS.map((panel, i) => {
            if (!show(panel.id)) return null;
            const series = drawn[i];
            // A chart not mounted yet keeps its place, so the page does not jump.
            if (!series) return <div key={panel.id} className={`h-96 rounded-lg border border-slate-200 bg-white ${panel.wide ? 'lg:col-span-2' : ''}`} aria-hidden />;
            const stale = deferred.stale.has(panel.id);
            // `display: contents`: the panel stays the grid's item. A panel waiting for its turn
            // (out of view) keeps its previous drawing, hidden — it shows no figures of another view.
            return (
              <div key={panel.id} ref={deferred.observe} className="contents" style={stale ? HIDDEN : undefined} data-panel-slot={panel.id} data-view={stale ? 'stale' : deferred.key} aria-busy={stale || undefined}>
                <MemoPanelView panel={panel} series={series} ctx={ctx} alone={only !== null} image={image} frozen={deferred.frozen.has(panel.id)} />
              </div>
            );
          })}
        </div>
      )}
      {/* Rendered once real numbers are on screen in every panel, out of view too: tests and the screenshot script wait for it. */}
      {ready && allDrawn && deferred.stale.size === 0 && (
        <span className="sr-only" data-testid="dashboard-ready" data-period={`${effective.from}..${effective.to}`}>
          {formatMonth(effective.from, lang)} – {formatMonth(effective.to, lang)}
        </span>
      )}
    </div>
  );
}

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

const HIDDEN: CSSProperties = { visibility: 'hidden' };

/** A number per series object: the same figures keep their key, new ones get a new one. */
const seriesKeys = new WeakMap<DashboardSeries, number>();
let lastSeriesKey = 0;
function seriesKey(s: DashboardSeries): number {
  let key = seriesKeys.get(s);
  if (key === undefined) seriesKeys.set(s, (key = ++lastSeriesKey));
  return key;
}

type PanelViewProps = Parameters<typeof ChartPanelView>[0] & { frozen: boolean };

/** A panel out of view keeps what it drew while `frozen` (its props are not even compared). */
const MemoPanelView = memo(
  function MemoPanelView({ frozen: _frozen, ...props }: PanelViewProps) {
    void _frozen;
    return <ChartPanelView {...props} />;
  },
  (before, after) => after.frozen || (before.panel === after.panel && before.series === after.series && before.ctx === after.ctx && before.alone === after.alone && before.image === after.image),
);
