// Inside a frame only embed mode (`?embed=<id>`) renders: any other page shows a notice with a
// link that opens it in its own window. The static server sends the same index.html for both,
// so this guard is the protection against clickjacking (README «Deployment: headers»).

import { MESSAGES } from '../i18n/format';
import type { Language } from '../state/view-state';

/** Whether the page is inside a frame; a cross-origin parent that cannot be compared counts as one. */
export function isFramed(win: { top: unknown; self: unknown } = window): boolean {
  try {
    return win.top !== win.self;
  } catch {
    return true;
  }
}

export function FramedNotice({ lang }: { lang: Language }) {
  const m = MESSAGES[lang];
  return (
    <p role="alert" className="m-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="framed-notice">
      {m.framed.text}{' '}
      <a href={window.location.href} target="_blank" rel="noopener" className="underline">
        {m.framed.open}
      </a>
    </p>
  );
}
