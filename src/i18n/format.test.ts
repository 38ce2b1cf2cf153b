import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from './format';

describe('Vietnamese number and date formats', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber('vi', 1234.5)).toBe('1.234,5');
    expect(formatNumber('vi', 15590)).toBe('15.590');
    expect(formatNumber('vi', 301)).toBe('301');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });

  it('formats percentages the Vietnamese way', () => {
    expect(formatPercent('vi', 0.125)).toBe('12,5%');
  });

  it('writes dates day first', () => {
    const date = new Date(2024, 3, 3);
    expect(formatDate('vi', date)).toBe('03/04/2024');
    expect(formatDate('vi', date, 'long')).toBe('3 tháng 4, 2024');
    expect(formatDate('en', date, 'long')).toBe('3 April 2024');
  });

  it('round-trips any integer through the Vietnamese grouping', () => {
    for (let n = 0; n < 2_000_000; n += 7919) {
      expect(Number(formatNumber('vi', n).replaceAll('.', ''))).toBe(n);
    }
  });
});
