import { describe, expect, it } from 'vitest';
import { bytesSource, ingestCsvStream } from '../ingest/ingestCsvStream';
import { neutralizeFormula } from '../model/spreadsheetSafeText';
import { reportCsv, reportLines, reportNotes, rowRanges } from './validationReport';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function ocopResult(csv: string) {
  return ingestCsvStream(bytesSource(utf8(csv)), {
    dataset: 'ocop_products',
    mapping: { province: 0, year: 1, star: 2, product_name: 3 },
  });
}

describe('the validation report', () => {
  it('lists skipped and rejected rows in row order, with the file’s column names and reasons in the UI language', async () => {
    const result = await ocopResult(
      'BÁO CÁO OCOP;;;\nTỉnh;Năm;Số sao;Tên sản phẩm\nHà Nội;2023;4;Trà\nAtlantis;2023;7;=1+1\n;;;\nTổng cộng;;;\n',
    );
    const vi = reportLines(result, 'vi');
    expect(vi.map((l) => [l.rowNumber, l.outcome, l.column, l.value])).toEqual([
      [1, 'skipped', '', ''],
      [4, 'rejected', 'Tỉnh', 'Atlantis'],
      [4, 'rejected', 'Số sao', '7'],
      [5, 'skipped', '', ''],
      [6, 'skipped', '', ''],
    ]);
    expect(vi[0]?.reason).toBe('Dòng tiêu đề phía trên');
    expect(vi[2]?.reason).toContain('chỉ nhận 3 sao, 4 sao, 5 sao');
    expect(reportLines(result, 'en')[4]?.reason).toBe('Total rows');
  });

  it('writes a UTF-8 CSV with a BOM, a header in the UI language and the separator the reader’s Excel expects', async () => {
    const result = await ocopResult('Tỉnh,Năm,Số sao,Tên sản phẩm\nAtlantis,2023,4,x\n');
    const vi = reportCsv(reportLines(result, 'vi'), 'vi');
    expect(vi.startsWith('\uFEFF"Dòng";"Cột";"Giá trị";"Kết quả";"Lý do"\r\n')).toBe(true);
    expect(vi).toContain('"2";"Tỉnh";"Atlantis";"Bị loại";"Không nhận ra tỉnh/thành phố ""Atlantis""');
    const en = reportCsv(reportLines(result, 'en'), 'en');
    expect(en.startsWith('\uFEFF"Row","Column","Value","Outcome","Reason"\r\n')).toBe(true);
    expect(en).toContain('"2","Tỉnh","Atlantis","Rejected","Province ""Atlantis"" not recognised');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rx']) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['Hà Nội', '1.204', '', "'quoted", 'a=b']) expect(neutralizeFormula(cell)).toBe(cell);
    const csv = reportCsv(
      [{ rowNumber: 3, column: '=cmd', value: '=1+1', outcome: 'rejected', reason: '@x' }],
      'en',
    );
    expect(csv).toContain(`"3","'=cmd","'=1+1","Rejected","'@x"`);
  });

  it('keeps a hostile value whole in its column, but clipped and isolated where a reason quotes it', async () => {
    const bidi = 'Tỉnh \u202Egnp.exe';
    const long = `Dài${'x'.repeat(4997)}`;
    const result = await ocopResult(`Tỉnh,Năm,Số sao\n"${bidi}",2023,4\n"${long}",2023,4\n`);
    const [first, second] = reportLines(result, 'vi');
    expect(first?.value).toBe(bidi);
    expect(first?.reason).toContain(`"\u2068${bidi}\u2069"`);
    expect(second?.value).toBe(long);
    expect(second?.reason).toContain(`"${long.slice(0, 199)}…"`);
    expect(second?.reason.length).toBeLessThan(600);
  });

  it('compresses row numbers into ranges', () => {
    expect(rowRanges([11, 1, 2, 3, 7, 3])).toBe('1–3, 7, 11');
    expect(rowRanges([])).toBe('');
    expect(rowRanges([5])).toBe('5');
  });
});

describe('how the file was read, in the report and its CSV', () => {
  it('states the header row, the layout, the year read from a date and each mapped value with its rows', async () => {
    const csv =
      'DANH SÁCH, NĂM 2025\nTỉnh,Ngày công nhận,Số sao,Nhóm sản phẩm\n' +
      'Bến Tre,01/08/2020,4,Du lịch nông thôn\nBến Tre,02/08/2020,3,Du lịch nông thôn\nHuế,03/08/2020,3,Thực phẩm\n';
    const result = await ingestCsvStream(bytesSource(utf8(csv)), {
      dataset: 'ocop_products',
      mapping: { province: 0, year: 1, recognition_date: 1, star: 2, product_group: 3 },
      layout: '34',
      valueMap: { productGroup: { 'du lich nong thon': 'tourism' } },
    });
    expect(result.rowCount).toBe(3);
    const notes = reportNotes(result, 'vi');
    expect(notes[0]).toBe('Dòng tiêu đề: dòng 2');
    expect(notes[1]).toBe('Đơn vị hành chính trong tệp: 34 tỉnh mới');
    expect(notes[2]).toBe('Năm lấy từ cột ngày "Ngày công nhận"');
    expect(notes[3]).toMatch(/^'Du lịch nông thôn' → .+: 2 dòng$/);
    const csvText = reportCsv(reportLines(result, 'vi'), 'vi', notes);
    expect(csvText).toContain(`"";"";"";"Ghi chú";"${notes[3]}"`);
    expect(reportNotes(result, 'en')[3]).toMatch(/: 2 rows$/);
  });
});
