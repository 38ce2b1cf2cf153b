import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvFileName, fileNamePart, neutralizeFormula } from './csvExport';

/** A CSV document as a spreadsheet reads it back: BOM off, cells split by the language's separator. */
const readBack = (text: string, lang: 'vi' | 'en') =>
  Papa.parse<string[]>(text.slice(1), { delimiter: lang === 'vi' ? ';' : ',', newline: '\r\n' }).data.filter(
    (row) => row.length > 1 || row[0] !== '',
  );

/** What spreadsheets run as a formula: =, +, -, @ (or their full-width forms) after any spaces, or a leading tab or CR. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

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

  it('neutralizes the payloads of the hostile files, and formulas after spaces or in full-width forms', () => {
    for (const danger of [
      '=HYPERLINK("http://x","y")',
      '+1+1',
      '@SUM(1)',
      '-2+3',
      "=cmd|' /C calc'!A0",
      ' =1+1',
      '\u00A0+1',
      '\n=1',
      '＝1+1',
      '＠SUM(1)',
    ]) {
      expect(neutralizeFormula(danger), danger).toBe(`'${danger}`);
    }
    for (const safe of [
      'javascript:window.__pwned=3',
      '<img src=x onerror=window.__pwned=1>',
      '1-2',
      'a@b.vn',
    ]) {
      expect(neutralizeFormula(safe)).toBe(safe);
    }
  });

  it('reads back as written, no text cell a formula, every number still a number (property)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', ' =1', '＝1', '"=1";=2', 'a\r\nb'),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('vi' as const, 'en' as const),
        (rows, lang) => {
          const back = readBack(csvDocument(rows, lang), lang);
          expect(back).toHaveLength(rows.length);
          rows.forEach((row, r) => {
            row.forEach((value, c) => {
              const read = back[r]?.[c];
              if (value === null) expect(read).toBe('');
              else if (typeof value === 'number') {
                // Unquoted, with the reader's decimal mark, never prefixed: the spreadsheet sees a number.
                expect(Number(read?.replace(',', '.'))).toBeCloseTo(value, 6);
              } else {
                expect(read).toBe(neutralizeFormula(value));
                if (FORMULA.test(value)) expect(read).toBe(`'${value}`);
                expect(FORMULA.test(read ?? '')).toBe(false);
              }
            });
          });
        },
      ),
    );
  });

  it('names a file after its content and the day', () => {
    expect(csvFileName('tinh-thanh', new Date(2026, 0, 5))).toBe('tinh-thanh-2026-01-05.csv');
  });

  it('makes a file name part of a user’s file name: letters kept, markup and paths gone', () => {
    expect(fileNamePart('ocop-loi')).toBe('ocop-loi');
    expect(fileNamePart('Báo cáo OCOP 2024')).toBe('Báo-cáo-OCOP-2024');
    expect(fileNamePart('"><img src=x onerror=window.__pwned=7>')).toBe('img-src-x-onerror-window.__pwned-7');
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('\u202Egnp.exe')).toBe('gnp.exe');
    expect(fileNamePart('<>')).toBe('tep');
    expect(fileNamePart('x'.repeat(5000))).toHaveLength(80);
  });

  it('never yields a hidden, empty, over-long or path-like file name part (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const part = fileNamePart(text);
        expect(part).toMatch(/^[\p{L}\p{M}\p{N}_()][\p{L}\p{M}\p{N}._()-]*$/u);
        expect(Array.from(part).length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
