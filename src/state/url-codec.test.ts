import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LINK_FILE_NAME, parseViewQuery, serialiseViewQuery } from './url-codec';
import { CHART_IDS, CONTRIBUTION_STEPS, DEFAULT_VIEW, GOODS_CHARTS, GOODS_TOPS, LANGUAGES, MEASURES, METRICS, PAGES, SHARE_MODES, TIME_STEPS, type ViewState } from './view-state';

const monthArb = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom(...LANGUAGES),
    dataset: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    from: fc.option(monthArb, { nil: null }),
    to: fc.option(monthArb, { nil: null }),
    measure: fc.constantFrom(...MEASURES),
    partners: fc.uniqueArray(fc.constantFrom('CN', 'KR', 'JP', 'HK', 'NO', 'DE'), { maxLength: 4 }).map((a) => a.sort()),
    metric: fc.constantFrom(...METRICS),
    goodsChart: fc.constantFrom(...GOODS_CHARTS),
    goodsTop: fc.constantFrom(...GOODS_TOPS),
    goods: fc.uniqueArray(fc.constantFrom('03', '16', '0303', '030367', '03036700', '0303670000', '89'), { maxLength: 3 }).map((a) => a.sort()),
    step: fc.constantFrom(...TIME_STEPS),
    shareMode: fc.constantFrom(...SHARE_MODES),
    page: fc.constantFrom(...PAGES),
    embed: fc.option(fc.constantFrom(...CHART_IDS), { nil: null }),
    reporter: fc.oneof(fc.constant('all' as const), fc.uniqueArray(fc.constantFrom('RU-KAM', 'RU-PRI', 'CN', 'Остров Н'), { maxLength: 3 }).map((a) => a.sort())),
    steps: fc.constantFrom(...CONTRIBUTION_STEPS),
    profile: fc.option(fc.constantFrom('CN', 'KR', 'HK'), { nil: null }),
    compare: fc.option(fc.constant('reporter' as const), { nil: null }),
    vs: fc.option(fc.tuple(monthArb, monthArb).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })), { nil: null }),
    files: fc.uniqueArray(fc.constantFrom('DATTSVT.csv', 'Выгрузка январь 2024.csv', 'a&b=c #1.csv', 'a,b.csv'), { maxLength: 3 }),
  })
  .filter((s) => !(s.from && s.to && s.from > s.to));

