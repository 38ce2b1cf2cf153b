import { describe, expect, it } from 'vitest';
import { utf8Bom } from '../../e2e/fixtures/ingest/bytes.ts';
import {
  DISTRICT_LIST_UNDER_LETTERHEAD,
  departmentalList,
  groupSpellings,
  listRows,
  STAR_SPELLINGS,
} from '../../e2e/fixtures/ingest/departmentalExports.ts';
import { nameKey } from '../model/nameKey.ts';
import { PRODUCT_GROUPS } from '../model/ocop.ts';
import { province34 } from '../model/provinces.ts';
import { guessLayout, provincesNamedInTitle, starsNamedInTitle, yearsNamedInTitle } from './guessLayout.ts';
import { ingestCsv } from './ingestCsv.ts';
import { bytesSource, ingestCsvStream, previewCsv } from './ingestCsvStream.ts';

/** The preview, the layout the import screen would guess, and the whole file read as the screen reads it. */
async function importAsTheScreenDoes(text: string, valueMap = {}) {
  const source = bytesSource(utf8Bom(text));
  const preview = await previewCsv(source);
  const guess = preview.guesses[0];
  if (!guess) throw new Error('no guess');
  const layout = guessLayout(preview, guess.dataset, guess.mapping);
  const result = await ingestCsvStream(
    source,
    {
      dataset: guess.dataset,
      mapping: guess.mapping,
      ...(layout ? { layout: layout.layout } : {}),
      valueMap,
    },
    { chunkBytes: 4096 },
  );
  return { preview, layout, result };
}

/** A department's list of one year, titled with that year, and its rows. */
function yearList(unit: string, rowOptions: Parameters<typeof listRows>[0] & { readonly year: number }) {
  const rows = listRows(rowOptions);
  return { rows, text: departmentalList({ unit, titleYear: rowOptions.year, period: 'year', rows }) };
}

