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

export function previewRows(bytes: Uint8Array, maxRows = 8): PreviewRows {
  const decoder = new ByteDecoder();
  const all: string[][] = [];
  const stream = new CsvRowStream((fields) => {
    if (all.length <= maxRows) all.push(fields);
  });
  stream.push(decoder.decode(bytes) + decoder.decideNow());
  // The sample may end mid-row: only complete rows have been emitted.
  return { header: all[0] ?? [], rows: all.slice(1, maxRows + 1), encoding: decoder.encoding, delimiter: stream.delimiter ?? ',' };
}
