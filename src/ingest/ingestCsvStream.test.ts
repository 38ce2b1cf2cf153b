import { describe, expect, it } from 'vitest';
import { utf8, utf8Bom, utf16 } from '../../e2e/fixtures/ingest/bytes.ts';
import { expectStreamedAsWhole } from '../../e2e/fixtures/ingest/expectStreamedAsWhole.ts';
import { OCOP_REPORT_BYTES } from '../../e2e/fixtures/ingest/ocopReport2023.ts';
import { seededRandom } from '../../e2e/fixtures/ingest/seededRandom.ts';
import { ingestCsv } from './ingestCsv.ts';
import {
  bytesSource,
  DETAIL_LIMIT,
  type IngestProgress,
  ingestCsvStream,
  looksBinary,
  previewCsv,
} from './ingestCsvStream.ts';

/** The streamed import must give exactly what the whole-file import gives, wherever the chunks fall. */
async function expectSameAsWholeFile(bytes: Uint8Array, chunkBytes: number): Promise<void> {
  const whole = ingestCsv(bytes);
  const streamed = await ingestCsvStream(
    bytesSource(bytes),
    { dataset: whole.guess.dataset, mapping: whole.guess.mapping },
    { chunkBytes },
  );
  expectStreamedAsWhole(streamed, whole);
}

/** The preview reads only the head, and must find the header and dataset the whole-file import finds. */
async function expectSamePreview(bytes: Uint8Array, chunkBytes: number): Promise<void> {
  const whole = ingestCsv(bytes);
  const preview = await previewCsv(bytesSource(bytes), { chunkBytes });
  expect(preview.encoding).toBe(whole.encoding);
  expect(preview.header).toEqual(whole.header);
  expect(preview.headerRowNumber).toBe(whole.headerRowNumber);
  expect(preview.guesses[0]?.dataset).toBe(whole.guess.dataset);
}

/** A sheet like the ones provinces export: title rows, blanks, totals, quoted line breaks, NFD names. */
function generatedExport(seed: number, rows: number): string {
  const random = seededRandom(seed);
  const eol = random.pick(['\n', '\r\n', '\r']);
  const sep = random.pick([';', ',', '\t']);
  const lines = [
    `DANH SÁCH SẢN PHẨM OCOP${sep}${sep}${sep}`,
    ['Tỉnh', 'Năm', 'Số sao', 'Tên sản phẩm'].join(sep),
  ];
  for (let k = 0; k < rows; k++) {
    const name = random.int(0, 3) === 0 ? `"Sản phẩm ${k}${eol}dòng 2${sep} ""đặc biệt"""` : `Sản phẩm ${k}`;
    const province = random.pick(['Hà Nội', 'TP.HCM', 'Thừa Thiên Huế'.normalize('NFD'), 'Atlantis']);
    lines.push(
      random.pick([
        [province, random.pick(['2023', '2019', 'abc']), random.pick(['3', '4 sao', '7']), name].join(sep),
        [province, '2024', '5★', name].join(sep),
        '',
        `Tổng cộng${sep}${sep}${sep}`,
      ]),
    );
  }
  return lines.join(eol) + random.pick([eol, '']);
}