describe('departmental OCOP lists load whole', () => {
  for (const delimiter of [',', ';'] as const) {
    it(`a title with a comma above the header, a two-line header, sections, notes and a signature (${delimiter})`, async () => {
      const rows = listRows({ count: 40, seed: 7, provinces: ['Đồng Tháp', 'Tỉnh Đồng Tháp'], year: 2023 });
      const text = departmentalList({
        unit: 'ĐỒNG THÁP',
        titleYear: 2023,
        period: 'year',
        rows,
        delimiter,
        sectionEvery: 10,
      });
      const { preview, result } = await importAsTheScreenDoes(text);
      expect(preview.header).toContain('Tên sản phẩm');
      expect(preview.headerRowNumber).toBe(6);
      expect(result.guess.dataset).toBe('ocop_products');
      expect(result.rejected).toEqual([]);
      expect(result.rowCount).toBe(rows.length);
      expect(result.skippedCount.note).toBe(4 + 3);
      expect(result.skippedCount.total).toBe(1);
      // Same result from the whole-file import.
      expect(ingestCsv(utf8Bom(text)).table.rows).toHaveLength(rows.length);
    });
  }

  it('a recognition date and no year column: years from the dates, dates kept, layout by date', async () => {
    const rows = listRows({
      count: 60,
      seed: 11,
      provinces: ['Cần Thơ'],
      from: '2020-01-01',
      to: '2025-12-31',
    });
    const text = departmentalList({ unit: 'CẦN THƠ', titleYear: 2025, period: 'date', rows });
    const { result } = await importAsTheScreenDoes(text);
    expect(result.rejected).toEqual([]);
    expect(result.rowCount).toBe(rows.length);
    const loaded = ingestCsv(utf8Bom(text)).table.rows;
    for (const [i, row] of loaded.entries()) {
      const [d, m, y] = (rows[i]?.date ?? '').split('/');
      expect(row.recognition_date).toBe(`${y}-${m}-${d}`);
      expect(row.year).toBe(Number(y));
      expect(row.province_layout).toBe(`${y}-${m}-${d}` < '2025-07-01' ? '63' : '34');
    }
  });

  it('every product group label and alias the model knows, and star levels as written', async () => {
    const spellings = groupSpellings();
    const { rows, text } = yearList('HUẾ', {
      count: spellings.length * 2,
      seed: 3,
      provinces: ['Huế'],
      groups: spellings.map((s) => s.spelling),
      stars: STAR_SPELLINGS.map((s) => s.spelling),
      year: 2024,
    });
    const { result } = await importAsTheScreenDoes(text);
    expect(result.rejected).toEqual([]);
    const loaded = ingestCsv(utf8Bom(text)).table.rows;
    expect(loaded.map((r) => r.product_group)).toEqual(
      rows.map((_, i) => spellings[i % spellings.length]?.id),
    );
    expect(loaded.map((r) => r.star)).toEqual(
      rows.map((_, i) => STAR_SPELLINGS[i % STAR_SPELLINGS.length]?.id),
    );
    expect(new Set(loaded.map((r) => r.product_group))).toEqual(new Set(PRODUCT_GROUPS.map((g) => g.id)));
  });

  it('a 2025 year-end list of the merged Vĩnh Long is read in the 34 layout', async () => {
    const { text } = yearList('VĨNH LONG', {
      count: 30,
      seed: 5,
      provinces: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
      year: 2025,
    });
    const { layout, result } = await importAsTheScreenDoes(text);
    expect(layout).toEqual({ layout: '34', reason: 'title', unit: 'Vĩnh Long' });
    expect(result.rejected).toEqual([]);
    expect(result.rowCount).toBe(30);
    expect(result.layout).toBe('34');
    // Bến Tre and Trà Vinh rows are the merged Vĩnh Long's, named by their former province.
    expect(result.mergedProvinceCount).toBe(20);
    const codes = new Set(
      result.csvText
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split(',').slice(0, 2).join(',')),
    );
    expect(codes).toEqual(new Set(['"86","34"']));
    expect(province34('86')?.name).toBe('Vĩnh Long');
  });

  it('the same list titled 2024 stays in the 63 layout', async () => {
    const { text } = yearList('VĨNH LONG', {
      count: 6,
      seed: 5,
      provinces: ['Vĩnh Long', 'Bến Tre'],
      year: 2024,
    });
    const { layout, result } = await importAsTheScreenDoes(text);
    expect(layout).toBeUndefined();
    expect(result.rowCount).toBe(6);
    expect(result.mergedProvinceCount).toBe(0);
  });

  it('one unknown group, mapped once, loads all its rows; its rows are counted once in the report', async () => {
    const { text } = yearList('SÓC TRĂNG', {
      count: 24,
      seed: 9,
      provinces: ['Sóc Trăng'],
      groups: ['Thực phẩm', 'Nông sản đặc sản vùng'],
      year: 2022,
    });
    const before = await importAsTheScreenDoes(text);
    expect(before.result.rowCount).toBe(12);
    expect(before.result.unknownValues).toEqual([
      {
        column: 'product_group',
        kind: 'productGroup',
        value: 'Nông sản đặc sản vùng',
        rowCount: 12,
        firstRows: before.result.rejected.slice(0, 5).map((r) => r.rowNumber),
      },
    ]);
    const after = await importAsTheScreenDoes(text, {
      productGroup: { [nameKey('Nông sản đặc sản vùng')]: 'food' },
    });
    expect(after.result.rowCount).toBe(24);
    expect(after.result.rejected).toEqual([]);
    expect(after.result.unknownValues).toEqual([]);
    expect(after.result.mappedValues).toEqual([
      {
        column: 'product_group',
        kind: 'productGroup',
        value: 'Nông sản đặc sản vùng',
        to: 'food',
        rowCount: 12,
      },
    ]);
  });

  it('a province is never guessed: an unknown one is listed for the user, and loads once mapped', async () => {
    const { text } = yearList('HÀ NỘI', {
      count: 4,
      seed: 1,
      provinces: ['Hà Nội', 'Hà Nôi cũ'],
      year: 2021,
    });
    const before = await importAsTheScreenDoes(text);
    expect(before.result.unknownValues.map((v) => [v.kind, v.value, v.rowCount])).toEqual([
      ['province', 'Hà Nôi cũ', 2],
    ]);
    const after = await importAsTheScreenDoes(text, { province: { [nameKey('Hà Nôi cũ')]: 'Hà Nội' } });
    expect(after.result.rowCount).toBe(4);
  });

  it('one- and two-star rows are rejected as not OCOP-certified, and not offered for mapping', async () => {
    const { text } = yearList('HÀ NỘI', {
      count: 4,
      seed: 2,
      provinces: ['Hà Nội'],
      stars: ['3 sao', '2 sao'],
      year: 2021,
    });
    const { result } = await importAsTheScreenDoes(text);
    expect(result.rejected.map((r) => r.reason.code)).toEqual(['notOcopStar', 'notOcopStar']);
    expect(result.unknownValues).toEqual([]);
  });
});

describe('headers and values as lists write them', () => {
  it('reads a month without a day as the year (and layout) of the row, keeping no date', () => {
    const csv =
      'Tỉnh/TP,Tên chủ thể,Phân hạng,Ngày tháng năm công nhận\nCần Thơ,HTX A,Ba (3) sao,08/2020\nCần Thơ,HTX B,4 sao (năm 2025),T9/2025\n';
    const { guess, table } = ingestCsv(new TextEncoder().encode(csv));
    expect(guess.dataset).toBe('ocop_products');
    expect(table.rejected).toEqual([]);
    expect(
      table.rows.map((r) => [r.year, r.star, r.recognition_date, r.province_layout, r.producer]),
    ).toEqual([
      [2020, '3', null, '63', 'HTX A'],
      [2025, '4', null, '34', 'HTX B'],
    ]);
  });

  it('reads the year from a decision number with its date when that is the only period', () => {
    const csv = 'Tỉnh,Số sao,Quyết định công nhận\nHuế,4,Số 123/QĐ-UBND ngày 01/8/2020\n';
    const { table } = ingestCsv(new TextEncoder().encode(csv));
    expect(table.rejected).toEqual([]);
    expect(table.rows.map((r) => [r.year, r.recognition_date])).toEqual([[2020, null]]);
  });
});

