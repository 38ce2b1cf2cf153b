/**
 * The SQL import (ingestWithSql) against the old one (ingestCsvStream) on every fixture file: the same
 * report (rows, rejections with their row numbers and reasons, skipped rows, unknown and mapped values)
 * and the same loaded rows, or the file is read the old way for a stated reason.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDatabaseForFile } from '../../../e2e/fixtures/database';
import { utf8, utf8Bom } from '../../../e2e/fixtures/ingest/bytes';
import { encodeText } from '../../../e2e/fixtures/ingest/csvWriting';
import { departmentalList, listRows } from '../../../e2e/fixtures/ingest/departmentalExports';
import { OCOP_REPORT_BYTES } from '../../../e2e/fixtures/ingest/ocopReport2023';
import { guessLayout } from '../../ingest/guessLayout';
import { bytesSource, type IngestTarget, previewCsv } from '../../ingest/ingestCsvStream';
import { createDatasetTables } from '../dataLoads';
import { importBothWays } from './sqlIngestAgrees';

const db = nodeDatabaseForFile();

/** The target the import screen proposes for a file: its best dataset guess, mapping and layout. */
async function screenTarget(bytes: Uint8Array, extra: Partial<IngestTarget> = {}): Promise<IngestTarget> {
  const preview = await previewCsv(bytesSource(bytes));
  const guess = preview.guesses[0];
  if (!guess) throw new Error('no guess');
  const layout = guessLayout(preview, guess.dataset, guess.mapping);
  return {
    dataset: guess.dataset,
    mapping: guess.mapping,
    ...(layout ? { layout: layout.layout } : {}),
    ...extra,
  };
}

async function expectSameImport(
  bytes: Uint8Array,
  extra: Partial<IngestTarget> = {},
): Promise<string | undefined> {
  const both = await importBothWays(db, bytes, await screenTarget(bytes, extra));
  if (both.fallback) return both.fallback;
  expect(both.sql).toEqual(both.old);
  expect(both.sqlRows).toEqual(both.oldRows);
  expect(both.storedRows).toEqual(both.oldRows);
  return undefined;
}

const ROOT = resolve(import.meta.dirname, '../../..');
const dataFiles = ['real', 'illustrative'].flatMap((dir) =>
  readdirSync(resolve(ROOT, 'data', dir))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => `data/${dir}/${f}`),
);

