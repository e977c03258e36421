// The reporter(s) a multi-reporter dataset's dashboard shows, by name: the page heading and the
// images' filters line (dashboard-view.tsx). The picker that changes them is reporter-picker.tsx.

import type { ViewFilter } from '../../core/aggregate/view-filter';
import { reporterName } from '../../core/model/region-names';
import type { Language } from '../../state/view-state';

/** The reporters shown, by name: one, several, or «all together: …». */
export function reporterHeading(effective: Pick<ViewFilter, 'reporters' | 'allReporters'>, lang: Language, allHeading: (names: string) => string): string | null {
  if (!effective.reporters) return null;
  const names = effective.reporters.map((code) => reporterName(code, lang));
  if (!effective.allReporters) return names.join(', ');
  const collator = new Intl.Collator(lang);
  return allHeading(names.sort((a, b) => collator.compare(a, b)).join(', '));
}
