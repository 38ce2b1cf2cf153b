import { describe, expect, it } from 'vitest';
import {
  layoutForDate,
  layoutForYear,
  MERGER_DATE,
  PROVINCES_34,
  PROVINCES_63,
  province34,
  province63,
} from './provinces.ts';
import { REGIONS, type RegionId } from './regions.ts';

// The merger as written in Resolution 202/2025/QH15 / Decision 19/2025/QĐ-TTg, typed out independently of
// provinces.ts so that a typo in either place fails the test.
const EXPECTED_34: Record<string, { name: string; region: RegionId; constituents: string[] }> = {
  '01': { name: 'Hà Nội', region: 'DBSH', constituents: ['01'] },
  '04': { name: 'Cao Bằng', region: 'TDMNPB', constituents: ['04'] },
  '08': { name: 'Tuyên Quang', region: 'TDMNPB', constituents: ['02', '08'] },
  '11': { name: 'Điện Biên', region: 'TDMNPB', constituents: ['11'] },
  '12': { name: 'Lai Châu', region: 'TDMNPB', constituents: ['12'] },
  '14': { name: 'Sơn La', region: 'TDMNPB', constituents: ['14'] },
  '15': { name: 'Lào Cai', region: 'TDMNPB', constituents: ['10', '15'] },
  '19': { name: 'Thái Nguyên', region: 'TDMNPB', constituents: ['06', '19'] },
  '20': { name: 'Lạng Sơn', region: 'TDMNPB', constituents: ['20'] },
  '22': { name: 'Quảng Ninh', region: 'DBSH', constituents: ['22'] },
  '24': { name: 'Bắc Ninh', region: 'DBSH', constituents: ['24', '27'] },
  '25': { name: 'Phú Thọ', region: 'TDMNPB', constituents: ['17', '25', '26'] },
  '31': { name: 'Hải Phòng', region: 'DBSH', constituents: ['30', '31'] },
  '33': { name: 'Hưng Yên', region: 'DBSH', constituents: ['33', '34'] },
  '37': { name: 'Ninh Bình', region: 'DBSH', constituents: ['35', '36', '37'] },
  '38': { name: 'Thanh Hóa', region: 'BTB_DHMT', constituents: ['38'] },
  '40': { name: 'Nghệ An', region: 'BTB_DHMT', constituents: ['40'] },
  '42': { name: 'Hà Tĩnh', region: 'BTB_DHMT', constituents: ['42'] },
  '44': { name: 'Quảng Trị', region: 'BTB_DHMT', constituents: ['44', '45'] },
  '46': { name: 'Huế', region: 'BTB_DHMT', constituents: ['46'] },
  '48': { name: 'Đà Nẵng', region: 'BTB_DHMT', constituents: ['48', '49'] },
  '51': { name: 'Quảng Ngãi', region: 'BTB_DHMT', constituents: ['51', '62'] },
  '52': { name: 'Gia Lai', region: 'TN', constituents: ['52', '64'] },
  '56': { name: 'Khánh Hòa', region: 'BTB_DHMT', constituents: ['56', '58'] },
  '66': { name: 'Đắk Lắk', region: 'TN', constituents: ['54', '66'] },
  '68': { name: 'Lâm Đồng', region: 'TN', constituents: ['60', '67', '68'] },
  '75': { name: 'Đồng Nai', region: 'DNB', constituents: ['70', '75'] },
  '79': { name: 'TP. Hồ Chí Minh', region: 'DNB', constituents: ['74', '77', '79'] },
  '80': { name: 'Tây Ninh', region: 'DNB', constituents: ['72', '80'] },
  '82': { name: 'Đồng Tháp', region: 'DBSCL', constituents: ['82', '87'] },
  '86': { name: 'Vĩnh Long', region: 'DBSCL', constituents: ['83', '84', '86'] },
  '91': { name: 'An Giang', region: 'DBSCL', constituents: ['89', '91'] },
  '92': { name: 'Cần Thơ', region: 'DBSCL', constituents: ['92', '93', '94'] },
  '96': { name: 'Cà Mau', region: 'DBSCL', constituents: ['95', '96'] },
};

