import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { mapHeaders } from '../src/ingest/mapHeaders';
import { normalizeRows, outputColumns } from '../src/ingest/normalizeRows';
import { PRODUCER_TYPES, PRODUCT_GROUPS, STAR_LEVELS } from '../src/model/ocop';
import { layoutForDate, layoutForYear, PROVINCES_34, PROVINCES_63 } from '../src/model/provinces';
import { generateOcopParquet, ROW_GROUP_SIZE } from './generateOcopParquet';
import { illustrativeSource, SEED, YEARS } from './illustrativeData';

const ROWS = 10_000;

type Row = Record<string, string | number | null>;

describe('generateOcopParquet', () => {
  let dir: string;
  let path: string;
  let columns: { name: string; type: string }[];
  let rows: Row[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ocop-parquet-'));
    path = (await generateOcopParquet(ROWS, join(dir, 'ocop_products.parquet'), { rowGroupSize: 4096 })).path;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const source = `read_parquet('${path}')`;
    const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    columns = described
      .getRowObjectsJson()
      .map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    rows = (await connection.runAndReadAll(`SELECT * FROM ${source}`)).getRowObjectsJson() as Row[];
    connection.closeSync();
    instance.closeSync();
    return () => rmSync(dir, { recursive: true, force: true });
  });

  it('has the stored table’s columns, names and types in order, and the rows asked for', () => {
    expect(columns).toEqual(outputColumns('ocop_products').map((c) => ({ name: c.name, type: c.sqlType })));
    expect(rows).toHaveLength(ROWS);
  });

  it('places every row in a unit of the layout in force at its date, or its year', () => {
    const units = new Set([
      ...PROVINCES_63.map((p) => `63:${p.code}`),
      ...PROVINCES_34.map((p) => `34:${p.code}`),
    ]);
    const layouts = new Set<string>();
    for (const row of rows) {
      const date = row.recognition_date as string | null;
      const year = row.year as number;
      expect(YEARS).toContain(year);
      if (date !== null) expect(Number(date.slice(0, 4))).toBe(year);
      expect(row.province_layout).toBe(date !== null ? layoutForDate(date) : layoutForYear(year));
      expect(units.has(`${row.province_layout}:${row.province_code}`), `${row.province_code}`).toBe(true);
      layouts.add(String(row.province_layout));
    }
    expect([...layouts].sort()).toEqual(['34', '63']);
    // Both ways a row carries its period: a date for most, a year only for the rest.
    expect(rows.some((r) => r.recognition_date === null)).toBe(true);
    expect(rows.some((r) => r.recognition_date !== null)).toBe(true);
  });

  it('stores the codes the dashboard stores, one product per row, illustrative, unique names and producers', () => {
    const ids = (choices: readonly { id: string }[]) => choices.map((c) => c.id);
    for (const row of rows) {
      expect(ids(STAR_LEVELS)).toContain(row.star);
      expect(ids(PRODUCT_GROUPS)).toContain(row.product_group);
      expect(ids(PRODUCER_TYPES)).toContain(row.producer_type);
      expect(row.count).toBe(1);
      expect(row.data_kind).toBe('illustrative');
      expect(row.source).toBe(illustrativeSource(SEED));
      if ((row.year as number) < 2020) expect(row.star).not.toBe('5');
    }
    expect(new Set(rows.map((r) => r.product_name)).size).toBe(ROWS);
    expect(new Set(rows.map((r) => r.producer)).size).toBe(ROWS);
  });

  it('holds rows that the import would store exactly so from the same values written in a CSV', () => {
    // The values as a department's CSV would write them: the import reads them back to the same row.
    const header = ['province', 'year', 'star', 'product_group', 'product_name', 'producer', 'producer_type'];
    const sample = rows.filter((_, i) => i % 37 === 0);
    const cells = sample.map((r) => [
      String(r.province_code),
      String(r.year),
      String(r.star),
      String(r.product_group),
      String(r.product_name),
      String(r.producer),
      String(r.producer_type),
    ]);
    const withDates = [...header, 'source', 'data_kind', 'recognition_date'];
    const table = {
      delimiter: ',' as const,
      headerRowNumber: 1,
      header: withDates,
      rows: cells.map((c, i) => ({
        rowNumber: i + 2,
        cells: [...c, String(sample[i]?.source), 'illustrative', String(sample[i]?.recognition_date ?? '')],
      })),
      skipped: [],
    };
    const normalized = normalizeRows(table, 'ocop_products', mapHeaders(withDates, 'ocop_products').mapping);
    expect(normalized.rejected).toEqual([]);
    expect(normalized.rows).toEqual(sample);
  });

  it('writes row groups of the size asked, for a reader to fetch by group', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const groups = await connection.runAndReadAll(
      `SELECT row_group_id, any_value(row_group_num_rows) AS n FROM parquet_metadata('${path}') GROUP BY ALL ORDER BY 1`,
    );
    const sizes = groups.getRowObjectsJson().map((r) => Number(r.n));
    connection.closeSync();
    instance.closeSync();
    expect(sizes).toEqual([4096, 4096, ROWS - 8192]);
    expect(ROW_GROUP_SIZE).toBe(122_880);
  });
});
