// Links from others are untrusted input: what we could not read is said, then ignored.

import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { InvalidParam } from '../state/url-codec';

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
