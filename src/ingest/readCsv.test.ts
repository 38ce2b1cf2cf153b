import { describe, expect, it } from 'vitest';
import { DISTRICT_LIST_UNDER_LETTERHEAD } from '../../e2e/fixtures/ingest/departmentalExports.ts';
import { detectDelimiter, readCsv, readCsvPiece } from './readCsv.ts';

describe('detectDelimiter', () => {
  it.each([
    [
      'picks ";" over "," when every data line has Vietnamese decimal commas',
      'Tỉnh;Năm;Mục tiêu\nHà Nội;2025;1.234,5\nHuế;2025;12,5\nCần Thơ;2025;0,75\n',
      ';',
    ],
    ['picks "," for an English CSV with quoted semicolons', 'a,b,c\n1,"x;y;z",3\n2,"p;q",4\n', ','],
    ['picks tabs for tab-separated text', 'a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['ignores delimiters inside quoted fields, line breaks included', 'a;b\n"1,2,3\n4,5";x\n"6,7";y\n', ';'],
    // Shrunk counterexamples of ingestPath.property.test.ts.
    [
      'is not outvoted by title lines the delimiter does not split',
      'BÁO CÁO OCOP\nĐơn vị: sản phẩm\nNăm 2023\nTỉnh;Năm;Số sao\nHà Nội;2023;4\n',
      ';',
    ],
    [
      // Tried with ";", the quote after "," did not open a quoted cell: four "lines" of two fields.
      'is not outvoted by the lines of a quoted cell that another delimiter would cut',
      'province,year,star,product_name\nHà Nội,2023,4,"a;b\nc;d\re;f"\n',
      ',',
    ],
    [
      // Some lines padded by a trailing tab: 3 and 4 fields, while "," splits each data line in two.
      'picks the delimiter of ragged rows over decimal commas that split every data line alike',
      'year\tprovince\ttarget\n2024\tHà Nội\t0,5\t\n2025\tHuế\t1,5\n2026\tHà Nội\t2,5\t\n',
      '\t',
    ],
    ['defaults to "," for a single column', 'only\none\ncolumn\n', ','],
  ])('%s', (_behaviour, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsv', () => {
  it('skips title rows above the header, blank and total rows below it, with sheet row numbers', () => {
    const text = [
      'BÁO CÁO SẢN PHẨM OCOP NĂM 2023;;;', // 1
      'Đơn vị: sản phẩm;;;', // 2
      ';;;', // 3
      'STT;Tỉnh;Năm;Số lượng', // 4
      '1;Hà Nội;2023;1.204', // 5
      ';;;', // 6
      '2;Huế;2023;5', // 7
      'Tổng cộng:;;;1.209', // 8
      ';TOTAL;;1.209', // 9
    ].join('\r\n');
    const table = readCsv(`${text}\r\n`);
    expect(table.delimiter).toBe(';');
    expect(table.headerRowNumber).toBe(4);
    expect(table.header).toEqual(['STT', 'Tỉnh', 'Năm', 'Số lượng']);
    expect(table.rows).toEqual([
      { rowNumber: 5, cells: ['1', 'Hà Nội', '2023', '1.204'] },
      { rowNumber: 7, cells: ['2', 'Huế', '2023', '5'] },
    ]);
    expect(table.skipped).toEqual([
      { rowNumber: 1, reason: 'title' },
      { rowNumber: 2, reason: 'title' },
      { rowNumber: 3, reason: 'blank' },
      { rowNumber: 6, reason: 'blank' },
      { rowNumber: 8, reason: 'total' },
      { rowNumber: 9, reason: 'total' },
    ]);
  });

  it('counts a quoted cell with line breaks as one row, whatever the line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['a,b', '1,"line one', 'line two', 'line three"', '2,x', '', '3,y'].join(eol);
      const table = readCsv(text);
      expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
      expect(table.rows[0]?.cells).toEqual(['1', ['line one', 'line two', 'line three'].join(eol)]);
      expect(table.skipped).toEqual([{ rowNumber: 4, reason: 'blank' }]);
    }
  });

  it('reads mixed line ends (CRLF rows, LF inside cells, a stray CR row end)', () => {
    const table = readCsv('a,b\r\n1,"x\ny"\r\n2,z\r3,w\n');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['1', 'x\ny'] },
      { rowNumber: 3, cells: ['2', 'z'] },
      { rowNumber: 4, cells: ['3', 'w'] },
    ]);
  });

  it('reads doubled quotes and delimiters inside quotes', () => {
    const table = readCsv('name,note\n"Công ty ""Sen Vàng""","a, b"\n');
    expect(table.rows[0]?.cells).toEqual(['Công ty "Sen Vàng"', 'a, b']);
  });

  it('trims Excel padding past the header but keeps cells that hold data', () => {
    const table = readCsv('a,b,,\n1,2,,\n3,,,\n4,5,6,\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', ''],
      ['4', '5', '6'],
    ]);
  });

  it('keeps short rows short (missing trailing cells are empty)', () => {
    expect(readCsv('a,b,c\n9,2,3\n4\n5,6,7\n').rows[1]).toEqual({ rowNumber: 3, cells: ['4'] });
  });

  it('finds the header when data lines carry a trailing delimiter the header lacks', () => {
    const table = readCsv('Báo cáo\nTỉnh;Năm\nHà Nội;2023;\nHuế;2024;\n');
    expect(table.headerRowNumber).toBe(2);
    expect(table.skipped).toEqual([{ rowNumber: 1, reason: 'title' }]);
  });

  it('finds the header when rows leave out or leave empty their trailing cells', () => {
    // Shrunk counterexamples of ingestPath.property.test.ts: the first data row was taken for the header.
    const short = readCsv('province,year,star,product_group,count\nHà Nội,2023,4\nHuế,2024,3\n');
    expect(short.headerRowNumber).toBe(1);
    expect(short.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    const padded = readCsv('province,year,star,source\nHà Nội,2023,4,,\nHuế,2024,3,,\n');
    expect(padded.headerRowNumber).toBe(1);
    expect(padded.header).toEqual(['province', 'year', 'star', 'source']);
    expect(padded.rows.map((r) => r.cells)).toEqual([
      ['Hà Nội', '2023', '4', ''],
      ['Huế', '2024', '3', ''],
    ]);
  });

  it('does not take a one-cell title with a comma for the header', () => {
    const table = readCsv('"Báo cáo, năm 2023"\nTỉnh,Năm,Số sao\nHà Nội,2023,4\n');
    expect(table.headerRowNumber).toBe(2);
  });

  it('strips a BOM left in the text and handles empty and header-only input', () => {
    expect(readCsv('\uFEFFa,b\n1,2\n').header).toEqual(['a', 'b']);
    expect(readCsv('')).toEqual({ delimiter: ',', headerRowNumber: 0, header: [], rows: [], skipped: [] });
    expect(readCsv('\n\n')).toMatchObject({
      headerRowNumber: 0,
      skipped: [{ rowNumber: 1 }, { rowNumber: 2 }],
    });
    expect(readCsv('a,b\n')).toMatchObject({ headerRowNumber: 1, header: ['a', 'b'], rows: [] });
  });

  it('reads tab-separated text', () => {
    const table = readCsv('Tỉnh\tNăm\tMục tiêu\nHà Nội\t2025\t1.234,5\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows[0]?.cells).toEqual(['Hà Nội', '2025', '1.234,5']);
  });
});