describe('a decision’s annex, with its year only in the decision line', () => {
  it('names the year the screen offers first, from the titles above the header', async () => {
    const text = [
      'UBND TỈNH QUẢNG NINH;;;',
      'DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN ĐỢT 1;;;',
      '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 3 năm 2024 của UBND tỉnh Quảng Ninh);;;',
      'STT;Tên sản phẩm;Chủ thể;Số sao',
      '1;Chả mực Hạ Long;HTX Chế biến thủy sản;4 sao',
    ].join('\r\n');
    const preview = await previewCsv(bytesSource(utf8Bom(text)));
    expect(yearsNamedInTitle(preview.titles)).toEqual([2024]);
    expect(provincesNamedInTitle(preview.titles)).toEqual(['Quảng Ninh']);
    expect(preview.guesses[0]?.missingRequired).toEqual(['province', 'year']);
    expect(
      provincesNamedInTitle([
        'DANH SÁCH SẢN PHẨM OCOP TỈNH ĐỒNG THÁP NĂM 2025',
        '(bao gồm địa bàn tỉnh Tiền Giang cũ)',
      ]),
    ).toEqual(['Đồng Tháp', 'Tiền Giang']);
    expect(starsNamedInTitle(['DANH SÁCH SẢN PHẨM OCOP ĐẠT 5 SAO NĂM 2024', 'và 4 sao'])).toEqual([
      '5 sao',
      '4 sao',
    ]);
    // Numbers that are not years (a decision's number, 20240) are not offered.
    expect(
      yearsNamedInTitle([
        'Quyết định 2031/QĐ-UBND năm 2023',
        'mã 20240',
        'Kế hoạch 2021-2025',
        'tháng 12/2024',
      ]),
    ).toEqual([2023, 2021, 2025, 2024]);
  });
});

describe('a district’s list under an official letterhead, in its own words', () => {
  it('finds the header under the letterhead, reads its headers and loads whole with the province given', () => {
    const text = DISTRICT_LIST_UNDER_LETTERHEAD.join('\r\n');
    const asIs = ingestCsv(utf8Bom(text));
    expect(asIs.headerRowNumber).toBe(5);
    expect(asIs.guess.dataset).toBe('ocop_products');
    expect(asIs.guess.missingRequired).toEqual(['province']);
    const given = ingestCsv(utf8Bom(text), { fileValues: { province: 'Hà Nội' } });
    expect(given.table.rejected).toEqual([]);
    expect(
      given.table.rows.map((r) => [r.province_code, r.year, r.star, r.product_name, r.producer]),
    ).toEqual([
      ['01', 2022, '3', 'Bánh chưng Tri Lễ', 'Cơ sở Nguyễn Văn Hùng'],
      ['01', 2023, '4', 'Mật ong Đông Anh', 'HTX Ong mật Đông Anh'],
    ]);
  });
});

describe('a province’s own list, with no province column', () => {
  it('loads whole with one province for every row, as the user chooses it among those the title names', async () => {
    const rows = listRows({ count: 12, seed: 31, provinces: [''], year: 2025 });
    const text = departmentalList({
      unit: 'VĨNH LONG',
      titleYear: 2025,
      period: 'year',
      rows,
      withoutProvince: true,
    });
    const source = bytesSource(utf8Bom(text));
    const preview = await previewCsv(source);
    expect(provincesNamedInTitle(preview.titles)).toEqual(['Vĩnh Long']);
    const guess = preview.guesses.find((g) => g.dataset === 'ocop_products');
    expect(guess?.missingRequired).toEqual(['province']);
    const target = {
      dataset: 'ocop_products' as const,
      mapping: guess?.mapping ?? {},
      layout: '34' as const,
    };
    expect((await ingestCsvStream(source, target)).error).toEqual({
      code: 'missingColumns',
      columns: ['province'],
    });
    const result = await ingestCsvStream(source, { ...target, fileValues: { province: 'Vĩnh Long' } });
    expect(result.error).toBeUndefined();
    expect(result.rejected).toEqual([]);
    expect(result.rowCount).toBe(12);
    expect(
      new Set(
        result.csvText
          .split('\n')
          .slice(1, -1)
          .map((l) => l.split(',').slice(0, 2).join(',')),
      ),
    ).toEqual(new Set(['"86","34"']));
  });
});
