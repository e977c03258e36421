// Where the numbers come from: the demo label links here.

import { useI18n } from '../i18n/i18n-context';

export function AboutData() {
  const { m } = useI18n();
  return (
    <section id="about-data" aria-labelledby="about-data-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
      <h2 id="about-data-title" className="mb-2 text-base font-semibold text-slate-900">
        {m.aboutDataTitle}
      </h2>
      <p>{m.aboutDemo}</p>
    </section>
  );
}
