import { describe, expect, it } from 'vitest';
import type { ProvinceMetricRow } from '../../queries/provinceMetrics';
import { placeOnMap } from './mapRegions';

const row = (
  change: Partial<ProvinceMetricRow> & Pick<ProvinceMetricRow, 'unitCode'>,
): ProvinceMetricRow => ({
  unitKey: `${change.unitLayout ?? '63'}:${change.unitCode}`,
  unitLayout: '63',
  name: '',
  nameEn: '',
  postMerger: false,
  value: null,
  illustrative: 0,
  previous: null,
  previousIllustrative: 0,
  ...change,
});

describe('placeOnMap', () => {
  it('gives every unit of the layout an entry, null where there is no data', () => {
    const placed = placeOnMap([row({ unitCode: '94', value: 99 })], '63', 'level');
    expect(placed.regions).toHaveLength(63);
    expect(placed.regions.find((r) => r.code === '94')).toMatchObject({ name: 'Sóc Trăng', value: 99 });
    expect(placed.regions.find((r) => r.code === '92')?.value).toBeNull();
    expect(placeOnMap([], '34', 'level').regions).toHaveLength(34);
  });

  it('sets post-merger figures aside in the 63 layout and counts what is not shown', () => {
    const rows = [
      row({ unitCode: '94', previous: 120 }),
      row({ unitCode: '92', unitLayout: '34', postMerger: true, value: 40, illustrative: 40 }),
      row({ unitCode: '79', unitLayout: '34', postMerger: true, value: 7, illustrative: 7 }),
    ];
    const placed = placeOnMap(rows, '63', 'level');
    expect(placed.notShown).toEqual({ units: 2, value: 47, illustrative: 47 });
    // Never split back among the old units.
    for (const code of ['92', '93', '94', '74', '77', '79']) {
      expect(placed.regions.find((r) => r.code === code)?.value).toBeNull();
    }
  });

  it('computes a change only where both years have data for the same unit', () => {
    const rows = [
      row({ unitCode: '01', value: 320, previous: 301, illustrative: 19 }),
      row({ unitCode: '94', value: 10 }),
      row({ unitCode: '87', previous: 5 }),
    ];
    const placed = placeOnMap(rows, '63', 'change');
    const hanoi = placed.regions.find((r) => r.code === '01');
    expect(hanoi).toMatchObject({ value: 19, current: 320, previous: 301, notComparable: false });
    expect(placed.regions.find((r) => r.code === '94')?.value).toBeNull();
    expect(placed.regions.find((r) => r.code === '87')?.value).toBeNull();
  });

  it('refuses a change for old provinces whose figures moved to their new unit in one of the years', () => {
    const rows = [
      row({ unitCode: '94', value: 30, previous: 20 }),
      row({ unitCode: '01', value: 30, previous: 20 }),
      row({ unitCode: '92', unitLayout: '34', postMerger: true, value: 5 }),
    ];
    const placed = placeOnMap(rows, '63', 'change');
    // Sóc Trăng became part of Cần Thơ (34:92): its change would miss what was recorded under Cần Thơ.
    expect(placed.regions.find((r) => r.code === '94')).toMatchObject({ value: null, notComparable: true });
    expect(placed.regions.find((r) => r.code === '01')).toMatchObject({ value: 10, notComparable: false });
  });

  it('counts illustrative figures of both years in change mode', () => {
    const rows = [
      row({
        unitCode: '92',
        unitLayout: '34',
        value: 8,
        previous: 4,
        illustrative: 8,
        previousIllustrative: 4,
      }),
    ];
    const placed = placeOnMap(rows, '34', 'change');
    expect(placed.regions.find((r) => r.code === '92')).toMatchObject({ value: 4, illustrative: 12 });
    expect(placed.notShown.units).toBe(0);
  });
});
