import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../e2e/fixtures/ingest/seededRandom.ts';
import { MOU_TYPES, PRODUCER_TYPES, PRODUCT_GROUPS } from '../model/ocop.ts';
import {
  dateOrderOf,
  parseChoice,
  parseCount,
  parseDate,
  parseNumber,
  parseProvince,
  parseProvinceList,
  parseStar,
  parseTargetProvince,
  parseText,
  parseYear,
} from './parseValues.ts';

const value = <T>(p: { ok: true; value: T } | { ok: false }): T | undefined => (p.ok ? p.value : undefined);

/** `parse` reads each input as its value. */
function itReads<T>(parse: (raw: string) => unknown, cases: [string, T][]): void {
  it.each(cases)('%j → %j', (input, expected) => {
    expect(parse(input)).toEqual({ ok: true, value: expected });
  });
}

/** `parse` refuses each input, for the reason `reason(input)`. */
function itRejects(
  parse: (raw: string) => unknown,
  inputs: string[],
  reason: (input: string) => unknown,
): void {
  it.each(inputs)('rejects %j', (input) => {
    expect(parse(input)).toEqual({ ok: false, reason: reason(input) });
  });
}

describe('parseCount', () => {
  itReads(parseCount, [
    ['1204', 1204],
    ['1.204', 1204],
    ['12.345.678', 12345678],
    ['1 204', 1204],
    ['1\u00a0204', 1204],
    ['1\u202f204\u202f000', 1204000],
    ['1,204', 1204],
    ['1,234,567', 1234567],
    ['1.204,0', 1204],
    ['1204,00', 1204],
    [' 0 ', 0],
    ['007', 7],
  ]);

  itRejects(
    parseCount,
    ['1.5', '-3', 'abc', '1,5', '1.2.3', '12,34', '0,500', '1e3', '50%', '+3', '1.204,5', '99.999.999.999'],
    (input) => ({ code: 'notACount', value: input.trim() }),
  );

  it('calls an empty cell required', () => {
    expect(parseCount('  ')).toEqual({ ok: false, reason: { code: 'required' } });
  });

  it('property: counts written Vietnamese-, space- or English-style parse back', () => {
    const random = seededRandom(20240705);
    for (let i = 0; i < 2000; i++) {
      const n = random.int(0, 10 ** random.int(1, 9));
      const grouped = (sep: string): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
      const style = random.pick(['vi', 'space', 'nbsp', 'en', 'plain', 'vi-decimal'] as const);
      const text = {
        vi: grouped('.'),
        space: grouped(' '),
        nbsp: grouped('\u00a0'),
        en: grouped(','),
        plain: String(n),
        'vi-decimal': `${grouped('.')},${'0'.repeat(random.int(1, 2))}`,
      }[style];
      expect(parseCount(text), `${style} ${text}`).toEqual({ ok: true, value: n });
    }
  });
});

describe('parseNumber', () => {
  itReads(parseNumber, [
    ['1.234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1,5', 1.5],
    ['1.234', 1234],
    ['0.5', 0.5],
    ['0.500', 0.5],
    ['1,234.5', 1234.5],
    ['1 234,75', 1234.75],
    ['12.345.678,9', 12345678.9],
    ['42', 42],
  ]);

  itRejects(parseNumber, ['50%', '-1', 'abc', '1.2.3', '1,2,3', '1.', ',5', '1.234.5', '1e3'], () =>
    expect.objectContaining({ code: 'notANumber' }),
  );
});

describe('parseYear', () => {
  itReads(parseYear, [
    ['2023', 2023],
    ['Năm 2023', 2023],
    ['năm 2000', 2000],
    [' 2100 ', 2100],
    // A date where a year is expected gives its year.
    ['01/08/2020', 2020],
    ['2020-08-01', 2020],
    ['1/8/2020 00:00:00', 2020],
    ['44044', 2020],
    ['ngày 1 tháng 8 năm 2020', 2020],
    ['Số 123/QĐ-UBND ngày 01/8/2020', 2020],
    ['QĐ 45/QĐ-UBND, 15.12.2025', 2025],
    ['08/2020', 2020],
    ['2.023', 2023],
    ['2,023', 2023],
    ['T8/2020', 2020],
    ['Tháng 8 năm 2020', 2020],
  ]);

  it('does not choose between two dates in one cell', () => {
    expect(parseYear('01/8/2020 - 05/9/2021').ok).toBe(false);
  });

  itRejects(parseYear, ['1999', '2101', '2023.0', '23', 'abc', '-2023', '20 23'], (input) => ({
    code: 'yearOutOfRange',
    value: input,
  }));
});