describe('ingestCsvStream', () => {
  it('reads the Excel-style OCOP report exactly as the whole-file import does, with any chunk size', async () => {
    for (const chunkBytes of [1, 2, 3, 7, 64, 1 << 20])
      await expectSameAsWholeFile(OCOP_REPORT_BYTES, chunkBytes);
  });

  it('agrees with the whole-file import on generated exports read in many pieces', async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const text = generatedExport(seed, 900);
      for (const bytes of [utf8(text), utf8Bom(text), utf16(text, 'le', true), utf16(text, 'be', true)]) {
        for (const chunkBytes of [13, 97, 4096]) {
          await expectSamePreview(bytes, chunkBytes);
          await expectSameAsWholeFile(bytes, chunkBytes);
        }
      }
    }
  });

  it('reads a file with CR line ends in pieces after its head, not whole', async () => {
    const text = `province,year,star\r${'Hà Nội,2023,4\r'.repeat(2000)}`;
    let reports = 0;
    const streamed = await ingestCsvStream(
      bytesSource(utf8(text)),
      { dataset: 'ocop_products', mapping: { province: 0, year: 1, star: 2 } },
      { chunkBytes: 1024, onProgress: () => reports++ },
    );
    expect(streamed.rowCount).toBe(2000);
    // One report for the head (about 300 lines), one per piece after it.
    expect(reports).toBeGreaterThan(10);
    await expectSameAsWholeFile(utf8(text), 1024);
  });

  it('keeps U+037E (NFC ";") inside its cell in the head and in later pieces', async () => {
    const row = 'Hà Nội;2023;4;Trà\u037e xanh\n';
    const bytes = utf8(`province;year;star;product_name\n${row.repeat(400)}`);
    const streamed = await ingestCsvStream(
      bytesSource(bytes),
      { dataset: 'ocop_products', mapping: { province: 0, year: 1, star: 2, product_name: 3 } },
      { chunkBytes: 97 },
    );
    expect(streamed.rowCount).toBe(400);
    expect(streamed.rejected).toEqual([]);
    expect(streamed.csvText.split('"Trà; xanh"')).toHaveLength(401);
    await expectSameAsWholeFile(bytes, 97);
  });

  it('falls back to windows-1258 when a late chunk is not UTF-8', async () => {
    // 400 ASCII lines, then "Đồng Tháp" in windows-1258 (Đ = 0xD0, ô = 0xF4 + grave 0xCC, á = 0xE1).
    const ascii = utf8(`province,year,star\n${'Ha Noi,2023,4\n'.repeat(400)}`);
    const tail = new Uint8Array([
      0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0x54, 0x68, 0xe1, 0x70, 0x2c, 0x32, 0x30, 0x32, 0x33, 0x2c, 0x33,
      0x0a,
    ]);
    const bytes = new Uint8Array([...ascii, ...tail]);
    const streamed = await ingestCsvStream(
      bytesSource(bytes),
      { dataset: 'ocop_products', mapping: { province: 0, year: 1, star: 2 } },
      { chunkBytes: 256 },
    );
    expect(streamed.encoding).toBe('windows-1258');
    expect(streamed.rowCount).toBe(401);
    expect(streamed.csvText).toContain('"87"'); // Đồng Tháp's code
    await expectSameAsWholeFile(bytes, 256);
    // The preview reads only the head, which is valid UTF-8: the full read is what finds out.
    expect((await previewCsv(bytesSource(bytes), { chunkBytes: 256 })).encoding).toBe('utf-8');
  });

  it('reports progress up to the whole file', async () => {
    const bytes = utf8(generatedExport(9, 2000));
    const progress: IngestProgress[] = [];
    await ingestCsvStream(
      bytesSource(bytes),
      { dataset: 'ocop_products', mapping: { province: 0, year: 1, star: 2, product_name: 3 } },
      { chunkBytes: 4096, onProgress: (p) => progress.push(p) },
    );
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)?.bytesRead).toBe(bytes.length);
    expect(progress.every((p, i) => i === 0 || p.bytesRead >= (progress[i - 1]?.bytesRead ?? 0))).toBe(true);
  });

  it('keeps the details of at most DETAIL_LIMIT rejected cells but counts them all', async () => {
    const bytes = utf8(`province,year,star\n${'Hà Nội,2023,7\n'.repeat(DETAIL_LIMIT + 5)}`);
    const streamed = await ingestCsvStream(bytesSource(bytes), {
      dataset: 'ocop_products',
      mapping: { province: 0, year: 1, star: 2 },
    });
    expect(streamed.rejected.length).toBe(DETAIL_LIMIT);
    expect(streamed.rejectedRowCount).toBe(DETAIL_LIMIT + 5);
    expect(streamed.rowCount).toBe(0);
  });

  it('returns the missing required columns instead of rows', async () => {
    const streamed = await ingestCsvStream(bytesSource(utf8('province,count\nHà Nội,3\n')), {
      dataset: 'ocop_products',
      mapping: { province: 0, count: 1 },
    });
    expect(streamed.error).toEqual({ code: 'missingColumns', columns: ['year', 'star'] });
    expect(streamed.rowCount).toBe(0);
  });
});

describe('previewCsv', () => {
  it('guesses the dataset and shows the first ten data rows with their sheet row numbers', async () => {
    const lines = [
      'Tỉnh/Thành phố;Năm công nhận;Số sao',
      ...Array.from({ length: 15 }, (_, i) => `Hà Nội;${2010 + i};4`),
    ];
    const preview = await previewCsv(bytesSource(utf8(`BÁO CÁO;;\n${lines.join('\n')}\n`)));
    expect(preview.problem).toBeUndefined();
    expect(preview.guesses[0]?.dataset).toBe('ocop_products');
    expect(preview.headerRowNumber).toBe(2);
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('says a file lost its Vietnamese letters when Excel saved it as CSV on an English Windows', async () => {
    // Windows-1252 keeps "ê", "ó", "à" and turns every other Vietnamese letter into "?".
    const text = [
      'S? NÔNG NGHI?P VÀ PTNT T?NH HÒA BÌNH,,,,',
      'STT,Tên s?n ph?m,T?nh/TP,X?p h?ng,N?m công nh?n',
      '1,Cam Cao Phong,Hòa Bình,4 sao,2019',
    ].join('\r\n');
    const preview = await previewCsv(bytesSource(new Uint8Array(Buffer.from(text, 'latin1'))));
    expect(preview.problem).toBe('lostLetters');
    expect(preview.problemDetail).toBe('Tên s?n ph?m');
    // A question mark someone typed is not that.
    const asked = await previewCsv(bytesSource(utf8('Tỉnh,Năm,Số sao,Có bán ở TP.HCM?\nHuế,2024,4,Có?\n')));
    expect(asked.problem).toBeUndefined();
  });

  it('names what is wrong with an empty, a header-only or a binary file', async () => {
    const problem = async (bytes: Uint8Array) => (await previewCsv(bytesSource(bytes))).problem;
    expect(await problem(new Uint8Array())).toBe('empty');
    expect(await problem(utf8Bom(''))).toBe('empty');
    expect(await problem(utf8('\n \n;;\n'))).toBe('empty');
    expect(await problem(utf8('province,year,star\n'))).toBe('headerOnly');
    expect(await problem(utf8('Tỉnh;Năm;Số sao\n;;\nTổng cộng;;\n'))).toBe('headerOnly');
    // An .xlsx (a zip) renamed .csv: "PK\3\4", then binary with NUL bytes.
    const random = seededRandom(7);
    const zip = new Uint8Array(5000).map((_, i) =>
      i < 4 ? ([0x50, 0x4b, 3, 4][i] ?? 0) : random.int(0, 255),
    );
    expect(await problem(zip)).toBe('binary');
    expect(await problem(utf8('province,year,star\nHà Nội,2023,4\n'))).toBeUndefined();
  });

  it('does not take Vietnamese text or tabs for binary', () => {
    expect(looksBinary('Tỉnh\tNăm\r\nĐồng Tháp\t2023\r\n')).toBe(false);
    expect(looksBinary('a\u0000b')).toBe(true);
  });
});
