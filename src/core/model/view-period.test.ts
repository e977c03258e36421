import { describe, expect, it } from 'vitest';
import { monthIndex } from './period';
import { isDefaultPeriod, latestYearToDate, periodOutsideData, previousPeriod, resolvePeriod, yearWithinData } from './view-period';

const JAN_2015 = monthIndex(2015, 1);
const MAY_2020 = monthIndex(2020, 5);

describe('the default period: the latest year to date', () => {
  it('runs from January to the data’s last month', () => {
    expect(latestYearToDate(JAN_2015, MAY_2020)).toEqual({ fromMonth: monthIndex(2020, 1), toMonth: MAY_2020 });
    expect(resolvePeriod(null, null, JAN_2015, MAY_2020)).toEqual({ from: '2020-01', to: '2020-05' });
    expect(resolvePeriod(null, null, JAN_2015, monthIndex(2019, 12))).toEqual({ from: '2019-01', to: '2019-12' });
  });

  it('starts with the data when the data starts later that year', () => {
    expect(resolvePeriod(null, null, monthIndex(2020, 3), MAY_2020)).toEqual({ from: '2020-03', to: '2020-05' });
  });

  it('is recognised, so it is written as nothing in a link', () => {
    expect(isDefaultPeriod({ from: '2020-01', to: '2020-05' }, JAN_2015, MAY_2020)).toBe(true);
    expect(isDefaultPeriod({ from: '2020-02', to: '2020-05' }, JAN_2015, MAY_2020)).toBe(false);
    expect(isDefaultPeriod({ from: '2020-01', to: '2020-04' }, JAN_2015, MAY_2020)).toBe(false);
    expect(isDefaultPeriod({ from: '2020-03', to: '2020-05' }, monthIndex(2020, 3), MAY_2020)).toBe(true);
  });
});

describe('resolvePeriod', () => {
  it('keeps a period inside the data as it is', () => {
    expect(resolvePeriod('2016-03', '2018-11', JAN_2015, MAY_2020)).toEqual({ from: '2016-03', to: '2018-11' });
  });

  it('reads an open end as the data’s edge', () => {
    expect(resolvePeriod('2019-07', null, JAN_2015, MAY_2020)).toEqual({ from: '2019-07', to: '2020-05' });
    expect(resolvePeriod(null, '2016-06', JAN_2015, MAY_2020)).toEqual({ from: '2015-01', to: '2016-06' });
  });

  it('clamps bounds outside the data to it', () => {
    expect(resolvePeriod('2001-01', '2030-12', JAN_2015, MAY_2020)).toEqual({ from: '2015-01', to: '2020-05' });
  });

  it('falls back to the default period when the range ends before it starts', () => {
    expect(resolvePeriod('2020-04', '2014-01', JAN_2015, MAY_2020)).toEqual({ from: '2020-01', to: '2020-05' });
  });

  it('treats an unreadable bound as missing', () => {
    expect(resolvePeriod('2020-13', null, JAN_2015, MAY_2020)).toEqual({ from: '2020-01', to: '2020-05' });
  });
});

describe('yearWithinData', () => {
  it('cuts a year to the months the data covers', () => {
    expect(yearWithinData(2018, JAN_2015, MAY_2020)).toEqual({ from: '2018-01', to: '2018-12' });
    expect(yearWithinData(2020, JAN_2015, MAY_2020)).toEqual({ from: '2020-01', to: '2020-05' });
    expect(yearWithinData(2015, monthIndex(2015, 4), MAY_2020)).toEqual({ from: '2015-04', to: '2015-12' });
  });
});

describe('previousPeriod', () => {
  it('is the same months one year earlier', () => {
    expect(previousPeriod('2020-01', '2020-05')).toEqual({ from: '2019-01', to: '2019-05' });
    expect(previousPeriod('2019-03', '2020-02')).toEqual({ from: '2018-03', to: '2019-02' });
  });

  it('refuses what is not a month key', () => {
    expect(() => previousPeriod('2020', '2020-05')).toThrow(/month key/);
  });
});

describe('periodOutsideData', () => {
  it('names a link period the data does not hold, and what is shown instead', () => {
    const shown = resolvePeriod('2030-01', '2030-06', JAN_2015, MAY_2020);
    expect(periodOutsideData('2030-01', '2030-06', shown)).toEqual({ asked: { from: '2030-01', to: '2030-06' }, shown });
    const clamped = resolvePeriod('2010-01', '2016-06', JAN_2015, MAY_2020);
    expect(periodOutsideData('2010-01', '2016-06', clamped)).toEqual({ asked: { from: '2010-01', to: '2016-06' }, shown: { from: '2015-01', to: '2016-06' } });
  });
  it('says nothing for a period inside the data or none at all', () => {
    expect(periodOutsideData('2016-03', '2018-11', resolvePeriod('2016-03', '2018-11', JAN_2015, MAY_2020))).toBeNull();
    expect(periodOutsideData(null, null, resolvePeriod(null, null, JAN_2015, MAY_2020))).toBeNull();
    expect(periodOutsideData('2016-03', null, resolvePeriod('2016-03', null, JAN_2015, MAY_2020))).toBeNull();
  });
});
