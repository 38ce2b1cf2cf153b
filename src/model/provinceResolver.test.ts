import { describe, expect, it } from 'vitest';
import { createProvinceResolver, resolveProvince } from './provinceResolver.ts';
import { type Layout, PROVINCES_34, PROVINCES_63, type Province34, type Province63 } from './provinces.ts';

const HCMC_SPELLINGS = [
  'TP. Hồ Chí Minh',
  'TP.HCM',
  'TPHCM',
  'TP HCM',
  'HCM',
  'HCMC',
  'Thành phố Hồ Chí Minh',
  'Ho Chi Minh City',
  'Hồ Chí Minh',
  'Sài Gòn',
  'Saigon',
  'tp.hcm',
  'Tp. Hồ Chí Minh',
];

const ok = (code: string, layout: Layout, mergedFrom?: string) =>
  mergedFrom === undefined ? { ok: true, code, layout } : { ok: true, code, layout, mergedFrom };

describe('resolveProvince: codes', () => {
  it('reads one- or two-digit codes in the given layout', () => {
    expect(resolveProvince('1', '63')).toEqual(ok('01', '63'));
    expect(resolveProvince('01', '34')).toEqual(ok('01', '34'));
    expect(resolveProvince(' 79 ', '34')).toEqual(ok('79', '34'));
    expect(resolveProvince('4', '63')).toEqual(ok('04', '63'));
  });

  it('gives the same code a different unit in each layout ("80": Long An vs Tây Ninh)', () => {
    const r63 = resolveProvince('80', '63');
    const r34 = resolveProvince('80', '34');
    expect(r63).toEqual(ok('80', '63'));
    expect(r34).toEqual(ok('80', '34'));
    expect(PROVINCES_63.find((p) => p.code === '80')?.name).toBe('Long An');
    expect(PROVINCES_34.find((p) => p.code === '80')?.name).toBe('Tây Ninh');
  });

  it('rejects codes that do not exist in the layout, without mapping old codes', () => {
    expect(resolveProvince('94', '34')).toEqual({ ok: false, reason: 'unknownProvince', input: '94' });
    expect(resolveProvince('03', '63')).toEqual({ ok: false, reason: 'unknownProvince', input: '03' });
    expect(resolveProvince('0', '63')).toMatchObject({ ok: false, reason: 'unknownProvince' });
    expect(resolveProvince('079', '63')).toMatchObject({ ok: false, reason: 'unknownProvince' });
  });
});

