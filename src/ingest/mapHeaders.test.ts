import { describe, expect, it } from 'vitest';
import { guessDataset, headerSignature, mapHeaders } from './mapHeaders.ts';

const VI_OCOP = ['STT', 'Tỉnh/Thành phố', 'Năm công nhận', 'Số sao', 'Nhóm sản phẩm', 'Số lượng'];

describe('mapHeaders', () => {
  it('maps Vietnamese headers of an OCOP report', () => {
    expect(mapHeaders(VI_OCOP, 'ocop_products')).toEqual({
      dataset: 'ocop_products',
      mapping: { province: 1, year: 2, star: 3, product_group: 4, count: 5 },
      unmappedHeaders: ['STT'],
      missingRequired: [],
      score: 32,
    });
  });

  it('maps English canonical names in any case, "_" written as a space', () => {
    const guess = mapHeaders(['Province', 'YEAR', 'Star', 'Product group', 'data_kind'], 'ocop_products');
    expect(guess.mapping).toEqual({ province: 0, year: 1, star: 2, product_group: 3, data_kind: 4 });
  });

  it('is insensitive to diacritics, NFD, punctuation and bracketed notes', () => {
    const guess = mapHeaders(
      ['tinh / thanh pho', 'NĂM CÔNG NHẬN'.normalize('NFD'), 'Số sao (*)', 'Số lượng (sản phẩm)'],
      'ocop_products',
    );
    expect(guess.mapping).toEqual({ province: 0, year: 1, star: 2, count: 3 });
  });

  it('uses each header once and each column once, the better spelling winning', () => {
    // "Mã tỉnh" and "Tỉnh" are both province aliases; "Tỉnh" comes first in the alias list.
    const guess = mapHeaders(['Mã tỉnh', 'Tỉnh', 'Năm', 'Hạng', 'Tỉnh'], 'ocop_products');
    expect(guess.mapping).toEqual({ province: 1, year: 2, star: 3 });
    expect(guess.unmappedHeaders).toEqual(['Mã tỉnh', 'Tỉnh']);
  });

  it('lists missing required columns and penalizes them', () => {
    const guess = mapHeaders(['Tỉnh', 'Năm'], 'ocop_products');
    expect(guess.missingRequired).toEqual(['star']);
    expect(guess.score).toBe(10);
  });
});

describe('guessDataset', () => {
  it('ranks every dataset, best first', () => {
    const guesses = guessDataset(VI_OCOP);
    expect(guesses.map((g) => g.dataset).sort()).toEqual([
      'distribution',
      'events',
      'mous',
      'national_totals',
      'ocop_products',
      'targets',
    ]);
    expect(guesses[0]?.dataset).toBe('ocop_products');
  });

  it('recognises each dataset from its typical headers', () => {
    expect(guessDataset(['Ngày ký', 'Bên A', 'Tỉnh bên A', 'Bên B', 'Tỉnh bên B', 'Loại'])[0]?.dataset).toBe(
      'mous',
    );
    expect(
      guessDataset(['Năm', 'Tỉnh xuất xứ', 'Nơi tiêu thụ', 'Kênh phân phối', 'Số sản phẩm'])[0]?.dataset,
    ).toBe('distribution');
    expect(
      guessDataset(['Ngày tổ chức', 'Tên sự kiện', 'Tỉnh tổ chức', 'Số tỉnh tham gia'])[0]?.dataset,
    ).toBe('events');
    expect(guessDataset(['Chỉ tiêu', 'Địa phương', 'Năm kế hoạch', 'Mục tiêu'])[0]?.dataset).toBe('targets');
  });
});

describe('headerSignature', () => {
  it('is the same for the same headers however they are written, and differs otherwise', () => {
    const a = headerSignature(VI_OCOP);
    expect(headerSignature(VI_OCOP.map((h) => h.toUpperCase().normalize('NFD')))).toBe(a);
    expect(headerSignature([...VI_OCOP].reverse())).not.toBe(a);
    expect(headerSignature([...VI_OCOP, 'Nguồn'])).not.toBe(a);
    expect(headerSignature(['a b', 'c'])).not.toBe(headerSignature(['a', 'b c']));
  });
});

describe('years from dates', () => {
  it('reads the year from the recognition date of a list with no year column, and keeps the date', () => {
    const header = ['STT', 'Tên sản phẩm', 'Tỉnh', 'Ngày công nhận', 'Hạng sao'];
    const guess = mapHeaders(header, 'ocop_products');
    expect(guess.mapping.year).toBe(3);
    expect(guess.mapping.recognition_date).toBe(3);
    expect(guess.missingRequired).toEqual([]);
    expect(guessDataset(header)[0]?.dataset).toBe('ocop_products');
  });

  it('prefers a year column, and a recognition date over a plain date', () => {
    const both = mapHeaders(['Tỉnh', 'Năm', 'Ngày cấp', 'Số sao'], 'ocop_products');
    expect(both.mapping.year).toBe(1);
    expect(both.mapping.recognition_date).toBe(2);
    const distribution = mapHeaders(['Ngày', 'Tỉnh xuất xứ', 'Nơi tiêu thụ', 'Số sản phẩm'], 'distribution');
    expect(distribution.mapping.year).toBe(0);
    expect(distribution.missingRequired).toEqual([]);
  });
});
