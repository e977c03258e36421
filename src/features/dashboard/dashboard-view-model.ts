// Turns computed series into chart props: names in the user's language and a
// stable colour per partner. Pure mapping — no aggregation happens here.

import type { DashboardSeries } from '../../core/aggregate/dashboard-series';
import { countryName } from '../../core/model/country-names';
import { chapterName } from '../../core/model/commodities';
import type { Language } from '../../state/view-state';
import type { Messages } from '../../i18n/messages-en';
import { formatMonth } from '../../i18n/format';
import { chapterColour, partnerColour } from '../../components/charts/partner-colours';
import type { DonutSlice } from '../../components/charts/partner-share-donut';
import type { StackKey } from '../../components/charts/share-over-time-chart';
import type { FlowPoint } from '../../components/charts/flows-over-time-chart';
import type { RankedBar } from '../../components/charts/ranked-bars';

export function partnerLabel(code: string, lang: Language, m: Messages): string {
  return code === 'other' ? m.other : countryName(code, lang);
}

export function donutSlices(series: DashboardSeries, lang: Language, m: Messages): DonutSlice[] {
  return series.partnerShares.map((s) => ({ ...s, label: partnerLabel(s.key, lang, m), colour: partnerColour(s.key) }));
}

export function shareStack(series: DashboardSeries, lang: Language, m: Messages) {
  const keys: StackKey[] = series.partnerKeys.map((k) => ({ key: k, label: partnerLabel(k, lang, m), colour: partnerColour(k) }));
  const rows = series.partnerSharesByYear.map((r) => ({ ...r.values, year: r.year, totalUsd: r.totalUsd }) as { year: number; totalUsd: number } & Record<string, number>);
  return { keys, rows };
}

export function flowPoints(series: DashboardSeries, step: 'year' | 'month', lang: Language): FlowPoint[] {
  if (step === 'month' && series.byMonth.length > 0) return series.byMonth.map((p) => ({ ...p, label: formatMonth(p.month, lang) }));
  return series.byYear.map((p) => ({ ...p, label: String(p.year) }));
}

export function chapterBars(series: DashboardSeries, lang: Language, m: Messages): RankedBar[] {
  return series.chapterShares.map((c, i) => ({
    ...c,
    label: c.key === 'other' ? m.other : `${c.key} ${chapterName(c.key, lang)}`,
    colour: chapterColour(i, c.key),
  }));
}