describe('resolveProvince: names', () => {
  it('resolves every spelling of Ho Chi Minh City to 79 in both layouts', () => {
    for (const layout of ['63', '34'] as const) {
      for (const s of HCMC_SPELLINGS) expect(resolveProvince(s, layout), s).toEqual(ok('79', layout));
    }
  });

  it('resolves Hanoi spellings to 01', () => {
    for (const s of ['Hà Nội', 'Ha Noi', 'Hanoi', 'Thủ đô Hà Nội', 'HN', 'Thành phố Hà Nội', 'TP. Hà Nội']) {
      expect(resolveProvince(s, '63'), s).toEqual(ok('01', '63'));
      expect(resolveProvince(s, '34'), s).toEqual(ok('01', '34'));
    }
  });

  it('resolves Huế spellings to 46 in both layouts, directly', () => {
    for (const s of [
      'Huế',
      'Thừa Thiên Huế',
      'Thừa Thiên – Huế',
      'TT Huế',
      'TT-Huế',
      'Thành phố Huế',
      'Hue',
    ]) {
      expect(resolveProvince(s, '63'), s).toEqual(ok('46', '63'));
      expect(resolveProvince(s, '34'), s).toEqual(ok('46', '34'));
    }
  });

  it('accepts the common variant spellings', () => {
    const cases: [string, string][] = [
      ['BR-VT', '77'],
      ['BRVT', '77'],
      ['Vũng Tàu', '77'],
      ['Bà Rịa - Vũng Tàu', '77'],
      ['Đắc Lắc', '66'],
      ['Daklak', '66'],
      ['Dak Lak', '66'],
      ['Đắk Nông', '67'],
      ['Dak Nong', '67'],
      ['Kontum', '62'],
      ['Hoà Bình', '17'],
      ['Khánh Hoà', '56'],
      ['Thanh Hoá', '38'],
      ['Bắc Cạn', '06'],
      ['Danang', '48'],
      ['Haiphong', '31'],
    ];
    for (const [s, code] of cases) expect(resolveProvince(s, '63'), s).toEqual(ok(code, '63'));
  });

  it('strips administrative prefixes', () => {
    expect(resolveProvince('Tỉnh Sóc Trăng', '63')).toEqual(ok('94', '63'));
    expect(resolveProvince('Thành phố Cần Thơ', '63')).toEqual(ok('92', '63'));
    expect(resolveProvince('TP. Cần Thơ', '63')).toEqual(ok('92', '63'));
    expect(resolveProvince('TP Đà Nẵng', '63')).toEqual(ok('48', '63'));
    expect(resolveProvince('T.P. Đà Nẵng', '63')).toEqual(ok('48', '63'));
    expect(resolveProvince('T. Đồng Tháp', '63')).toEqual(ok('87', '63'));
    expect(resolveProvince('tỉnh  Kon Tum', '63')).toEqual(ok('62', '63'));
  });

  it('treats NFD input exactly like NFC input', () => {
    for (const layout of ['63', '34'] as const) {
      for (const p of layout === '63' ? PROVINCES_63 : PROVINCES_34) {
        const nfc = resolveProvince(p.name.normalize('NFC'), layout);
        expect(resolveProvince(p.name.normalize('NFD'), layout)).toEqual(nfc);
      }
    }
  });

  it('resolves every unit by its own name, ASCII name, English name and aliases, in its layout', () => {
    for (const p of PROVINCES_63) {
      for (const s of [p.name, p.nameAscii, p.nameEn, ...p.aliases]) {
        expect(resolveProvince(s, '63'), s).toEqual(ok(p.code, '63'));
      }
    }
    for (const p of PROVINCES_34) {
      for (const s of [p.name, p.nameAscii, p.nameEn, ...p.aliases]) {
        expect(resolveProvince(s, '34'), s).toEqual(ok(p.code, '34'));
      }
    }
  });

  it('maps "Huế" to Thừa Thiên Huế in the 63 layout', () => {
    expect(resolveProvince('Huế', '63')).toEqual(ok('46', '63'));
  });
});

describe('resolveProvince: old names in post-merger rows', () => {
  it('maps a merged unit to its new unit and reports the old code', () => {
    expect(resolveProvince('Tỉnh Sóc Trăng', '63')).toEqual(ok('94', '63'));
    expect(resolveProvince('Tỉnh Sóc Trăng', '34')).toEqual(ok('92', '34', '94'));
    expect(resolveProvince('Hậu Giang', '34')).toEqual(ok('92', '34', '93'));
    expect(resolveProvince('Bình Dương', '34')).toEqual(ok('79', '34', '74'));
    expect(resolveProvince('BR-VT', '34')).toEqual(ok('79', '34', '77'));
    expect(resolveProvince('Tiền Giang', '34')).toEqual(ok('82', '34', '82'));
    expect(resolveProvince('Long An', '34')).toEqual(ok('80', '34', '80'));
    expect(resolveProvince('Hà Giang', '34')).toEqual(ok('08', '34', '02'));
    expect(resolveProvince('Bắc Cạn', '34')).toEqual(ok('19', '34', '06'));
  });

  it('maps every old unit to its new unit; a name the new unit kept is a direct match', () => {
    for (const p of PROVINCES_63) {
      const target = PROVINCES_34.find((n) => n.code === p.newCode);
      const keptName = target?.name === p.name || p.code === '46';
      for (const s of [p.name, p.nameAscii]) {
        expect(resolveProvince(s, '34'), s).toEqual(ok(p.newCode, '34', keptName ? undefined : p.code));
      }
    }
  });

  it('keeps the current name when an old unit of the same name merged in (Lào Cai, Quảng Trị, Gia Lai)', () => {
    expect(resolveProvince('Lào Cai', '34')).toEqual(ok('15', '34'));
    expect(resolveProvince('Quảng Trị', '34')).toEqual(ok('44', '34'));
    expect(resolveProvince('Gia Lai', '34')).toEqual(ok('52', '34'));
    expect(resolveProvince('Yên Bái', '34')).toEqual(ok('15', '34', '15'));
  });
});

describe('resolveProvince: "not stated"', () => {
  it('reads the explicit "not stated" spellings as code 00 in either layout', () => {
    for (const s of ['không xác định', 'Không xác định', 'KHONG XAC DINH', 'chưa xác định', 'không nêu']) {
      for (const layout of ['63', '34'] as const)
        expect(resolveProvince(s, layout), s).toEqual(ok('00', layout));
    }
  });

  it('does not take a near spelling or an empty cell for "not stated"', () => {
    for (const s of ['không', 'xác định', '0', '00', '']) expect(resolveProvince(s, '63').ok, s).toBe(false);
  });
});

