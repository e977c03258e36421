// A snapshot link: the figures travelled in the URL fragment, so the charts
// are drawn with no dataset at all. Clearly marked; filters cannot change it.

import { useI18n } from '../../i18n/i18n-context';
import { formatDate } from '../../i18n/format';
import type { Snapshot } from '../../state/snapshot-codec';
import type { ViewState } from '../../state/view-state';
import { DashboardView } from './dashboard-view';

export function SnapshotDashboard({ snapshot, view, onChange }: { snapshot: Snapshot; view: ViewState; onChange: (next: ViewState) => void }) {
  const { lang, m } = useI18n();
  const date = formatDate(new Date(snapshot.createdAt), lang);
  return (
    <DashboardView
      view={{ ...view, partners: snapshot.view.partners, goods: snapshot.view.goods, measure: snapshot.view.measure, metric: snapshot.view.metric ?? 'value', goodsTop: snapshot.view.goodsTop ?? 'chapter' }}
      onChange={onChange}
      series={snapshot.series}
      effective={snapshot.view}
      source={snapshot.demo ? m.share.sourceDemo : snapshot.datasetName}
      date={date}
      readOnly
      only={view.embed}
      header={
        <div className="space-y-2">
          <p role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950" data-testid="snapshot-banner">
            <span>{m.share.snapshotBanner(date, snapshot.datasetName)}</span>
            <a href={window.location.pathname} className="underline">
              {m.share.openApp}
            </a>
          </p>
          {snapshot.demo && (
            <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="demo-notice">
              <span className="mr-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold uppercase">{m.demoBadge}</span>
              {m.demoNotice}
            </p>
          )}
        </div>
      }
    />
  );
}
