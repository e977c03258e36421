// The officially published figures (data/kamchatka-2020-jan-may-published.csv):
// shown beside the demo data so nobody mistakes one for the other.

export interface PublishedFigure {
  periodFrom: string;
  periodTo: string;
  indicator: 'value' | 'change_yoy' | 'share' | 'partner_count';
  flow: string;
  partner: string;
  commodityGroup: string;
  value: number;
  unit: string;
  source: string;
  note: string;
}

const COLUMNS = ['period_from', 'period_to', 'indicator', 'flow', 'partner', 'commodity_group', 'value', 'unit', 'source', 'note'];

/** The file is ours and has no quoted fields; a row of another shape is a bug in the file. */
export function parsePublishedFigures(text: string): PublishedFigure[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (header !== COLUMNS.join(',')) throw new Error('unexpected header in the published figures file');
  return lines.map((line, i) => {
    const f = line.split(',');
    if (f.length !== COLUMNS.length || !Number.isFinite(Number(f[6]))) throw new Error(`published figures, line ${i + 2}: malformed`);
    return {
      periodFrom: f[0],
      periodTo: f[1],
      indicator: f[2] as PublishedFigure['indicator'],
      flow: f[3],
      partner: f[4],
      commodityGroup: f[5],
      value: Number(f[6]),
      unit: f[7],
      source: f[8],
      note: f[9],
    };
  });
}