describe('resolveProvince: failures', () => {
  it('reports unknown names and empty input, never guessing', () => {
    for (const s of ['Xyz', '', '   ', '-', 'Hồ Chí', 'Ho Chi Minh Cty', 'Sóc Trang x', 'Tỉnh', 'TP']) {
      for (const layout of ['63', '34'] as const) {
        expect(resolveProvince(s, layout), s).toEqual({ ok: false, reason: 'unknownProvince', input: s });
      }
    }
  });

  it('reports a spelling shared by two units as ambiguous', () => {
    const a: Province63 = {
      code: '01',
      name: 'Alpha',
      nameAscii: 'Alpha',
      nameEn: 'Alpha',
      kind: 'province',
      region: 'DBSH',
      newCode: '01',
      aliases: ['Shared'],
    };
    const b: Province63 = {
      ...a,
      code: '02',
      name: 'Beta',
      nameAscii: 'Beta',
      nameEn: 'Beta',
      newCode: '02',
    };
    const n1: Province34 = { ...a, constituents: ['01'], aliases: [] };
    const n2: Province34 = { ...b, constituents: ['02'], aliases: [] };
    const resolve = createProvinceResolver([a, b], [n1, n2]);
    expect(resolve('Alpha', '63')).toEqual(ok('01', '63'));
    expect(resolve('Shared', '63')).toEqual({ ok: false, reason: 'ambiguousProvince', input: 'Shared' });
    expect(resolve('Tỉnh Shared', '34')).toEqual({
      ok: false,
      reason: 'ambiguousProvince',
      input: 'Tỉnh Shared',
    });
    expect(resolve('Shared', '34')).toMatchObject({ ok: false, reason: 'ambiguousProvince' });
  });

  it('has no ambiguous spelling in the real reference data', () => {
    for (const p of PROVINCES_63) {
      for (const s of [p.name, p.nameAscii, p.nameEn, ...p.aliases]) {
        expect(resolveProvince(s, '34').ok, s).toBe(true);
      }
    }
  });
});

// mulberry32: a tiny seeded generator, so a failure reproduces exactly.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEPARATORS = [' ', '  ', '   ', '\u00a0', ' - ', '–', ' – ', '.', '. ', '/', ', ', '\t', '_'];
const PREFIXES = ['', '', '', 'Tỉnh ', 'tinh ', 'Thành phố ', 'TP. ', 'Tp ', 'T.P. '];

function scramble(text: string, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let out = pick(PREFIXES) + ' '.repeat(Math.floor(random() * 3));
  words.forEach((word, i) => {
    if (i > 0) out += pick(SEPARATORS);
    for (const ch of word) out += random() < 0.5 ? ch.toUpperCase() : ch.toLowerCase();
  });
  out += ' '.repeat(Math.floor(random() * 3));
  return random() < 0.5 ? out.normalize('NFD') : out.normalize('NFC');
}

describe('resolveProvince: property-style', () => {
  const random = rng(20250701);
  const ROUNDS = 20;

  /** Every spelling of every unit of `layout`, scrambled, resolves to that unit. */
  function expectEveryNameScrambled(layout: Layout): void {
    for (const p of layout === '63' ? PROVINCES_63 : PROVINCES_34) {
      for (const s of [p.name, p.nameAscii, p.nameEn, ...p.aliases]) {
        const input = scramble(s, random);
        expect(resolveProvince(input, layout), JSON.stringify(input)).toEqual(ok(p.code, layout));
      }
    }
  }

  it('survives random case, spacing, separators, prefixes and NFC/NFD in every name (63)', () => {
    for (let round = 0; round < ROUNDS; round++) expectEveryNameScrambled('63');
  });

  it('survives the same treatment in the 34 layout, including old names', () => {
    for (let round = 0; round < ROUNDS; round++) {
      expectEveryNameScrambled('34');
      for (const p of PROVINCES_63) {
        const input = scramble(p.name, random);
        const r = resolveProvince(input, '34');
        expect(r.ok && r.code, JSON.stringify(input)).toBe(p.newCode);
        expect(r.ok && [undefined, p.code].includes(r.mergedFrom), JSON.stringify(input)).toBe(true);
      }
    }
  });
});
