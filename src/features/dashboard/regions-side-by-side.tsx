// `compare=reporter`: loads the comparison of the reporters shown (lib/reporter-comparison-query.ts)
// and draws it (reporter-comparison.tsx). A lazy chunk of its own: only multi-reporter datasets
// with the comparison asked for load it.

import { reportersByTurnover } from '../../core/aggregate/reporters';
import type { ViewFilter } from '../../core/aggregate/view-filter';
import { useReporterComparison } from '../../lib/reporter-comparison-query';
import type { LoadedTable } from '../../worker/worker-protocol';
import type { ViewState } from '../../state/view-state';
import { ReporterComparisonView } from './reporter-comparison';

export function RegionsSideBySide({ view, effective, loaded, source, date }: { view: ViewState; effective: ViewFilter; loaded: LoadedTable; source: string; date: string }) {
  const comparison = useReporterComparison(view, loaded, effective);
  if (!comparison.data) return null;
  return (
    <div className="mt-3">
      <ReporterComparisonView comparison={comparison.data} effective={effective} ranked={reportersByTurnover(loaded.table).map((r) => r.code)} source={source} date={date} />
    </div>
  );
}
