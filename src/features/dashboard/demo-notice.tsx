// Generated numbers are never shown without saying so.

import { useI18n } from '../../i18n/i18n-context';

export function DemoNotice() {
  const { m } = useI18n();
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="demo-notice">
      <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide">{m.demoBadge}</span>
      <span>{m.demoNotice}</span>
      <a href="#about-data" className="text-amber-900 underline hover:text-amber-700">
        {m.demoMore}
      </a>
    </p>
  );
}
