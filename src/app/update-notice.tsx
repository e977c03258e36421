/// <reference types="vite-plugin-pwa/react" />
// Offline after the first visit (README «Offline»): registers the service worker that
// precaches the app (vite.config.ts, VitePWA) from this module — no inline script, the
// CSP allows it — and, when a new version has been installed, says so and reloads into
// it only on the user's word (registerType 'prompt').

import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '../i18n/i18n-context';

export function UpdateNotice() {
  const { m } = useI18n();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <p role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-950" data-testid="update-notice">
      <span>{m.errors.updateAvailable}</span>
      <button
        type="button"
        className="rounded-md border border-blue-300 bg-white px-3 py-1 font-medium text-blue-900 hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-blue-600"
        onClick={() => void updateServiceWorker(true)}
      >
        {m.errors.updateNow}
      </button>
    </p>
  );
}