const EXPECTED_63_BY_REGION: Record<RegionId, string[]> = {
  TDMNPB: ['02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '24', '25'],
  DBSH: ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'],
  BTB_DHMT: ['38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54', '56', '58', '60'],
  TN: ['62', '64', '66', '67', '68'],
  DNB: ['70', '72', '74', '75', '77', '79'],
  DBSCL: ['80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96'],
};

const name63 = (code: string) => province63(code)?.name;
const name34 = (code: string) => province34(code)?.name;

describe('regions', () => {
  it('lists the six regions in order', () => {
    expect(REGIONS.map((r) => r.id)).toEqual(['TDMNPB', 'DBSH', 'BTB_DHMT', 'TN', 'DNB', 'DBSCL']);
    expect(REGIONS[5]).toEqual({ id: 'DBSCL', nameVi: 'Đồng bằng sông Cửu Long', nameEn: 'Mekong Delta' });
  });
});

describe('63-unit layout', () => {
  it('has exactly 63 units with unique two-digit codes, sorted by code', () => {
    expect(PROVINCES_63).toHaveLength(63);
    const codes = PROVINCES_63.map((p) => p.code);
    expect(new Set(codes).size).toBe(63);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    expect(codes).toEqual([...codes].sort());
  });

  it('has 14/11/14/5/6/13 units per region, with the listed codes', () => {
    for (const region of REGIONS) {
      const codes = PROVINCES_63.filter((p) => p.region === region.id).map((p) => p.code);
      expect(codes, region.id).toEqual(EXPECTED_63_BY_REGION[region.id]);
    }
    expect(REGIONS.map((r) => PROVINCES_63.filter((p) => p.region === r.id).length)).toEqual([
      14, 11, 14, 5, 6, 13,
    ]);
  });

  it('has five centrally-run cities; Thừa Thiên Huế is still a province', () => {
    const cities = PROVINCES_63.filter((p) => p.kind === 'city').map((p) => p.name);
    expect(cities).toEqual(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cần Thơ']);
    expect(province63('46')).toMatchObject({ name: 'Thừa Thiên Huế', kind: 'province' });
  });
});

describe('34-unit layout', () => {
  it('has exactly 34 units with unique two-digit codes, sorted by code', () => {
    expect(PROVINCES_34).toHaveLength(34);
    const codes = PROVINCES_34.map((p) => p.code);
    expect(new Set(codes).size).toBe(34);
    expect(codes).toEqual([...codes].sort());
  });

  it('has six centrally-run cities, Huế included', () => {
    const cities = PROVINCES_34.filter((p) => p.kind === 'city').map((p) => p.name);
    expect(cities).toEqual(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'TP. Hồ Chí Minh', 'Cần Thơ']);
  });

  it('matches the merger unit by unit: code, name, region and constituents', () => {
    expect(PROVINCES_34.map((p) => p.code)).toEqual(Object.keys(EXPECTED_34).sort());
    for (const p of PROVINCES_34) {
      const expected = EXPECTED_34[p.code];
      expect({ name: p.name, region: p.region, constituents: p.constituents }, p.code).toEqual(expected);
    }
  });

  it('has 11 unchanged units and 23 merged ones', () => {
    expect(PROVINCES_34.filter((p) => p.constituents.length === 1)).toHaveLength(11);
    expect(PROVINCES_34.filter((p) => p.constituents.length > 1)).toHaveLength(23);
  });
});

describe('63 → 34 mapping', () => {
  it('is total: every old unit maps to exactly one new unit that exists', () => {
    for (const p of PROVINCES_63) {
      expect(province34(p.newCode), p.name).toBeDefined();
      const containing = PROVINCES_34.filter((n) => n.constituents.includes(p.code));
      expect(
        containing.map((n) => n.code),
        p.name,
      ).toEqual([p.newCode]);
    }
  });

  it('is consistent both ways: constituents are exactly the old units whose newCode points here', () => {
    for (const n of PROVINCES_34) {
      const fromNewCode = PROVINCES_63.filter((p) => p.newCode === n.code).map((p) => p.code);
      expect(n.constituents, n.name).toEqual(fromNewCode);
    }
    const all = PROVINCES_34.flatMap((n) => n.constituents).sort();
    expect(all).toEqual(PROVINCES_63.map((p) => p.code));
  });

  it('merges the units a user would check', () => {
    expect(name34(province63('94')?.newCode ?? '')).toBe('Cần Thơ'); // Sóc Trăng
    expect(name34(province63('93')?.newCode ?? '')).toBe('Cần Thơ'); // Hậu Giang
    expect(name34(province63('74')?.newCode ?? '')).toBe('TP. Hồ Chí Minh'); // Bình Dương
    expect(name34(province63('77')?.newCode ?? '')).toBe('TP. Hồ Chí Minh'); // Bà Rịa – Vũng Tàu
    expect(name34(province63('82')?.newCode ?? '')).toBe('Đồng Tháp'); // Tiền Giang
    expect(name34(province63('46')?.newCode ?? '')).toBe('Huế'); // Thừa Thiên Huế
  });

  it('reuses codes for different units, so a code needs its layout', () => {
    const differing: [string, string, string][] = [
      ['80', 'Long An', 'Tây Ninh'],
      ['82', 'Tiền Giang', 'Đồng Tháp'],
      ['24', 'Bắc Giang', 'Bắc Ninh'],
      ['15', 'Yên Bái', 'Lào Cai'],
      ['44', 'Quảng Bình', 'Quảng Trị'],
      ['52', 'Bình Định', 'Gia Lai'],
      ['91', 'Kiên Giang', 'An Giang'],
    ];
    for (const [code, old, now] of differing) {
      expect([name63(code), name34(code)]).toEqual([old, now]);
    }
  });
});

describe('names', () => {
  const all = [...PROVINCES_63, ...PROVINCES_34];

  it('are NFC, with ASCII-only ascii names', () => {
    for (const p of all) {
      expect(p.name).toBe(p.name.normalize('NFC'));
      expect(p.nameAscii).toMatch(/^[\x20-\x7e]+$/);
      expect(p.nameEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('use the modern tone placement Hòa/Hóa consistently', () => {
    for (const p of all) expect(p.name, p.name).not.toMatch(/o[àáảãạ]/);
    expect(name63('17')).toBe('Hòa Bình');
    expect(name63('56')).toBe('Khánh Hòa');
    expect(name63('38')).toBe('Thanh Hóa');
  });

  it('have English names for the cities', () => {
    expect(['01', '31', '48', '79', '92'].map((c) => province63(c)?.nameEn)).toEqual([
      'Hanoi',
      'Hai Phong',
      'Da Nang',
      'Ho Chi Minh City',
      'Can Tho',
    ]);
    expect(province34('46')?.nameEn).toBe('Hue');
    expect(province63('94')?.nameEn).toBe('Soc Trang');
  });

  it('look up by exact code only', () => {
    expect(province63('01')?.name).toBe('Hà Nội');
    expect(province63('03')).toBeUndefined();
    expect(province34('94')).toBeUndefined();
  });
});

describe('layout selection', () => {
  it('switches on the merger date', () => {
    expect(MERGER_DATE).toBe('2025-07-01');
    expect(layoutForDate('2025-06-30')).toBe('63');
    expect(layoutForDate('2025-07-01')).toBe('34');
    expect(layoutForDate('2024-12-31')).toBe('63');
    expect(layoutForDate('2026-01-15')).toBe('34');
    expect(layoutForDate('2025-06-30T23:59:59')).toBe('63');
    expect(() => layoutForDate('30/06/2025')).toThrow(RangeError);
  });

  it('reads a year-only 2025 row as pre-merger', () => {
    expect(layoutForYear(2019)).toBe('63');
    expect(layoutForYear(2025)).toBe('63');
    expect(layoutForYear(2026)).toBe('34');
  });
});
