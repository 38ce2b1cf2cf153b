import { describe, expect, it } from 'vitest';
import { utf8, utf8Bom, utf16 } from '../../e2e/fixtures/ingest/bytes.ts';
import { DECISION_ANNEX, MONTH_FIRST_LIST } from '../../e2e/fixtures/ingest/departmentalExports.ts';
import { OCOP_REPORT_BYTES } from '../../e2e/fixtures/ingest/ocopReport2023.ts';
import { seededRandom } from '../../e2e/fixtures/ingest/seededRandom.ts';
import { ingestCsv } from './ingestCsv.ts';
import { isMappableReject } from './valueMap.ts';

const ocopRow = (province: string, year: number, star: string, group: string, count: number) => ({
  province_code: province,
  province_layout: '63',
  year,
  star,
  product_group: group,
  count,
  product_name: null,
  producer: null,
  producer_type: null,
  source: null,
  data_kind: 'real',
  recognition_date: null,
});

describe('ingestCsv', () => {
  it('reads a real-world-shaped OCOP report end to end', () => {
    const result = ingestCsv(OCOP_REPORT_BYTES);
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.delimiter).toBe(';');
    expect(result.headerRowNumber).toBe(3);
    expect(result.header).toEqual([
      'STT',
      'Tỉnh/Thành phố',
      'Năm công nhận',
      'Số sao',
      'Nhóm sản phẩm',
      'Số lượng',
    ]);
    expect(result.error).toBeUndefined();
    expect(result.guess).toMatchObject({
      dataset: 'ocop_products',
      mapping: { province: 1, year: 2, star: 3, product_group: 4, count: 5 },
      unmappedHeaders: ['STT'],
      missingRequired: [],
    });
    expect(result.skipped).toEqual([
      { rowNumber: 1, reason: 'title' },
      { rowNumber: 2, reason: 'title' },
      { rowNumber: 7, reason: 'blank' },
      { rowNumber: 11, reason: 'total' },
    ]);
    expect(result.table.dataset).toBe('ocop_products');
    expect(result.table.rows).toEqual([
      ocopRow('01', 2023, '4', 'food', 1204),
      ocopRow('79', 2023, '5', 'beverage', 12),
      ocopRow('46', 2023, '3', 'herbal', 7),
      ocopRow('89', 2022, 'potential-5', 'unspecified', 1000),
    ]);
    expect(result.table.rowNumbers).toEqual([4, 5, 6, 10]);
    expect(result.table.rejected).toEqual([
      {
        rowNumber: 8,
        column: 'province',
        rawValue: 'Tỉnh Atlantis',
        reason: { code: 'unknownProvince', value: 'Tỉnh Atlantis' },
      },
      { rowNumber: 9, column: 'star', rawValue: '7 sao', reason: { code: 'starOutOfRange', value: '7 sao' } },
    ]);
    expect(result.table.notices).toEqual([]);
  });

  it('reads Excel "Unicode text": UTF-16LE with BOM, tab-separated', () => {
    const text =
      'Tỉnh\tNăm\tSố sao\tTên sản phẩm\r\nĐồng Tháp\t2023\t4\tSen "Tháp Mười"\r\nHà Nội\t2024\t3\t\r\n';
    const result = ingestCsv(utf16(text, 'le', true));
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.table.rows.map((r) => [r.province_code, r.year, r.star, r.product_name])).toEqual([
      ['87', 2023, '4', 'Sen "Tháp Mười"'],
      ['01', 2024, '3', null],
    ]);
  });

  it('reads windows-1258 bytes', () => {
    // "Tỉnh;Năm;Số sao\r\nĐồng Tháp;2023;4 sao\r\n" in the Vietnamese ANSI code page.
    const bytes = new Uint8Array([
      0x54, 0x69, 0xd2, 0x6e, 0x68, 0x3b, 0x4e, 0xe3, 0x6d, 0x3b, 0x53, 0xf4, 0xec, 0x20, 0x73, 0x61, 0x6f,
      0x0d, 0x0a, 0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0x54, 0x68, 0xe1, 0x70, 0x3b, 0x32, 0x30, 0x32, 0x33,
      0x3b, 0x34, 0x20, 0x73, 0x61, 0x6f, 0x0d, 0x0a,
    ]);
    const result = ingestCsv(bytes);
    expect(result.encoding).toBe('windows-1258');
    expect(result.header).toEqual(['Tỉnh', 'Năm', 'Số sao']);
    expect(result.table.rows.map((r) => [r.province_code, r.year, r.star])).toEqual([['87', 2023, '4']]);
  });

  it('keeps row numbers right after a quoted cell with a line break', () => {
    const text =
      'STT,Tỉnh,Năm,Số sao,Tên sản phẩm\n1,Hà Nội,2023,4,"Trà sen\nTây Hồ"\n2,Atlantis,2023,4,Mứt\n3,Huế,2023,9,x\n';
    const result = ingestCsv(utf8(text));
    expect(result.table.rows[0]?.product_name).toBe('Trà sen\nTây Hồ');
    expect(result.table.rowNumbers).toEqual([2]);
    expect(result.table.rejected.map((r) => [r.rowNumber, r.column, r.reason.code])).toEqual([
      [3, 'province', 'unknownProvince'],
      [4, 'star', 'starOutOfRange'],
    ]);
  });

  it('keeps a U+037E GREEK QUESTION MARK inside its cell of a semicolon file (its NFC is ";")', () => {
    // Shrunk counterexample of ingestPath.property.test.ts: the cell was split and the cells after it
    // moved one column to the right.
    const text = 'province;year;Ghi chú;product_name;star;count\nHà Nội;2000;\u037e;Trà\u037e xanh;3;7\n';
    const result = ingestCsv(utf8(text));
    expect(result.header).toHaveLength(6);
    expect(result.table.rejected).toEqual([]);
    expect(result.table.rows).toEqual([
      { ...ocopRow('01', 2000, '3', 'unspecified', 7), product_name: 'Trà; xanh' },
    ]);
  });

  it('reads English headers', () => {
    const text =
      'Province,Year,Star,Product group,Count,Product name,Source\nHanoi,2024,5,Food,"1,204",Phở khô,MoIT\n';
    const result = ingestCsv(utf8(text));
    expect(result.delimiter).toBe(',');
    expect(result.guess.dataset).toBe('ocop_products');
    expect(result.table.rows).toEqual([
      {
        ...ocopRow('01', 2024, '5', 'food', 1204),
        product_name: 'Phở khô',
        source: 'MoIT',
      },
    ]);
  });

  it('reads MoUs with day-first dates and maps a pre-merger name in a 2026 row', () => {
    const text = [
      'Ngày ký;Sự kiện;Bên A;Tỉnh bên A;Bên B;Tỉnh bên B;Loại',
      '15/03/2024;Hội nghị kết nối;Sở Công Thương Sóc Trăng;Sóc Trăng;Saigon Co.op;TP.HCM;Chính quyền – doanh nghiệp',
      '05/08/2026;Tuần hàng OCOP;Sở Công Thương;Sóc Trăng;Sở Công Thương TP.HCM;TP.HCM;G2G',
      '31/02/2024;Hội chợ;A;Atlantis;B;Hà Nội;B2B',
    ].join('\n');
    const result = ingestCsv(utf8(text));
    expect(result.guess.dataset).toBe('mous');
    expect(result.table.rows).toEqual([
      {
        date: '2024-03-15',
        event: 'Hội nghị kết nối',
        party_a: 'Sở Công Thương Sóc Trăng',
        party_a_province_code: '94',
        party_a_province_layout: '63',
        party_b: 'Saigon Co.op',
        party_b_province_code: '79',
        party_b_province_layout: '63',
        mou_type: 'gov_business',
        count: 1,
        source: null,
        data_kind: 'real',
      },
      {
        date: '2026-08-05',
        event: 'Tuần hàng OCOP',
        party_a: 'Sở Công Thương',
        party_a_province_code: '92',
        party_a_province_layout: '34',
        party_b: 'Sở Công Thương TP.HCM',
        party_b_province_code: '79',
        party_b_province_layout: '34',
        mou_type: 'gov_gov',
        count: 1,
        source: null,
        data_kind: 'real',
      },
    ]);
    expect(result.table.notices).toEqual([
      {
        rowNumber: 3,
        column: 'party_a_province',
        notice: { code: 'mergedProvince', oldCode: '94', newCode: '92' },
      },
    ]);
    // An impossible date rejects the row on its date only; provinces are not read without a layout.
    expect(result.table.rejected).toEqual([
      {
        rowNumber: 4,
        column: 'date',
        rawValue: '31/02/2024',
        reason: { code: 'notADate', value: '31/02/2024' },
      },
    ]);
  });

  it('loads a decision annex whose province and year are only in its title, given one of each for every row', () => {
    const text = DECISION_ANNEX.join('\n');
    const without = ingestCsv(utf8(text));
    expect(without.error?.columns).toEqual(expect.arrayContaining(['province', 'year']));
    const result = ingestCsv(utf8(text), { fileValues: { province: 'Quảng Ninh', year: '2024' } });
    expect(result.error).toBeUndefined();
    expect(result.table.rejected).toEqual([]);
    expect(result.table.rows.map((r) => [r.province_code, r.year, r.star, r.product_name])).toEqual([
      ['22', 2024, '4', 'Chả mực Hạ Long'],
      ['22', 2024, '3', 'Rượu ba kích'],
      ['22', 2024, '4', 'Trà hoa vàng'],
    ]);
  });

  it('leaves out a national total row, and does not offer it as a province to map', () => {
    const text = [
      'Tỉnh/Thành phố;Năm;Hạng sao;Số lượng',
      'An Giang;2024;3 sao;"1.024"',
      'Hà Nội;2024;4 sao;180',
      'Cả nước;2024;;"1.204"',
    ].join('\n');
    const { table } = ingestCsv(utf8(text));
    expect(table.rows.map((r) => [r.province_code, r.count])).toEqual([
      ['89', 1024],
      ['01', 180],
    ]);
    const total = table.rejected.find((r) => r.column === 'province');
    expect(total?.reason).toEqual({ code: 'nationalTotal', value: 'Cả nước' });
    expect(total && isMappableReject(total.reason)).toBe(false);
  });

  it('loads a five-star list whose star level is only in its title, given it for every row', () => {
    const text = [
      'DANH SÁCH SẢN PHẨM OCOP ĐẠT 5 SAO NĂM 2024,,',
      'Tỉnh,Tên sản phẩm,Năm công nhận',
      'Quảng Ninh,Chả mực Hạ Long,2024',
      'Hà Giang,Chè Shan tuyết,2024',
    ].join('\n');
    expect(ingestCsv(utf8(text)).error?.columns).toEqual(['star']);
    const result = ingestCsv(utf8(text), { fileValues: { star: '5 sao' } });
    expect(result.table.rejected).toEqual([]);
    expect(result.table.rows.map((r) => r.star)).toEqual(['5', '5']);
  });

  it('reads a list saved by Excel on an English Windows month first, as its dates show, and day first by default', () => {
    const text = MONTH_FIRST_LIST.join('\r\n');
    const read = (options: Parameters<typeof ingestCsv>[1]) =>
      ingestCsv(utf8(text), options).table.rows.map((r) => [r.year, r.recognition_date]);
    expect(read({ dateOrder: 'guess' })).toEqual([
      [2019, '2019-09-20'],
      [2020, '2020-11-05'],
      [2021, '2021-08-02'],
      [2024, '2024-04-05'],
    ]);
    // Day first, as written in Vietnam, unless asked: 9/20/2019 has no month 20.
    const dayFirst = ingestCsv(utf8(text));
    expect(dayFirst.table.rows.map((r) => r.recognition_date)).toEqual([
      '2020-05-11',
      '2021-02-08',
      '2024-05-04',
    ]);
    expect(dayFirst.table.rejected.map((r) => [r.rowNumber, r.reason.code])).toContainEqual([2, 'notADate']);
    expect(new Set(dayFirst.table.rejected.map((r) => r.rowNumber))).toEqual(new Set([2]));
  });

  it('returns missingColumns instead of throwing when required columns are absent', () => {
    const result = ingestCsv(utf8('Tỉnh;Năm\nHà Nội;2023\n'), { dataset: 'ocop_products' });
    expect(result.error).toEqual({ code: 'missingColumns', columns: ['star'] });
    expect(result.table.rows).toEqual([]);
    expect(result.table.columns.length).toBeGreaterThan(0);
  });

  it('uses a given dataset and mapping instead of guessing', () => {
    const text = 'A;B;C\nHà Nội;2023;4\n';
    expect(ingestCsv(utf8(text)).error?.code).toBe('missingColumns');
    const result = ingestCsv(utf8(text), {
      dataset: 'ocop_products',
      mapping: { province: 0, year: 1, star: 2 },
    });
    expect(result.error).toBeUndefined();
    expect(result.guess.unmappedHeaders).toEqual([]);
    expect(result.table.rows.map((r) => [r.province_code, r.year, r.star])).toEqual([['01', 2023, '4']]);
  });

  it('handles an empty file', () => {
    const result = ingestCsv(new Uint8Array());
    expect(result.headerRowNumber).toBe(0);
    expect(result.error?.code).toBe('missingColumns');
  });
});

