// The one plural rule of the app: CLDR categories from `Intl.PluralRules` («1 строка»,
// «3 строки», «11 строк»; "1 row", "2 rows"). Its own module so the message files can use it
// without importing format.ts (which imports them); format.ts re-exports it.

import { LOCALES, type Language } from '../core/model/language';

/** The word forms by CLDR category; a category a language lacks falls back to `other`/`many`. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Language, Intl.PluralRules>();

/** The form of a word for a count: `plural(3, 'ru', { one: 'строка', few: 'строки', many: 'строк', other: 'строки' })` → `строки`. */
export function plural(n: number, lang: Language, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(LOCALES[lang]);
    rules.set(lang, r);
  }
  const category = r.select(n);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few ?? forms.other;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}
