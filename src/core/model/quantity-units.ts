// Supplementary units (the unit of a quantity other than net weight): one spelling per unit,
// so that quantities are grouped by unit and never added across units (data/README.md,
// «Reporters and units»). The customs portal names the unit in `edizm` with an OKEI code or
// its Russian name in capitals; UN Comtrade with its own English names and abbreviations.
// Pure: used by src/core/formats/read-context.ts inside the worker.

interface UnitInfo {
  /** OKEI code, three digits (`055`). */
  okei: string;
  /** The portal's spelling: the OKEI name in capitals. */
  name: string;
  ru: string;
  en: string;
}

// The 22 OKEI units of the portal's unit list; short labels after OKEI's own notation where
// it has one (кг, шт, м³), ours otherwise.
const OKEI_UNITS: readonly UnitInfo[] = [
  { okei: '006', name: 'МЕТР', ru: 'м', en: 'm' },
  { okei: '055', name: 'КВАДРАТНЫЙ МЕТР', ru: 'м²', en: 'm²' },
  { okei: '112', name: 'ЛИТР', ru: 'л', en: 'l' },
  { okei: '113', name: 'КУБИЧЕСКИЙ МЕТР', ru: 'м³', en: 'm³' },
  { okei: '114', name: '1000 КУБИЧЕСКИХ МЕТРОВ', ru: 'тыс. м³', en: '1000 m³' },
  { okei: '130', name: '1000 ЛИТРОВ', ru: 'тыс. л', en: '1000 l' },
  { okei: '162', name: 'МЕТРИЧЕСКИЙ КАРАТ', ru: 'кар', en: 'ct' },
  { okei: '163', name: 'ГРАММ', ru: 'г', en: 'g' },
  { okei: '166', name: 'КИЛОГРАММ', ru: 'кг', en: 'kg' },
  { okei: '246', name: '1000 КИЛОВАТТ-ЧАС', ru: 'тыс. кВт·ч', en: 'MWh' },
  { okei: '715', name: 'ПАРА', ru: 'пар', en: 'pairs' },
  { okei: '796', name: 'ШТУКА', ru: 'шт.', en: 'items' },
  { okei: '797', name: 'СТО ШТУК', ru: '100 шт.', en: '100 items' },
  { okei: '798', name: 'ТЫСЯЧА ШТУК', ru: 'тыс. шт.', en: '1000 items' },
  { okei: '831', name: 'ЛИТР ЧИСТОГО (100%) СПИРТА', ru: 'л 100% спирта', en: 'l pure alcohol' },
  { okei: '841', name: 'КИЛОГРАММ ПЕРОКСИДА ВОДОРОДА', ru: 'кг H₂O₂', en: 'kg H₂O₂' },
  { okei: '845', name: 'КИЛОГРАММ СУХОГО НА 90% ВЕЩЕСТВА', ru: 'кг 90% с/в', en: 'kg 90% dry' },
  { okei: '852', name: 'КИЛОГРАММ ОКСИДА КАЛИЯ', ru: 'кг K₂O', en: 'kg K₂O' },
  { okei: '859', name: 'КИЛОГРАММ ГИДРОКСИДА КАЛИЯ', ru: 'кг KOH', en: 'kg KOH' },
  { okei: '861', name: 'КИЛОГРАММ АЗОТА', ru: 'кг N', en: 'kg N' },
  { okei: '863', name: 'КИЛОГРАММ ГИДРОКСИДА НАТРИЯ', ru: 'кг NaOH', en: 'kg NaOH' },
  { okei: '865', name: 'КИЛОГРАММ ПЯТИОКИСИ ФОСФОРА', ru: 'кг P₂O₅', en: 'kg P₂O₅' },
];

/** OKEI code → the portal's name, for the 22 units it uses. */
export const OKEI_UNIT_NAMES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(OKEI_UNITS.map((u) => [u.okei, u.name])),
);

// UN Comtrade's units (legacy names and the abbreviations of the newer API): kept as written,
// labelled here only. Comtrade's numeric unit codes (1 … 13) are not OKEI codes and are
// never looked up as such (see `normaliseUnitText`).
const COMTRADE_LABELS: readonly (readonly [spellings: readonly string[], ru: string, en: string])[] = [
  [['kg', 'Weight in kilograms'], 'кг', 'kg'],
  [['u', 'Number of items'], 'шт.', 'items'],
  [['2u', 'Number of pairs'], 'пар', 'pairs'],
  [['12u', 'Dozen of items', 'Dozens of items'], 'дюж.', 'dozens'],
  [['1000u', 'Thousands of items', 'Thousand of items'], 'тыс. шт.', '1000 items'],
  [['l', 'Volume in litres', 'Volume in liters'], 'л', 'l'],
  [['m', 'Length in metres', 'Length in meters'], 'м', 'm'],
  [['m²', 'm2', 'Area in square metres', 'Area in square meters'], 'м²', 'm²'],
  [['m³', 'm3', 'Volume in cubic meters', 'Volume in cubic metres'], 'м³', 'm³'],
  [['carat', 'Weight in carats'], 'кар', 'ct'],
  [['1000 kWh', '1000kWh', 'Electrical energy in thousands of kilowatt-hours'], 'тыс. кВт·ч', 'MWh'],
  [['Number of packages'], 'упак.', 'packages'],
];

