// The 85 subjects of the Russian Federation with their codes and names: the data the page
// needs to name a reporter (`RU-KAM` → «Камчатский край»). Resolving the spellings files use
// (`30000 - КАМЧАТСКИЙ КРАЙ`, English portal names, federal districts) is russian-regions.ts,
// which the worker and the command line load; the page loads only this.
// Sources and decisions: data/README.md, «Reporters and units».
import { countryName, type NameLang } from './country-names';

export interface RussianRegion {
  /** The customs portal's five-digit region code, leading zeros kept (`05000`). */
  customsCode: string;
  /** ISO 3166-2 code (`RU-KAM`); `RU-CR` and `RU-SEV` are not in ISO 3166-2 (see below). */
  iso: string;
  /** Official Russian name (Constitution, art. 65), proper case. */
  ru: string;
  /** English name (ours). */
  en: string;
  /** Code of its federal district (`07`). */
  district: string;
}

type Row = readonly [customsCode: string, iso: string, ru: string, en: string, district: string];

// Ordered by customs code. Russian names are the official ones where the portal's list has a
// short or garbled form: «Ненецкий автономный округ» without «(архангельская область)»,
// «Ханты-Мансийский автономный округ — Югра», «Кемеровская область — Кузбасс» (renamed in
// 2019); the portal's spellings still resolve (the part before « — » and without brackets is
// an alias). Crimea and Sevastopol: ISO 3166-2 has no entry for them under RU (it lists them
// as UA-43 and UA-40); `RU-CR` and `RU-SEV` are the codes Russian sources use for them.
const ROWS: readonly Row[] = [
  ['01000', 'RU-ALT', 'Алтайский край', 'Altai Krai', '06'],
  ['03000', 'RU-KDA', 'Краснодарский край', 'Krasnodar Krai', '03'],
  ['04000', 'RU-KYA', 'Красноярский край', 'Krasnoyarsk Krai', '06'],
  ['05000', 'RU-PRI', 'Приморский край', 'Primorsky Krai', '07'],
  ['07000', 'RU-STA', 'Ставропольский край', 'Stavropol Krai', '08'],
  ['08000', 'RU-KHA', 'Хабаровский край', 'Khabarovsk Krai', '07'],
  ['10000', 'RU-AMU', 'Амурская область', 'Amur Oblast', '07'],
  ['11000', 'RU-ARK', 'Архангельская область', 'Arkhangelsk Oblast', '02'],
  ['11100', 'RU-NEN', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug', '02'],
  ['12000', 'RU-AST', 'Астраханская область', 'Astrakhan Oblast', '03'],
  ['14000', 'RU-BEL', 'Белгородская область', 'Belgorod Oblast', '01'],
  ['15000', 'RU-BRY', 'Брянская область', 'Bryansk Oblast', '01'],
  ['17000', 'RU-VLA', 'Владимирская область', 'Vladimir Oblast', '01'],
  ['18000', 'RU-VGG', 'Волгоградская область', 'Volgograd Oblast', '03'],
  ['19000', 'RU-VLG', 'Вологодская область', 'Vologda Oblast', '02'],
  ['20000', 'RU-VOR', 'Воронежская область', 'Voronezh Oblast', '01'],
  ['22000', 'RU-NIZ', 'Нижегородская область', 'Nizhny Novgorod Oblast', '04'],
  ['24000', 'RU-IVA', 'Ивановская область', 'Ivanovo Oblast', '01'],
  ['25000', 'RU-IRK', 'Иркутская область', 'Irkutsk Oblast', '06'],
  ['26000', 'RU-IN', 'Республика Ингушетия', 'Republic of Ingushetia', '08'],
  ['27000', 'RU-KGD', 'Калининградская область', 'Kaliningrad Oblast', '02'],
  ['28000', 'RU-TVE', 'Тверская область', 'Tver Oblast', '01'],
  ['29000', 'RU-KLU', 'Калужская область', 'Kaluga Oblast', '01'],
  ['30000', 'RU-KAM', 'Камчатский край', 'Kamchatka Krai', '07'],
  ['32000', 'RU-KEM', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast – Kuzbass', '06'],
  ['33000', 'RU-KIR', 'Кировская область', 'Kirov Oblast', '04'],
  ['34000', 'RU-KOS', 'Костромская область', 'Kostroma Oblast', '01'],
  ['35000', 'RU-CR', 'Республика Крым', 'Republic of Crimea', '03'],
  ['36000', 'RU-SAM', 'Самарская область', 'Samara Oblast', '04'],
  ['37000', 'RU-KGN', 'Курганская область', 'Kurgan Oblast', '05'],
  ['38000', 'RU-KRS', 'Курская область', 'Kursk Oblast', '01'],
  ['40000', 'RU-SPE', 'Санкт-Петербург', 'Saint Petersburg', '02'],
  ['41000', 'RU-LEN', 'Ленинградская область', 'Leningrad Oblast', '02'],
  ['42000', 'RU-LIP', 'Липецкая область', 'Lipetsk Oblast', '01'],
  ['44000', 'RU-MAG', 'Магаданская область', 'Magadan Oblast', '07'],
  ['45000', 'RU-MOW', 'Москва', 'Moscow', '01'],
  ['46000', 'RU-MOS', 'Московская область', 'Moscow Oblast', '01'],
  ['47000', 'RU-MUR', 'Мурманская область', 'Murmansk Oblast', '02'],
  ['49000', 'RU-NGR', 'Новгородская область', 'Novgorod Oblast', '02'],
  ['50000', 'RU-NVS', 'Новосибирская область', 'Novosibirsk Oblast', '06'],
  ['52000', 'RU-OMS', 'Омская область', 'Omsk Oblast', '06'],
  ['53000', 'RU-ORE', 'Оренбургская область', 'Orenburg Oblast', '04'],
  ['54000', 'RU-ORL', 'Орловская область', 'Oryol Oblast', '01'],
  ['56000', 'RU-PNZ', 'Пензенская область', 'Penza Oblast', '04'],
  ['57000', 'RU-PER', 'Пермский край', 'Perm Krai', '04'],
  ['58000', 'RU-PSK', 'Псковская область', 'Pskov Oblast', '02'],
  ['60000', 'RU-ROS', 'Ростовская область', 'Rostov Oblast', '03'],
  ['61000', 'RU-RYA', 'Рязанская область', 'Ryazan Oblast', '01'],
  ['63000', 'RU-SAR', 'Саратовская область', 'Saratov Oblast', '04'],
  ['64000', 'RU-SAK', 'Сахалинская область', 'Sakhalin Oblast', '07'],
  ['65000', 'RU-SVE', 'Свердловская область', 'Sverdlovsk Oblast', '05'],
  ['66000', 'RU-SMO', 'Смоленская область', 'Smolensk Oblast', '01'],
  ['67000', 'RU-SEV', 'Севастополь', 'Sevastopol', '03'],
  ['68000', 'RU-TAM', 'Тамбовская область', 'Tambov Oblast', '01'],
  ['69000', 'RU-TOM', 'Томская область', 'Tomsk Oblast', '06'],
  ['70000', 'RU-TUL', 'Тульская область', 'Tula Oblast', '01'],
  ['71000', 'RU-TYU', 'Тюменская область', 'Tyumen Oblast', '05'],
  ['71100', 'RU-KHM', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug – Yugra', '05'],
  ['71140', 'RU-YAN', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', '05'],
  ['73000', 'RU-ULY', 'Ульяновская область', 'Ulyanovsk Oblast', '04'],
  ['75000', 'RU-CHE', 'Челябинская область', 'Chelyabinsk Oblast', '05'],
  ['76000', 'RU-ZAB', 'Забайкальский край', 'Zabaykalsky Krai', '07'],
  ['77000', 'RU-CHU', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug', '07'],
  ['78000', 'RU-YAR', 'Ярославская область', 'Yaroslavl Oblast', '01'],
  ['79000', 'RU-AD', 'Республика Адыгея (Адыгея)', 'Republic of Adygea', '03'],
  ['80000', 'RU-BA', 'Республика Башкортостан', 'Republic of Bashkortostan', '04'],
  ['81000', 'RU-BU', 'Республика Бурятия', 'Republic of Buryatia', '07'],
  ['82000', 'RU-DA', 'Республика Дагестан', 'Republic of Dagestan', '08'],
  ['83000', 'RU-KB', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic', '08'],
  ['84000', 'RU-AL', 'Республика Алтай', 'Altai Republic', '06'],
  ['85000', 'RU-KL', 'Республика Калмыкия', 'Republic of Kalmykia', '03'],
  ['86000', 'RU-KR', 'Республика Карелия', 'Republic of Karelia', '02'],
  ['87000', 'RU-KO', 'Республика Коми', 'Komi Republic', '02'],
  ['88000', 'RU-ME', 'Республика Марий Эл', 'Mari El Republic', '04'],
  ['89000', 'RU-MO', 'Республика Мордовия', 'Republic of Mordovia', '04'],
  ['90000', 'RU-SE', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia – Alania', '08'],
  ['91000', 'RU-KC', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic', '08'],
  ['92000', 'RU-TA', 'Республика Татарстан (Татарстан)', 'Republic of Tatarstan', '04'],
  ['93000', 'RU-TY', 'Республика Тыва', 'Tuva Republic', '06'],
  ['94000', 'RU-UD', 'Удмуртская Республика', 'Udmurt Republic', '04'],
  ['95000', 'RU-KK', 'Республика Хакасия', 'Republic of Khakassia', '06'],
  ['96000', 'RU-CE', 'Чеченская Республика', 'Chechen Republic', '08'],
  ['97000', 'RU-CU', 'Чувашская Республика — Чувашия', 'Chuvash Republic', '04'],
  ['98000', 'RU-SA', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic', '07'],
  ['99000', 'RU-YEV', 'Еврейская автономная область', 'Jewish Autonomous Oblast', '07'],
];

export const REGIONS: readonly RussianRegion[] = ROWS.map(([customsCode, iso, ru, en, district]) =>
  Object.freeze({ customsCode, iso, ru, en, district }),
);

const BY_ISO = new Map(REGIONS.map((r) => [r.iso, r]));

/** The region of an ISO code (`RU-KAM`, any case); undefined for anything else. */
export function regionOf(code: string): RussianRegion | undefined {
  return BY_ISO.get(code) ?? BY_ISO.get(code.toUpperCase());
}

/** True for the ISO 3166-2 code of one of the 85 regions (`RU-KAM`), not for `RU` itself. */
export function isRussianRegion(code: string): boolean {
  return regionOf(code) !== undefined;
}

/** Name of a region by its ISO code; undefined when the code is not a region. */
export function regionName(code: string, lang: NameLang): string | undefined {
  return regionOf(code)?.[lang];
}

/** Display name of a reporter: a region (`RU-KAM`) or a country (`RU`, `CN`). */
export function reporterName(code: string, lang: NameLang): string {
  return regionName(code, lang) ?? countryName(code, lang);
}

/**
 * The federal districts by the customs portal's two-digit code (data/README.md, «Reporters and
 * units»; the portal's list cuts «Северо-Западный» and «Северо-Кавказский» at the hyphen).
 */
const DISTRICTS: Record<string, { ru: string; en: string }> = {
  '01': { ru: 'Центральный федеральный округ', en: 'Central Federal District' },
  '02': { ru: 'Северо-Западный федеральный округ', en: 'Northwestern Federal District' },
  '03': { ru: 'Южный федеральный округ', en: 'Southern Federal District' },
  '04': { ru: 'Приволжский федеральный округ', en: 'Volga Federal District' },
  '05': { ru: 'Уральский федеральный округ', en: 'Ural Federal District' },
  '06': { ru: 'Сибирский федеральный округ', en: 'Siberian Federal District' },
  '07': { ru: 'Дальневосточный федеральный округ', en: 'Far Eastern Federal District' },
  '08': { ru: 'Северо-Кавказский федеральный округ', en: 'North Caucasian Federal District' },
};

/** A reporter's federal district name, or null for a reporter that is not a Russian region. */
export function federalDistrictOf(code: string, lang: NameLang): string | null {
  const region = regionOf(code);
  const district = region ? DISTRICTS[region.district] : undefined;
  return district ? district[lang] : null;
}
