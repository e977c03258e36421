// Links from others are untrusted input: what we could not read is said, then ignored.

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n-context';
import { formatMonthRange } from '../i18n/format';
import { datasetQueryOptions } from '../lib/dataset-query';
import { periodOutsideData, resolvePeriod } from '../core/model/view-period';
import type { InvalidParam } from '../state/url-codec';
import type { ViewState } from '../state/view-state';

export function InvalidLinkNotice({ invalid }: { invalid: InvalidParam[] }) {
  const { m } = useI18n();
  const key = invalid.map((i) => `${i.param}=${i.value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (invalid.length === 0 || dismissed === key) return null;
  return (
    <div role="alert" className="flex items-start justify-between gap-3 rounded-lg border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-orange-950" data-testid="invalid-link-notice">
      <span>{m.invalidLink(invalid.map((i) => `${i.param}=«${i.value}»`).join(', '))}</span>
      <button type="button" className="shrink-0 underline" onClick={() => setDismissed(key)}>
        {m.dismiss}
      </button>
    </div>
  );
}

/** A link whose period lies outside the data: the period it named, and the one shown instead. */
export function PeriodOutsideNotice({ view, enabled }: { view: ViewState; enabled: boolean }) {
  const { m, lang } = useI18n();
  const { data } = useQuery({ ...datasetQueryOptions(view.dataset), enabled });
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!enabled || !data || data.summary.rowCount === 0) return null;
  const { firstMonth, lastMonth } = data.summary;
  const outside = periodOutsideData(view.from, view.to, resolvePeriod(view.from, view.to, firstMonth, lastMonth, data.summary));
  const key = `${view.dataset}|${view.from}|${view.to}`;
  if (!outside || dismissed === key) return null;
  return (
    <div role="alert" className="flex items-start justify-between gap-3 rounded-lg border border-orange-300 bg-orange-50 px-3 py-2 text-sm text-orange-950" data-testid="period-outside-notice">
      <span>{m.periodOutsideData(formatMonthRange(outside.asked.from, outside.asked.to, lang), formatMonthRange(outside.shown.from, outside.shown.to, lang))}</span>
      <button type="button" className="shrink-0 underline" onClick={() => setDismissed(key)}>
        {m.dismiss}
      </button>
    </div>
  );
}