/** Lookup key: case and spacing do not matter. */
function key(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

// Built once at module load: label lookup by key, and the Russian short forms a file may use
// instead of the full name (`шт`, `кг` in the portal's `edizm`).
const LABELS = new Map<string, { ru: string; en: string }>();
const RUSSIAN_SHORT = new Map<string, string>();
for (const u of OKEI_UNITS) {
  LABELS.set(u.name, { ru: u.ru, en: u.en });
  RUSSIAN_SHORT.set(key(u.ru), u.name);
  RUSSIAN_SHORT.set(key(u.ru.replace(/\.$/, '')), u.name);
}
RUSSIAN_SHORT.set('ШТУК', 'ШТУКА');
RUSSIAN_SHORT.set('КИЛОГРАММОВ', 'КИЛОГРАММ');
RUSSIAN_SHORT.set('ЛИТРОВ', 'ЛИТР');
RUSSIAN_SHORT.set('ПАРЫ', 'ПАРА');
RUSSIAN_SHORT.set('ТЫС. ШТ', 'ТЫСЯЧА ШТУК');
RUSSIAN_SHORT.set('ТЫС.ШТ', 'ТЫСЯЧА ШТУК');
RUSSIAN_SHORT.set('ТЫС.ШТ.', 'ТЫСЯЧА ШТУК');
for (const [spellings, ru, en] of COMTRADE_LABELS) {
  for (const s of spellings) if (!LABELS.has(key(s))) LABELS.set(key(s), { ru, en });
}

// «No quantity» in every spelling met: dashes, not-available markers, Comtrade's unit
// «No Quantity» and its qtyUnitCode -1. A zero code (`0`, `000`) is no OKEI unit: none.
const NO_UNIT = new Set(['', '-', '–', '—', '?', 'N/A', 'NA', 'N.A.', 'NO QUANTITY', 'NOT AVAILABLE', 'NONE', '-1', 'НЕТ']);

const DIGITS = /^\d+$/;
// `796 - ШТУКА`, `796 ШТУКА`: a code with its name; the code decides when it is known.
const CODE_AND_NAME = /^(\d{3,4})\s*[-–—]?\s*(\D.*)$/;
const CYRILLIC = /[\u0400-\u04FF]/;

/** The OKEI name of a code written with at least three digits (`796`, `0796`, `055`). */
function okeiName(digits: string): string | undefined {
  // One or two digits are more likely a Comtrade unit code (5 = items, 8 = kg) than an OKEI
  // code missing its zeros (005, 008): those stay as written.
  if (digits.length < 3) return undefined;
  const code = digits.replace(/^0+/, '').padStart(3, '0');
  return code.length === 3 ? OKEI_UNIT_NAMES[code] : undefined;
}

/**
 * A unit as the files name it → one spelling per unit, or '' for «no quantity»:
 * OKEI code (`796`, `0796`) or Russian name in any case → the portal's capitals (`ШТУКА`);
 * Comtrade's spellings (`kg`, `Number of items`) trimmed but otherwise kept; unknown text
 * trimmed with single spaces.
 */
export function normaliseUnitText(text: string): string {
  const k = key(text);
  if (NO_UNIT.has(k)) return '';
  if (DIGITS.test(k)) {
    if (/^0+$/.test(k)) return '';
    return okeiName(k) ?? k;
  }
  const withCode = CODE_AND_NAME.exec(k);
  if (withCode) {
    const name = okeiName(withCode[1]);
    if (name) return name;
  }
  if (CYRILLIC.test(k)) return RUSSIAN_SHORT.get(k) ?? k.replace(/Ё/g, 'Е');
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Short display label of a unit as `normaliseUnitText` returns it (`ШТУКА` → `шт.` / `items`,
 * `kg` → `кг` / `kg`); an unknown unit is returned as it is.
 */
export function unitLabel(unit: string, lang: 'ru' | 'en'): string {
  return LABELS.get(key(unit))?.[lang] ?? unit;
}
