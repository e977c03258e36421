import { describe, expect, it } from 'vitest';
import { parseFlow } from './flow-vocabulary';
import { FLOW_CODE } from './trade-record';

describe('flow vocabulary', () => {
  it('maps every vocabulary to one code', () => {
    for (const w of ['ЭК', 'эк', 'EXP', 'экспорт', 'Экспорт', 'Export', 'Exports', '2', 'X']) expect(parseFlow(w)).toBe(FLOW_CODE.export);
    for (const w of ['ИМ', 'IMP', 'импорт', 'Import', 'Imports', '1', 'M', ' m ']) expect(parseFlow(w)).toBe(FLOW_CODE.import);
  });

  it('keeps re-exports and re-imports distinct', () => {
    for (const w of ['Re-Export', 'Re-exports', 'RX', '3', 'реэкспорт']) expect(parseFlow(w)).toBe(FLOW_CODE['re-export']);
    for (const w of ['Re-Import', 'Re-imports', 'RM', '4', 'Реимпорт']) expect(parseFlow(w)).toBe(FLOW_CODE['re-import']);
  });

  it('knows nothing else', () => {
    for (const w of ['', 'sideways', '5', 'экс', 'transit']) expect(parseFlow(w)).toBeUndefined();
  });
});