describe('ingestCsv row accounting (property)', () => {
  it('gives every sheet row after the header exactly one fate, under its own row number', () => {
    const random = seededRandom(1258);
    for (let run = 0; run < 40; run++) {
      const eol = random.pick(['\n', '\r\n', '\r']);
      const lines = ['Tỉnh;Năm;Số sao;Tên sản phẩm'];
      const expected = new Map<number, 'loaded' | 'rejected' | 'blank' | 'total'>();
      const count = random.int(0, 40);
      for (let k = 0; k < count; k++) {
        const rowNumber = k + 2;
        const fate = random.pick(['loaded', 'loaded', 'rejected', 'blank', 'total'] as const);
        expected.set(rowNumber, fate);
        // Names carry their row number and sometimes a quoted line break, which must not shift later rows.
        const name = random.int(0, 2) === 0 ? `"r${rowNumber}${eol}tiếp; theo"` : `r${rowNumber}`;
        lines.push(
          {
            loaded: `${random.pick(['Hà Nội', 'TP.HCM', 'Huế'])};${random.int(2000, 2030)};${random.pick(['3', '4 sao', '5★'])};${name}`,
            rejected: `${random.pick(['Atlantis', 'Hà Nội'])};${random.pick(['1999', '2023'])};7;${name}`,
            blank: random.pick(['', ';;;', ' ; ; ; ']),
            total: random.pick(['Tổng cộng;;;', 'Tổng:;;;12', ';TOTAL;;']),
          }[fate],
        );
      }
      // An empty last line without its own line break is the same bytes as a final line break.
      const end = lines.at(-1) === '' || random.int(0, 1) ? eol : '';
      const result = ingestCsv(utf8Bom(lines.join(eol) + end));
      expect(result.headerRowNumber).toBe(1);

      const seen = new Map<number, string>();
      const see = (n: number, fate: string): void => {
        expect(seen.has(n), `row ${n} twice`).toBe(false);
        seen.set(n, fate);
      };
      result.table.rowNumbers.forEach((n, i) => {
        see(n, 'loaded');
        expect(String(result.table.rows[i]?.product_name).split(/\r\n|\r|\n/)[0]).toBe(`r${n}`);
      });
      for (const n of new Set(result.table.rejected.map((r) => r.rowNumber))) see(n, 'rejected');
      for (const s of result.skipped) see(s.rowNumber, s.reason);
      expect(seen).toEqual(expected);
    }
  });
});
