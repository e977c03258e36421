// The app's own canonical CSV: period,reporter,flow,partner,commodity,value_usd,net_kg
// (quantity,unit optional). Plain numbers with a dot; partners as ISO alpha-2.

import { FLOW_CODE, TOTAL_COMMODITY, WORLD_PARTNER, type Flow } from '../model/trade-record';
import { parseCanonicalPeriod } from '../model/period';
import { headerIndex, reject, REJECT_OK, type BoundReader, type FormatReader } from './format-reader';

const REQUIRED = ['period', 'reporter', 'flow', 'partner', 'commodity', 'value_usd'] as const;

export const canonicalFormat: FormatReader = {
  id: 'canonical',
  bind(header) {
    const index = headerIndex(header);
    const missing = REQUIRED.filter((name) => !index.has(name));
    if (missing.length > 0) return { missing: [...missing] };
    const col = (name: string) => index.get(name) ?? -1;
    const [period, reporter, flow, partner, commodity, value] = REQUIRED.map(col);
    const weight = col('net_kg');
    const reader: BoundReader = {
      read(fields, out) {
        const p = parseCanonicalPeriod(fields[period] ?? '');
        if (p === null) return reject('bad-period', fields[period]);
        const f = FLOW_CODE[(fields[flow] ?? '').trim().toLowerCase() as Flow];
        if (f === undefined) return reject('bad-flow', fields[flow]);
        const partnerCode = (fields[partner] ?? '').trim().toUpperCase();
        if (!/^[A-Z]{2}$/.test(partnerCode) && partnerCode !== WORLD_PARTNER) return reject('unknown-partner', fields[partner]);
        const commodityCode = (fields[commodity] ?? '').trim().toUpperCase();
        if (commodityCode !== TOTAL_COMMODITY && !/^\d{2}(\d{2}){0,4}$/.test(commodityCode)) {
          return reject('bad-commodity', fields[commodity]);
        }
        const valueText = (fields[value] ?? '').trim();
        if (valueText === '') return reject('missing-value');
        const v = Number(valueText);
        if (!Number.isFinite(v)) return reject('bad-value', valueText);
        if (v < 0) return reject('negative-value', valueText);
        let kg = NaN;
        const kgText = weight >= 0 ? (fields[weight] ?? '').trim() : '';
        if (kgText !== '') {
          kg = Number(kgText);
          if (!Number.isFinite(kg) || kg < 0) return reject('bad-weight', kgText);
        }
        out.period = p;
        out.reporter = (fields[reporter] ?? '').trim();
        out.flow = f;
        out.partner = partnerCode;
        out.commodity = commodityCode;
        out.valueUsd = v;
        out.netKg = kg;
        return REJECT_OK;
      },
    };
    return reader;
  },
};