describe('dates written month first (Excel on an English Windows)', () => {
  it('reads a file’s order from its cells: month first only where no date can be day first', () => {
    expect(dateOrderOf(['11/5/2020', '9/20/2019 0:00', '4/5/2024'])).toBe('mdy');
    expect(dateOrderOf(['11/5/2020', '4/5/2024', '2024-03-05', ''])).toBe('dmy');
    expect(dateOrderOf(['20/9/2019', '11/5/2020'])).toBe('dmy');
    // Both kinds: not one order; day first, and the other kind is rejected.
    expect(dateOrderOf(['9/20/2019', '25/12/2020'])).toBe('dmy');
    expect(dateOrderOf([])).toBe('dmy');
  });

  it('reads every d/m/y cell month first in that order, and nothing else differently', () => {
    expect(parseDate('9/20/2019', 'mdy')).toEqual({ ok: true, value: '2019-09-20' });
    expect(parseDate('11/5/2020', 'mdy')).toEqual({ ok: true, value: '2020-11-05' });
    expect(parseDate('11/5/2020')).toEqual({ ok: true, value: '2020-05-11' });
    expect(parseDate('20/9/2019', 'mdy').ok).toBe(false);
    expect(parseDate('2024-03-05', 'mdy')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseDate('ngày 5 tháng 3 năm 2024', 'mdy')).toEqual({ ok: true, value: '2024-03-05' });
    expect(parseYear('9/20/2019', 'mdy')).toEqual({ ok: true, value: 2019 });
  });
});

describe('parseDate', () => {
  itReads(parseDate, [
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['13/12/2024', '2024-12-13'],
    ['05/03/2024 00:00:00', '2024-03-05'],
    ['2024-03-05T00:00', '2024-03-05'],
    ['ngày 5 tháng 3 năm 2024', '2024-03-05'],
    ['25569', '1970-01-01'],
    ['45356', '2024-03-05'],
    ['45356.5', '2024-03-05'],
  ]);

  itRejects(
    parseDate,
    [
      '31/02/2024',
      '29/02/2023',
      '12/13/2024',
      '00/01/2024',
      '05/03/24',
      '05/03-2024',
      '19999',
      '80001',
      'hôm qua',
    ],
    (input) => ({ code: 'notADate', value: input }),
  );

  it('never reads month first: 03/05/2024 is 3 May', () => {
    expect(value(parseDate('03/05/2024'))).toBe('2024-05-03');
  });
});

describe('parseStar', () => {
  itReads(parseStar, [
    ['3', '3'],
    ['4', '4'],
    ['4 sao', '4'],
    ['4★', '4'],
    ['★★★★', '4'],
    ['★★★☆☆', '3'],
    ['4*', '4'],
    ['Hạng 4 sao', '4'],
    ['4-star', '4'],
    ['5 stars', '5'],
    ['4.0', '4'],
    ['3 sao OCOP', '3'],
    ['Tiềm năng 5 sao', 'potential-5'],
    ['5 sao tiềm năng', 'potential-5'],
    ['potential 5', 'potential-5'],
    ['potential-5', 'potential-5'],
    ['Tiềm năng 5★', 'potential-5'],
    // As provincial lists write them.
    ['3★', '3'],
    ['★★★', '3'],
    ['3 sao', '3'],
    ['Hạng 3', '3'],
    ['hạng 3 sao', '3'],
    ['đạt 3 sao', '3'],
    ['Đạt 4 sao', '4'],
    ['Xếp hạng 4 sao', '4'],
    ['4 sao cấp tỉnh', '4'],
    ['5 sao quốc gia', '5'],
    ['5 sao cấp quốc gia', '5'],
    ['Ba sao', '3'],
    ['tiềm năng 5 sao', 'potential-5'],
    ['Đề nghị công nhận 5 sao', 'proposed-5'],
    ['đề nghị công nhận 5 sao quốc gia', 'proposed-5'],
    ['Đề nghị 5 sao', 'proposed-5'],
    ['Đề xuất 5★', 'proposed-5'],
    ['Proposed 5-star', 'proposed-5'],
    ['proposed-5', 'proposed-5'],
    ['Ba (3) sao', '3'],
    ['4 sao (năm 2023)', '4'],
    ['5 sao (cấp Trung ương)', '5'],
    ['Đề nghị Trung ương công nhận 5 sao', 'proposed-5'],
  ]);

  itRejects(
    parseStar,
    ['6', 'abc', '7', 'Tiềm năng 4 sao', '4.5', 'Đề nghị 4 sao', 'Tiềm năng đề nghị 5 sao'],
    (input) => ({ code: 'starOutOfRange', value: input }),
  );

  it.each([
    ['2 sao', 2],
    ['★★', 2],
    ['1', 1],
    ['Hạng 2', 2],
    ['đạt 1 sao', 1],
  ])('says %j is not an OCOP rating', (input, stars) => {
    expect(parseStar(input)).toEqual({ ok: false, reason: { code: 'notOcopStar', value: input, stars } });
  });
});

