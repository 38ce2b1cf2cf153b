import { describe, expect, it } from 'vitest';
import { nameKey } from './nameKey.ts';

describe('nameKey', () => {
  it('normalizes the examples from the spec', () => {
    expect(nameKey('TP. Hồ Chí Minh')).toBe('tp ho chi minh');
    expect(nameKey('Bà Rịa–Vũng Tàu')).toBe('ba ria vung tau');
    expect(nameKey('  Tỉnh/thành  phố ')).toBe('tinh thanh pho');
  });

  it('is insensitive to NFC vs NFD', () => {
    for (const s of ['Hồ Chí Minh', 'Đắk Lắk', 'Thừa Thiên Huế', 'Quảng Ngãi', 'Hưng Yên', 'Sóc Trăng']) {
      expect(nameKey(s.normalize('NFD'))).toBe(nameKey(s.normalize('NFC')));
    }
  });

  it('maps đ and Đ to d', () => {
    expect(nameKey('Đà Nẵng')).toBe('da nang');
    expect(nameKey('Lâm Đồng')).toBe('lam dong');
    expect(nameKey('đĐ')).toBe('dd');
  });

  it('strips every Vietnamese diacritic, including horn and breve', () => {
    expect(nameKey('ơ ư ă â ê ô ỡ ự ặ ẫ ệ ộ')).toBe('o u a a e o o u a a e o');
  });

  it('collapses any run of separators into one space', () => {
    expect(nameKey('Bà Rịa - Vũng Tàu')).toBe('ba ria vung tau');
    expect(nameKey('Bà\u00a0Rịa,(Vũng)/Tàu')).toBe('ba ria vung tau');
    expect(nameKey('TT-Huế')).toBe('tt hue');
    expect(nameKey('TP.HCM')).toBe('tp hcm');
    expect(nameKey('\tHà\n\nNội\r\n')).toBe('ha noi');
  });

  it('keeps digits and lowercases', () => {
    expect(nameKey('Tiềm năng 5 SAO')).toBe('tiem nang 5 sao');
    expect(nameKey('HCMC 2025')).toBe('hcmc 2025');
  });

  it('returns an empty string for empty or punctuation-only input', () => {
    expect(nameKey('')).toBe('');
    expect(nameKey('  -–.  ')).toBe('');
  });

  it('is idempotent', () => {
    for (const s of ['TP. Hồ Chí Minh', 'Bà Rịa – Vũng Tàu', 'Đắk Lắk', ' x ']) {
      expect(nameKey(nameKey(s))).toBe(nameKey(s));
    }
  });
});
