// The import's code run once on a few generated lines, in the worker while the page is
// idle: V8 then has the reader, PapaParse's parser, the number and partner caches, the
// table builder, the content hash and the roll-ups compiled before the user's first file,
// which otherwise paid ~190 ms for them (issue 17). Generated lines only: nothing from
// them is kept or shown.

import { TradeImporter } from './trade-importer';
import { ContentHash } from '../parse/content-hash';
import { rollUpsOf } from '../query/roll-up-build';

const PARTNERS = ['CN', 'KR', 'JP', 'US', 'DE', 'KZ'];
const CODES = ['0303670000', '0304750000', '8901909000', '2710194200', '8429520000'];
const LINES = 400;

/** Canonical and customs-portal lines (the layouts most files arrive in), with a header each. */
export function warmUpSamples(): string[] {
  const canonical = ['period,reporter,flow,partner,commodity,value_usd,net_kg'];
  const customs = ['napr\tperiod\tnastranapr\ttnved\tedizm\tStoim\tNetto\tKol\tRegion\tRegion_s'];
  for (let i = 0; i < LINES; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    const year = 2020 + (i % 4);
    const partner = PARTNERS[i % PARTNERS.length];
    const code = CODES[i % CODES.length];
    canonical.push(`${year}-${month},RU-KAM,${i % 2 ? 'import' : 'export'},${partner},${code},${1000 + i * 37},${i % 5 ? 10 + i : ''}`);
    customs.push([i % 2 ? 'ИМ' : 'ЭК', `${month}/${year}`, partner, code, i % 3 ? '' : 'шт', `${1000 + i},${i % 100}`, `${i},${i % 1000}`, i % 3 ? '' : String(i), '30000 - КАМЧАТСКИЙ КРАЙ', '05-ДАЛЬНЕВОСТОЧНЫЙ ФЕДЕРАЛЬНЫЙ ОКРУГ'].join('\t'));
  }
  return [canonical.join('\n') + '\n', customs.join('\n') + '\n'];
}

/** Imports the samples as a file would be imported; returns the rows read (all of them, when the code works). */
export function warmUpImport(): number {
  const encoder = new TextEncoder();
  let rows = 0;
  for (const text of warmUpSamples()) {
    const bytes = encoder.encode(text);
    const hash = new ContentHash();
    hash.update(bytes);
    hash.digest();
    const importer = new TradeImporter();
    importer.push(bytes);
    const { table, report } = importer.finish();
    rollUpsOf(table);
    rows += report.rows.accepted;
  }
  return rows;
}