describe('the SQL import reads every fixture as the old import does', () => {
  it('creates the tables', async () => {
    await createDatasetTables(db);
  });

  for (const file of dataFiles) {
    it(file, async () => {
      expect(await expectSameImport(new Uint8Array(readFileSync(resolve(ROOT, file))))).toBeUndefined();
    });
  }

  it('the 2023 OCOP report (BOM, CRLF, title rows)', async () => {
    expect(await expectSameImport(OCOP_REPORT_BYTES)).toBeUndefined();
  });

  for (const delimiter of [',', ';'] as const) {
    for (const period of ['year', 'date'] as const) {
      it(`a departmental list (${delimiter}, by ${period}): two-line header, sections, notes, totals`, async () => {
        const rows = listRows({
          count: 60,
          seed: 11,
          provinces: ['Đồng Tháp', 'Tỉnh Đồng Tháp', 'Cần Thơ'],
          year: 2023,
        });
        const text = departmentalList({
          unit: 'ĐỒNG THÁP',
          titleYear: 2023,
          period,
          rows,
          delimiter,
          sectionEvery: 10,
        });
        expect(await expectSameImport(utf8Bom(text))).toBeUndefined();
        expect(await expectSameImport(encodeText(text, 'utf-16le'))).toBeUndefined();
      });
    }
  }

  it('a list with no province column, given one for the whole file', async () => {
    const rows = listRows({ count: 30, seed: 3, provinces: ['Vĩnh Long'], year: 2024 });
    const text = departmentalList({
      unit: 'VĨNH LONG',
      titleYear: 2024,
      period: 'year',
      rows,
      withoutProvince: true,
    });
    expect(await expectSameImport(utf8(text), { fileValues: { province: 'Vĩnh Long' } })).toBeUndefined();
  });

  it('a national total row under the provinces', async () => {
    const text = ['Tỉnh;Năm;Hạng sao;Số lượng', 'An Giang;2024;3;12', 'Toàn quốc;2024;;"1.204"'].join('\n');
    expect(await expectSameImport(utf8(text))).toBeUndefined();
  });

  it('dates written month first, read so', async () => {
    const text = [
      'Tỉnh,Tên sản phẩm,Số sao,Năm,Ngày cấp',
      'Hòa Bình,Cam Cao Phong,4,2019,9/20/2019',
      'Hòa Bình,Mật ong bạc hà,3,2020,11/5/2020 0:00',
      'Hòa Bình,Chè Thanh Hà,3,8/2/2021,',
      'Hòa Bình,Rượu cần,4,2024,20/4/2024',
    ].join('\n');
    expect(await expectSameImport(utf8(text), { dateOrder: 'mdy' })).toBeUndefined();
  });

  it('a decision annex given its province and its year for the whole file', async () => {
    const text = [
      'UBND TỈNH QUẢNG NINH,,,',
      '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 3 năm 2024),,,',
      'STT,Tên sản phẩm,Chủ thể,Số sao',
      '1,Chả mực Hạ Long,HTX Chế biến thủy sản,4 sao',
      '2,Rượu ba kích,Công ty TNHH Ba Chẽ,Ba sao',
      '3,Trà hoa vàng,HTX Trà hoa vàng,7 sao',
    ].join('\n');
    expect(
      await expectSameImport(utf8(text), { fileValues: { province: 'Quảng Ninh', year: '2024' } }),
    ).toBeUndefined();
  });

  it('unknown values, a value map, rejected cells, extra cells, windows-1258', async () => {
    const text = [
      'Tỉnh,Năm,Số sao,Nhóm sản phẩm,Tên sản phẩm,Số lượng',
      'Hà Nội,2023,4,Thực phẩm,Trà,1',
      'Bến Tre (cũ),2023,4 sao,Du lịch cộng đồng,Kẹo dừa,2',
      'Bến Tre (cũ),2022,Hạng 4,Du lịch cộng đồng,Kẹo,3',
      'Hà Tây,1999,2 sao,Đồ uống,Rượu,x',
      'Cần Thơ,2025,5,Đồ uống,Rượu,4,,tràn',
      'Tổng cộng,,,,,10',
      ',,,,,',
      'Ghi chú: số liệu tạm,,,,,',
      'An Giang,01/08/2025,5,Thực phẩm,"Mắm, cá",1.204',
    ].join('\n');
    expect(await expectSameImport(utf8(text))).toBeUndefined();
    expect(
      await expectSameImport(utf8(text), {
        valueMap: { province: { 'ben tre cu': 'Bến Tre' }, productGroup: { 'du lich cong dong': 'tourism' } },
      }),
    ).toBeUndefined();
    expect(await expectSameImport(encodeText(text, 'windows-1258'))).toBeUndefined();
  });

  it('reads quoted line breaks, empty lines and mixed line ends with DuckDB too', async () => {
    const header = 'Tỉnh,Năm,Số sao,Tên sản phẩm';
    expect(
      await expectSameImport(utf8(`${header}\nHà Nội,2023,4,"Trà\nsen"\nHuế,2023,2,x\n`)),
    ).toBeUndefined();
    expect(
      await expectSameImport(utf8(`${header}\nHà Nội,2023,4,Trà\n\nHuế,2023,x,Sen\n\n`)),
    ).toBeUndefined();
    expect(
      await expectSameImport(utf8(`${header}\nHà Nội,2023,4,Trà\r\nHuế,x,4,Sen\rHuế,2023,4,"a\r\nb"\n`)),
    ).toBeUndefined();
  });

  it('keeps a U+FEFF that starts the first row or a later one: inside the file it is data', async () => {
    const header = 'Tỉnh,Năm,Số sao,Tên sản phẩm';
    expect(
      await expectSameImport(utf8(`${header}\n\uFEFFHà Nội,2023,4,Trà\nHuế,2023,2,x\n`)),
    ).toBeUndefined();
    expect(await expectSameImport(utf8(`${header}\nHuế,2023,2,x\n\uFEFF,2023,4,Trà\n`))).toBeUndefined();
    expect(await expectSameImport(utf8Bom(`${header}\n\uFEFFHà Nội,2023,4,Trà\n`))).toBeUndefined();
  });

  it('a BOM file with a byte that is not UTF-8 in its header (found by the property test)', async () => {
    const bytes = Uint8Array.from([
      ...utf8Bom('star,province,year ['),
      0x80,
      ...utf8('hi chú],count\nĐề nghị 5 sao,Thành phố Hà Nội,2000,"1,000,000",'),
    ]);
    expect(await expectSameImport(bytes)).toBeUndefined();
  });

  it('falls back where DuckDB would read quotes differently', async () => {
    const header = 'Tỉnh,Năm,Số sao,Tên sản phẩm';
    expect(await expectSameImport(utf8(`${header}\nHà Nội,2023,4, "Trà"\n`))).toBe('looseQuote');
    expect(await expectSameImport(utf8(`${header}\nHà Nội,2023,4,Trà "sen"\n`))).toBe('looseQuote');
    expect(await expectSameImport(utf8(`${header}\nHà Nội,2023,4,"Trà" \n`))).toBe('looseQuote');
  });
});
