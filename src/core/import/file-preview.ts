// The first rows of a file, for the column-mapping step: decoded and split
// exactly as the import will do it.

import { ByteDecoder, type TextEncodingName } from '../parse/byte-decoder';
import { CsvRowStream } from '../parse/csv-row-stream';

export interface PreviewRows {
  header: string[];
  rows: string[][];
  encoding: TextEncodingName;
  delimiter: '\t' | ';' | ',';
}

/** Title lines looked past for the header (as far as the importer looks: HEADER_SEARCH_LINES). */
const TITLE_LINES = 20;

export function previewRows(bytes: Uint8Array, maxRows = 8): PreviewRows {
  const decoder = new ByteDecoder();
  const all: string[][] = [];
  const stream = new CsvRowStream((fields) => {
    if (all.length <= maxRows + TITLE_LINES) all.push(fields);
  });
  stream.push(decoder.decode(bytes) + decoder.decideNow());
  // A title line or two above the header (one field where the header has several) is no header.
  const widest = Math.max(0, ...all.map((r) => r.length));
  let first = 0;
  while (first < Math.min(all.length - 1, TITLE_LINES) && all[first].length === 1 && widest > 1) first++;
  // The sample may end mid-row: only complete rows have been emitted.
  return { header: all[first] ?? [], rows: all.slice(first + 1, first + maxRows + 1), encoding: decoder.encoding, delimiter: stream.delimiter ?? ',' };
}
