import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvForDuckDb, csvForReader, csvForReference } from './csv';
import { neutralizeFormula } from './spreadsheetSafeText';

/** A CSV document as a spreadsheet reads it back: BOM off, cells split by the language's separator. */
const readBack = (text: string, lang: 'vi' | 'en') =>
  Papa.parse<string[]>(text.slice(1), { delimiter: lang === 'vi' ? ';' : ',', newline: '\r\n' }).data.filter(
    (row) => row.length > 1 || row[0] !== '',
  );

/** What spreadsheets run as a formula: =, +, -, @ (or their full-width forms) after any spaces, or a leading tab or CR. */
const FORMULA = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

describe('csvForReader', () => {
  it('starts with a BOM, ends records with CRLF and uses the separator of Vietnamese Excel', () => {
    const text = csvForReader(
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
    expect(csvForReader([['a', 1234.5, -3]], 'en')).toBe('\uFEFF"a",1234.5,-3\r\n');
    expect(csvForReader([['a', 1234.5, -3]], 'vi')).toBe('\uFEFF"a";1234,5;-3\r\n');
  });

  it('quotes every text cell and doubles quotes, so separators and line breaks stay inside the cell', () => {
    expect(csvForReader([['Báo "Sóc Trăng"; 2020', 'hai\ndòng']], 'vi')).toBe(
      '\uFEFF"Báo ""Sóc Trăng""; 2020";"hai\ndòng"\r\n',
    );
  });

  it('leaves empty cells empty and writes nothing for a number that is not finite', () => {
    expect(csvForReader([[null, '', Number.NaN, 0]], 'en')).toBe('\uFEFF,"",,0\r\n');
  });

  it('neutralizes text a spreadsheet would run as a formula, but not numbers', () => {
    for (const danger of ['=1+1', '+84 912', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutralizeFormula(danger)).toBe(`'${danger}`);
    }
    expect(neutralizeFormula('Hà Nội')).toBe('Hà Nội');
    expect(neutralizeFormula('1 = 1')).toBe('1 = 1');
    expect(csvForReader([['=HYPERLINK("http://x")', -12]], 'vi')).toBe(
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
          const back = readBack(csvForReader(rows, lang), lang);
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

  it('writes a BOM and a CRLF after every record, even the last (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1 }), {
          minLength: 1,
        }),
        fc.constantFrom('vi' as const, 'en' as const),
        (rows, lang) => {
          const text = csvForReader(rows, lang);
          expect(text.startsWith('\uFEFF')).toBe(true);
          expect(text.endsWith('\r\n')).toBe(true);
          expect(text.slice(1).startsWith('\uFEFF')).toBe(false);
        },
      ),
    );
  });
});

/** A normalized value as DuckDB's CSV reader is given it. */
const machineValue = fc.oneof(
  fc.string(),
  fc.constantFrom('', '"', 'a,b', 'line\nbreak', 'crlf\r\n', ' padded ', '\uFEFFbom', 'NULL'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

describe('csvForDuckDb', () => {
  it('writes what Papa.unparse writes when told to quote every string (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(machineValue, machineValue, machineValue), { minLength: 1 }),
        (tuples) => {
          const columns = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];
          const rows = tuples.map(([a, b, c]) => ({ a, b, c }));
          const papa = Papa.unparse(rows, {
            columns: ['a', 'b', 'c'],
            header: false,
            newline: '\n',
            quotes: (value: unknown) => typeof value === 'string',
          });
          expect(csvForDuckDb(columns, rows)).toBe(`a,b,c\n${papa}\n`);
        },
      ),
    );
  });

  it('reads back through Papa.parse: strings whole, NULL only where written (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.string(), fc.constant(null)), fc.integer()), { minLength: 1 }),
        (tuples) => {
          const rows = tuples.map(([text, n]) => ({ text, n }));
          const csv = csvForDuckDb([{ name: 'text' }, { name: 'n' }], rows);
          const parsed = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\n' });
          const records = parsed.data.slice(1, -1);
          expect(records).toHaveLength(rows.length);
          records.forEach((record, i) => {
            expect(record[0]).toBe(rows[i]?.text ?? '');
            expect(Number(record[1])).toBe(rows[i]?.n);
          });
        },
      ),
    );
  });

  it('refuses a number DuckDB could not read', () => {
    expect(() => csvForDuckDb([{ name: 'x' }], [{ x: Number.NaN }])).toThrow(RangeError);
    expect(() => csvForDuckDb([{ name: 'x' }], [{ x: Number.POSITIVE_INFINITY }])).toThrow(RangeError);
  });

  it('writes the header alone for no rows', () => {
    expect(csvForDuckDb([{ name: 'year' }, { name: 'unit_code' }], [])).toBe('year,unit_code\n');
  });
});

describe('csvForReference', () => {
  it('quotes only fields with commas, quotes or line breaks', () => {
    expect(
      csvForReference(
        ['a', 'b'],
        [
          ['x, y', 'plain'],
          ['say "hi"', 'two\nlines'],
        ],
      ),
    ).toBe('a,b\n"x, y",plain\n"say ""hi""","two\nlines"\n');
  });

  it('reads back through Papa.parse as written (property)', () => {
    const field = fc.string().filter((s) => !s.includes('\r') && s.trim() === s && !s.includes('\uFEFF'));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1 }), (rows) => {
        const parsed = Papa.parse<string[]>(csvForReference(['a', 'b'], rows), {
          delimiter: ',',
          newline: '\n',
        });
        expect(parsed.data.slice(1, -1)).toEqual(rows);
      }),
    );
  });
});