describe('readCsv: the header row of a departmental export', () => {
  it('takes the row of known headers, not a title with a comma above it', () => {
    const text = [
      'UBND TỈNH VĨNH LONG,,,,',
      'KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2025,,,,',
      'STT,Tên sản phẩm,Tỉnh,Năm công nhận,Hạng sao',
      '1,Kẹo dừa,Vĩnh Long,2025,4 sao',
    ].join('\n');
    const table = readCsv(text);
    expect(table.headerRowNumber).toBe(3);
    expect(table.header).toEqual(['STT', 'Tên sản phẩm', 'Tỉnh', 'Năm công nhận', 'Hạng sao']);
    expect(table.skipped).toEqual([
      { rowNumber: 1, reason: 'title' },
      { rowNumber: 2, reason: 'title' },
    ]);
  });

  it('never takes an official letterhead for the header, even when the headers are not ones it knows', () => {
    // A district's list, every line padded to the sheet's width: letterhead in two cells, then headers
    // no alias names.
    const text = DISTRICT_LIST_UNDER_LETTERHEAD.join('\n');
    const table = readCsv(text);
    expect(table.headerRowNumber).toBe(5);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([6, 7]);
    expect(table.titles?.[0]).toContain('UBND HUYỆN ĐÔNG ANH');
  });

  it('uses the row the user chose', () => {
    const text = 'Tỉnh,Năm,Số sao\nTên tỉnh,Năm đánh giá,Hạng\nHuế,2023,4\n';
    expect(readCsv(text).headerRowNumber).toBe(1);
    const chosen = readCsv(text, { headerRowNumber: 2 });
    expect(chosen.headerRowNumber).toBe(2);
    expect(chosen.header).toEqual(['Tên tỉnh', 'Năm đánh giá', 'Hạng']);
    expect(chosen.rows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it('completes a two-line header and skips the row of column numbers under it', () => {
    const text = [
      'STT;Tên sản phẩm;Tỉnh;Kết quả phân hạng;;Năm',
      ';;;Số sao;Điểm;',
      '(1);(2);(3);(4);(5);(6)',
      '1;Trà sen;Huế;4;75;2023',
    ].join('\n');
    const table = readCsv(text);
    expect(table.header).toEqual(['STT', 'Tên sản phẩm', 'Tỉnh', 'Số sao', 'Điểm', 'Năm']);
    expect(table.skipped).toEqual([
      { rowNumber: 2, reason: 'subheader' },
      { rowNumber: 3, reason: 'subheader' },
    ]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([4]);
  });

  it("reads a short data row under the header as data, not as the header's second line", () => {
    // Found by the import property test: "Năm 2000" and "4 sao" hold header words but are a year and a star.
    const table = readCsv('year,star,count,Ghi chú,province\nNăm 2000,4 sao\n2000,3,1,Trà Shan tuyết,01,');
    expect(table.header).toEqual(['year', 'star', 'count', 'Ghi chú', 'province']);
    expect(table.skipped).toEqual([]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it('skips notes, section headings, signatures and worded totals below or inside the table', () => {
    const text = [
      'STT,Tên sản phẩm,Tỉnh,Năm,Hạng sao',
      'I,Huyện Long Hồ,,,',
      '1,Kẹo dừa,Vĩnh Long,2025,4',
      'Tổng cộng: 1 sản phẩm,,,,',
      'Ghi chú: số liệu đến 31/12/2025,,,,',
      ',,,,"Vĩnh Long, ngày 31 tháng 12 năm 2025"',
      ',,,,GIÁM ĐỐC',
      '2,Tổng công ty X,Vĩnh Long,2025,3',
    ].join('\n');
    const table = readCsv(text);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 8]);
    expect(table.skipped).toEqual([
      { rowNumber: 2, reason: 'note' },
      { rowNumber: 4, reason: 'total' },
      { rowNumber: 5, reason: 'note' },
      { rowNumber: 6, reason: 'note' },
      { rowNumber: 7, reason: 'note' },
    ]);
  });
});

describe('readCsvPiece', () => {
  it('keeps a U+FEFF that starts a piece: mid-file it is data, as the whole-file read keeps it', () => {
    const piece = readCsvPiece('\uFEFF,12\n"a",3\n', ',', 302, 2);
    expect(piece.recordCount).toBe(2);
    expect(piece.rows.map((r) => [r.rowNumber, ...r.cells])).toEqual([
      [302, '\uFEFF', '12'],
      [303, 'a', '3'],
    ]);
    const whole = readCsv('metric,value\nx,1\n\uFEFF,12\n"a",3\n');
    expect(whole.rows.at(-2)?.cells).toEqual(['\uFEFF', '12']);
  });
});