describe('URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseViewQuery(DEFAULT_VIEW)).toBe('');
    expect(parseViewQuery('')).toEqual({ state: DEFAULT_VIEW, invalid: [] });
  });

  it('writes only what differs from the defaults, with a version', () => {
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, lang: 'en', partners: ['KR', 'CN'] })).toBe('?lang=en&partners=CN,KR&v=1');
  });

  it('reads a comparison base as two month keys, and refuses others', () => {
    expect(parseViewQuery('?vs=2021-01..2021-12').state.vs).toEqual({ from: '2021-01', to: '2021-12' });
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, vs: { from: '2019-01', to: '2019-05' } })).toBe('?vs=2019-01..2019-05&v=1');
    for (const bad of ['2021', '2021-01', '2021-12..2021-01', '2021-01..2021-13', '2021-01..2021-02..2021-03']) expect(parseViewQuery(`?vs=${bad}`).invalid).toEqual([{ param: 'vs', value: bad }]);
    // Links made before `vs` existed compare with the same months a year earlier, as they did.
    expect(parseViewQuery('?from=2020-01&to=2020-05&v=1').state.vs).toBeNull();
    expect(parseViewQuery('?step=quarter').state.step).toBe('quarter');
  });

  it('reads goods prefixes of 2 to 10 digits, with the nomenclature’s spaces, and refuses others', () => {
    expect(parseViewQuery('?hs=03').state.goods).toEqual(['03']);
    expect(parseViewQuery('?hs=0303 67,8901').state.goods).toEqual(['030367', '8901']);
    expect(parseViewQuery('?hs=0303670000&metric=weight&goods=treemap&level=section').state).toMatchObject({ goods: ['0303670000'], metric: 'weight', goodsChart: 'treemap', goodsTop: 'section' });
    for (const bad of ['3', '030', '00', '03036700001', 'ab']) expect(parseViewQuery(`?hs=${bad}`).invalid).toEqual([{ param: 'hs', value: bad }]);
    expect(parseViewQuery('?metric=tonnes').invalid).toEqual([{ param: 'metric', value: 'tonnes' }]);
  });

  it('round-trips every view (property)', () => {
    fc.assert(fc.property(viewArb, (view) => {
      expect(parseViewQuery(serialiseViewQuery(view))).toEqual({ state: view, invalid: [] });
    }));
  });

  it('keeps a file name with spaces, Cyrillic and URL characters intact', () => {
    const view = { ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: ['Выгрузка & отчёт #2.csv'] };
    expect(parseViewQuery(serialiseViewQuery(view)).state).toEqual(view);
  });

  it('round-trips a long file name (230, 255 and up to the shared cap characters): it never writes a name it would refuse', () => {
    for (const length of [230, 255, MAX_LINK_FILE_NAME]) {
      const name = 'Выгрузка '.padEnd(length - 4, 'x') + '.csv';
      const query = serialiseViewQuery({ ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: [name] });
      expect(parseViewQuery(query)).toEqual({ state: { ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: [name] }, invalid: [] });
    }
    // Over the cap: left out of the link rather than written and then refused.
    const tooLong = 'x'.repeat(MAX_LINK_FILE_NAME + 1);
    const query = serialiseViewQuery({ ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: [tooLong, 'a.csv'] });
    expect(parseViewQuery(query)).toEqual({ state: { ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: ['a.csv'] }, invalid: [] });
  });

  it('names every file of a merged dataset, in order, and reads an old single-file link', () => {
    const query = serialiseViewQuery({ ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: ['b.csv', 'a.csv'] });
    expect(query).toBe('?ds=u-0123456789ab&file=b.csv&file=a.csv&v=1');
    expect(parseViewQuery(query).state.files).toEqual(['b.csv', 'a.csv']);
    expect(parseViewQuery('?ds=u-0123456789ab&file=DATTSVT.csv').state.files).toEqual(['DATTSVT.csv']);
  });

  it('never writes an empty file name, and reports one in a link', () => {
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: ['', 'a.csv', 'a.csv'] })).toBe('?ds=u-0123456789ab&file=a.csv&v=1');
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, dataset: 'u-0123456789ab', files: [''] })).toBe('?ds=u-0123456789ab&v=1');
    const { state, invalid } = parseViewQuery('?ds=u-0123456789ab&file=&file=a.csv');
    expect(state.files).toEqual(['a.csv']);
    expect(invalid).toEqual([{ param: 'file', value: '' }]);
  });

  it('reports invalid parameters and keeps the valid ones', () => {
    const { state, invalid } = parseViewQuery('?flow=sideways&from=2020-13&lang=en&partners=CN,<script>&v=99');
    expect(state).toEqual({ ...DEFAULT_VIEW, lang: 'en' });
    expect(invalid.map((i) => i.param).sort()).toEqual(['flow', 'from', 'partners', 'v']);
  });

  it('rejects a reversed period range', () => {
    const { state, invalid } = parseViewQuery('?from=2021-01&to=2020-01');
    expect(state.from).toBe('2021-01');
    expect(state.to).toBeNull();
    expect(invalid).toEqual([{ param: 'to', value: '2020-01' }]);
  });

  it('names one reporter, several (their sum) or all; a v=1 link without one reads as the default', () => {
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, reporter: ['RU-PRI'] })).toBe('?reporter=RU-PRI&v=1');
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, reporter: ['RU-PRI', 'RU-KAM'] })).toBe('?reporter=RU-KAM,RU-PRI&v=1');
    expect(serialiseViewQuery({ ...DEFAULT_VIEW, reporter: 'all' })).toBe('?reporter=all&v=1');
    expect(parseViewQuery('?reporter=RU-PRI,RU-KAM,RU-PRI').state.reporter).toEqual(['RU-KAM', 'RU-PRI']);
    expect(parseViewQuery('?reporter=all').state.reporter).toBe('all');
    expect(parseViewQuery('?v=1&flow=export').state.reporter).toEqual([]);
    const { state, invalid } = parseViewQuery('?reporter=RU-KAM,,all');
    expect(state.reporter).toEqual([]);
    expect(invalid).toEqual([{ param: 'reporter', value: 'RU-KAM,,all' }]);
  });

  it('never throws, whatever the string (fuzz)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parseViewQuery(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.webQueryParameters(), (s) => void parseViewQuery('?' + s)), { numRuns: 1000 });
  });
});
