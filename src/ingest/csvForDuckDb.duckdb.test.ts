import { describe, expect, it } from 'vitest';
import { nodeDatabaseForFile } from '../../e2e/fixtures/database';
import { utf8 } from '../../e2e/fixtures/ingest/bytes.ts';
import { replaceTableFromCsv } from '../db/loadTable';
import { csvForDuckDb } from '../model/csv.ts';
import { ingestCsv } from './ingestCsv.ts';

// The consumer of csvForDuckDb is DuckDB's read_csv (db/loadTable.ts): check the text survives it, not only papaparse.
const db = nodeDatabaseForFile();

describe('csvForDuckDb → DuckDB', () => {
  it('loads typed columns and keeps nasty text intact', async () => {
    const names = [
      'Trà "sen", Tây Hồ',
      'Nước mắm\nPhú Quốc',
      'a\r\nb',
      '  ;\t|  x',
      'NULL',
      '\\N',
      '漢字 😀',
    ];
    const text = [
      'Ngày;Tên sự kiện;Tỉnh tổ chức;Tỉnh tham gia;Số doanh nghiệp',
      ...names.map((n, i) => `0${i + 1}/10/2024;"${n.replaceAll('"', '""')}";TP.HCM;Hà Nội, Huế;1.20${i}`),
    ].join('\n');
    const result = ingestCsv(utf8(text));
    expect(result.table.rows).toHaveLength(names.length);
    await replaceTableFromCsv(
      db,
      'events',
      result.table.columns,
      csvForDuckDb(result.table.columns, result.table.rows),
    );
    const rows = await db.query<{
      name: string;
      d: string;
      codes: string;
      businesses: number;
      source: string | null;
    }>(
      "SELECT name, strftime(date, '%Y-%m-%d') AS d, participating_provinces_codes AS codes, businesses, source FROM events ORDER BY date",
    );
    expect(rows).toEqual(
      names.map((n, i) => ({
        // parseText trims: the leading and trailing spaces of the fourth name are not data.
        name: n.trim(),
        d: `2024-10-0${i + 1}`,
        codes: '01;46',
        businesses: 1200 + i,
        source: null,
      })),
    );
  });
});
