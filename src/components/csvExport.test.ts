import { describe, expect, it } from 'vitest';
import { csvDocument, csvFileName, neutralizeFormula } from './csvExport';

describe('the CSV writer', () => {
  it('starts with a BOM, ends records with CRLF and uses the separator of Vietnamese Excel', () => {
    const text = csvDocument(
      [
        ['Tỉnh, thành phố', 'Tổng OCOP'],
        ['Hà Nội', 301],
        ['Sóc Trăng', 99],
      ],
      'vi',
    );
    expect(text).toBe('\uFEFF"Tỉnh, thành phố";"Tổng OCOP"\r\n"Hà Nội";301\r\n"Sóc Trăng";99\r\n');
  });

  it('uses commas and a decimal point in English, a decimal comma in Vietnamese', () => {
    expect(csvDocument([['a', 1234.5, -3]], 'en')).toBe('\uFEFF"a",1234.5,-3\r\n');
    expect(csvDocument([['a', 1234.5, -3]], 'vi')).toBe('\uFEFF"a";1234,5;-3\r\n');
  });

  it('quotes every text cell and doubles quotes, so separators and line breaks stay inside the cell', () => {
    expect(csvDocument([['Báo "Sóc Trăng"; 2020', 'hai\ndòng']], 'vi')).toBe(
      '\uFEFF"Báo ""Sóc Trăng""; 2020";"hai\ndòng"\r\n',
    );
  });

  it('leaves empty cells empty and writes nothing for a number that is not finite', () => {
    expect(csvDocument([[null, '', Number.NaN, 0]], 'en')).toBe('\uFEFF,"",,0\r\n');
  });

  it('neutralizes text a spreadsheet would run as a formula, but not numbers', () => {
    for (const danger of ['=1+1', '+84 912', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutralizeFormula(danger)).toBe(`'${danger}`);
    }
    expect(neutralizeFormula('Hà Nội')).toBe('Hà Nội');
    expect(neutralizeFormula('1 = 1')).toBe('1 = 1');
    expect(csvDocument([['=HYPERLINK("http://x")', -12]], 'vi')).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"")";-12\r\n',
    );
  });

  it('names a file after its content and the day', () => {
    expect(csvFileName('tinh-thanh', new Date(2026, 0, 5))).toBe('tinh-thanh-2026-01-05.csv');
  });
});