describe('parseChoice', () => {
  it('resolves labels and aliases in any spelling', () => {
    expect(value(parseChoice(PRODUCT_GROUPS, 'THỰC PHẨM', 'productGroup'))).toBe('food');
    expect(value(parseChoice(PRODUCT_GROUPS, 'Thuc pham', 'productGroup'))).toBe('food');
  });

  it('reads a group with the numbering, note or kind a list adds to it', () => {
    const group = (cell: string) => value(parseChoice(PRODUCT_GROUPS, cell, 'productGroup'));
    expect(
      ['1. Thực phẩm', 'Nhóm 1: Thực phẩm', '(1) Thực phẩm', 'Thực phẩm (Nhóm 1)', 'Thực phẩm chế biến'].map(
        group,
      ),
    ).toEqual(['food', 'food', 'food', 'food', 'food']);
    expect(['Thực phẩm - Thực phẩm chế biến', 'Nhóm 2: Đồ uống (rượu)', 'Đồ uống có cồn'].map(group)).toEqual(
      ['food', 'beverage', 'beverage'],
    );
    expect(group('Dịch vụ du lịch cộng đồng và du lịch sinh thái')).toBe('tourism');
    // A 2019 group's own dashes are its name, not a kind.
    expect(group('Lưu niệm - nội thất - trang trí')).toBe('handicraft');
    expect(group('Xe máy (nhóm 7)')).toBeUndefined();
  });

  it('never reads the part before a dash as another list’s choice', () => {
    // "Chính quyền" alone is not a MoU type; the whole is read, or rejected, not half of it.
    expect(value(parseChoice(MOU_TYPES, 'Chính quyền - doanh nghiệp', 'mouType'))).toBe('gov_business');
    expect(value(parseChoice(MOU_TYPES, '1. Doanh nghiệp với doanh nghiệp (B2B)', 'mouType'))).toBe(
      'business_business',
    );
    expect(value(parseChoice(PRODUCER_TYPES, 'Công ty TNHH', 'producerType'))).toBe('enterprise');
    expect(value(parseChoice(PRODUCER_TYPES, 'Doanh nghiệp tư nhân', 'producerType'))).toBe('enterprise');
  });

  it('reports an unknown value with its kind', () => {
    expect(parseChoice(PRODUCT_GROUPS, 'Xe máy', 'productGroup')).toEqual({
      ok: false,
      reason: { code: 'unknownChoice', value: 'Xe máy', kind: 'productGroup' },
    });
  });
});

describe('parseProvince', () => {
  it('resolves names and codes in the given layout', () => {
    expect(parseProvince('TP.HCM', '63')).toEqual({ ok: true, value: { code: '79', layout: '63' } });
    expect(parseProvince(' Thừa Thiên Huế ', '63')).toEqual({
      ok: true,
      value: { code: '46', layout: '63' },
    });
  });

  it('maps an old unit in a post-merger row and says so', () => {
    expect(parseProvince('Sóc Trăng', '34')).toEqual({
      ok: true,
      value: { code: '92', layout: '34', mergedFrom: '94' },
    });
  });

  it('reports unknown provinces with the value', () => {
    expect(parseProvince('Atlantis', '63')).toEqual({
      ok: false,
      reason: { code: 'unknownProvince', value: 'Atlantis' },
    });
  });
});

describe('parseTargetProvince', () => {
  it.each(['all', 'Cả nước', 'TOÀN QUỐC', 'tất cả'])('%j is all provinces', (input) => {
    expect(value(parseTargetProvince(input, '63'))).toBe('all');
  });

  it('otherwise resolves a province', () => {
    expect(value(parseTargetProvince('Hà Nội', '63'))).toEqual({ code: '01', layout: '63' });
  });
});

describe('parseProvinceList', () => {
  it('reads a bare number of provinces', () => {
    expect(value(parseProvinceList('27', '63'))).toEqual({ count: 27, codes: [], merged: [] });
    expect(value(parseProvinceList('27 tỉnh', '63'))).toEqual({ count: 27, codes: [], merged: [] });
  });

  it('reads lists separated by ";", "," or " và ", counting distinct provinces', () => {
    expect(value(parseProvinceList('Hà Nội; TP.HCM, Cần Thơ và Huế; Hanoi', '63'))).toEqual({
      count: 4,
      codes: ['01', '79', '92', '46'],
      merged: [],
    });
  });

  it('reports merged old units of a post-merger list', () => {
    expect(value(parseProvinceList('Sóc Trăng; Hậu Giang; Cần Thơ', '34'))).toEqual({
      count: 1,
      codes: ['92'],
      merged: [
        { oldCode: '94', newCode: '92' },
        { oldCode: '93', newCode: '92' },
      ],
    });
  });

  it('rejects the list on its first unknown name', () => {
    expect(parseProvinceList('Hà Nội; Atlantis; Mu', '63')).toEqual({
      ok: false,
      reason: { code: 'unknownProvince', value: 'Atlantis' },
    });
  });
});

describe('parseText', () => {
  it('trims, NFC-normalizes, and turns empty into null', () => {
    expect(parseText('  Trà sen  ')).toEqual({ ok: true, value: 'Trà sen' });
    expect(parseText('Huế'.normalize('NFD'))).toEqual({ ok: true, value: 'Huế' });
    expect(parseText(' \t ')).toEqual({ ok: true, value: null });
  });
});
