import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../i18n/format';
import { consoleNumber } from './resultCell';

const vi = (value: number, digits?: number) => formatNumber('vi', value, digits);

describe('consoleNumber', () => {
  it('writes years as years, whatever the column is called among the usual names', () => {
    for (const name of ['year', 'YEAR', 'nam', 'năm', 'recognition_year', 'year_from']) {
      expect(consoleNumber(2019, { name, type: 'INTEGER' }, vi), name).toBe('2019');
    }
  });

  it('keeps the Vietnamese format for every other number, and for a year column that is not whole', () => {
    expect(consoleNumber(2019, { name: 'products', type: 'INTEGER' }, vi)).toBe('2.019');
    expect(consoleNumber(12345.5, { name: 'count', type: 'DOUBLE' }, vi)).toBe('12.345,5');
    expect(consoleNumber(2019.5, { name: 'year', type: 'DOUBLE' }, vi)).toBe('2.019,5');
    expect(consoleNumber(2019, { name: 'yearly_total', type: 'BIGINT' }, vi)).toBe('2.019');
  });
});
