import { describe, expect, it } from 'vitest';
import { warmUpImport, warmUpSamples } from './import-warm-up';
import { TradeImporter } from './trade-importer';

describe('warmUpImport', () => {
  it('runs every sample through the real import: each layout binds and every line is accepted', () => {
    const formats = warmUpSamples().map((text) => {
      const importer = new TradeImporter();
      importer.push(new TextEncoder().encode(text));
      const { report } = importer.finish();
      expect(report.rows.rejected).toBe(0);
      return report.format;
    });
    expect(formats).toEqual(['canonical', 'customs']);
    expect(warmUpImport()).toBe(800);
  });
});
