// The app's languages and the locale each one formats numbers and dates in — the one place
// that says ru → ru-RU, en → en-GB (docs/architecture.md, «Layers»: core is pure, so the
// core's own formatting, the i18n helpers and the state's URL values all read it from here).

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 locale of each language, for Intl number and date formats. */
export const LOCALES: Readonly<Record<Language, string>> = { ru: 'ru-RU', en: 'en-GB' };
