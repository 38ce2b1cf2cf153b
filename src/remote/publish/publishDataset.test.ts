import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { createDatasetTables } from '../../db/dataLoads';
import { loadReferenceTables, unitMapRows } from '../../db/loadReferenceTables';
import { startNodeDatabaseWithBundledData } from '../../db/nodeBundledData';
import { startNodeDatabase } from '../../db/nodeDatabase';
import { outputColumns } from '../../ingest/normalizeRows';
import { DATASET_IDS, type DatasetId } from '../../model/datasets';
import { PROVINCES_34, PROVINCES_63 } from '../../model/provinces';
import { MANIFEST_FILE_NAME, parseManifest } from '../manifest';
import {
  type PublishedDataset,
  provinceColumnPrefixes,
  publishDataset,
  publishedColumns,
  publishedZip,
  publishedZipName,
} from './publishDataset';

/** Native DuckDB (not the WASM build the app runs on) reads the files: it has the Parquet reader. */
async function nativeDuckDb() {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    rows: async (sql: string) => (await connection.runAndReadAll(sql)).getRowsJS(),
    close: () => connection.closeSync(),
  };
}
type Native = Awaited<ReturnType<typeof nativeDuckDb>>;

const dir = mkdtempSync(join(tmpdir(), 'publish-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a published file where native DuckDB can read it; returns its path as an SQL string literal. */
function onDisk(name: string, bytes: Uint8Array): string {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  writeFileSync(path, bytes);
  return `'${path.replaceAll("'", "''")}'`;
}

/** Every row as text, sorted: the same rows compare equal whichever engine and order they come from. */
const asTextSql = (columns: readonly string[], from: string) =>
  `SELECT ${columns.map((c) => `CAST("${c}" AS VARCHAR)`).join(', ')} FROM ${from} ORDER BY ALL`;

/** The 34-layout unit of each (layout, code) of a province, from the same table the dashboard joins. */
const unitIn34 = new Map(
  unitMapRows()
    .filter((r) => r.view_layout === '34')
    .map((r) => [`${r.src_layout}:${r.src_code}`, String(r.unit_code)]),
);

/** Checks one dataset's Parquet against its table: types, every row, and the `_code_34` columns. */
async function expectFileMatchesTable(db: Database, native: Native, dataset: DatasetId, bytes: Uint8Array) {
  const file = `read_parquet(${onDisk(`${dataset}.parquet`, bytes)})`;
  const table = outputColumns(dataset);

  // The first columns are the table's, in order, with its names and types.
  const described = await native.rows(
    `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${file})`,
  );
  expect(described.slice(0, table.length)).toEqual(table.map((c) => [c.name, c.sqlType]));
  expect(described.map((r) => r[0])).toEqual(publishedColumns(dataset).map((c) => c.name));

  // Every row of the table, no more, no fewer (NULLs kept: CAST(NULL AS VARCHAR) stays NULL).
  const names = table.map((c) => c.name);
  const expected = (await db.query<Record<string, string | null>>(asTextSql(names, dataset))).map((row) =>
    Object.values(row),
  );
  const written = await native.rows(asTextSql(names, file));
  expect(written.length).toBeGreaterThan(0);
  expect(written).toEqual(expected);

  // Each province's `_code_34` is its unit in the 34 layout.
  for (const prefix of provinceColumnPrefixes(dataset)) {
    const pairs = await native.rows(
      `SELECT DISTINCT "${prefix}_layout", "${prefix}_code", "${prefix}_code_34" FROM ${file}`,
    );
    for (const [layout, code, code34] of pairs) {
      const unit = unitIn34.get(`${layout}:${code}`) ?? (code === '00' || code === 'all' ? code : null);
      expect({ prefix, layout, code, code34 }).toEqual({ prefix, layout, code, code34: unit });
    }
  }
}

describe('publishing the bundled data', () => {
  let db: Database;
  let native: Native;
  let published: PublishedDataset;
  const now = new Date('2026-12-05T03:00:00Z');
  beforeAll(async () => {
    db = await startNodeDatabaseWithBundledData();
    native = await nativeDuckDb();
    published = await publishDataset(db, { title: '  Dữ liệu liên kết thương mại  ', now });
  }, 120_000);
  afterAll(async () => {
    native.close();
    await db.close();
  });

  it('writes one Parquet file per dataset whose table has rows', async () => {
    const withRows: string[] = [];
    for (const dataset of DATASET_IDS) {
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${dataset}`);
      if (row?.n) withRows.push(`${dataset}.parquet`);
    }
    expect(withRows.length).toBeGreaterThan(3);
    expect(published.files.map((f) => f.name)).toEqual(withRows);
  });

  it('each file holds its table: same columns and types, every row, and the 34-layout unit codes', async () => {
    for (const file of published.files) {
      await expectFileMatchesTable(db, native, file.name.replace('.parquet', '') as DatasetId, file.bytes);
    }
  });

  it('a 63-layout province rolls up to its new unit in `_code_34` (Hà Giang is Tuyên Quang now)', async () => {
    const file = published.files.find((f) => f.name === 'ocop_products.parquet');
    if (!file) throw new Error('no ocop_products.parquet');
    const rows = await native.rows(
      `SELECT DISTINCT province_code_34 FROM read_parquet(${onDisk(file.name, file.bytes)}) WHERE province_layout = '63' AND province_code = '02'`,
    );
    expect(rows).toEqual([['08']]);
  });

  it('writes Snappy-compressed column chunks', async () => {
    const file = published.files[0];
    if (!file) throw new Error('no file');
    const codecs = await native.rows(
      `SELECT DISTINCT compression FROM parquet_metadata(${onDisk(file.name, file.bytes)})`,
    );
    expect(codecs).toEqual([['SNAPPY']]);
  });

  it('the manifest is one the dashboard opens, naming every file with its rows and bytes', async () => {
    const parsed = parseManifest(published.manifest, 'https://data.example.gov.vn/ocop/manifest.json');
    if (!parsed.ok) throw new Error(`manifest refused: ${parsed.problem.code}`);
    expect(parsed.files.map((f) => f.url)).toEqual(
      published.files.map((f) => `https://data.example.gov.vn/ocop/${f.name}`),
    );
    expect(parsed.files.every((f) => f.format === 'parquet')).toBe(true);
    for (const file of published.files) {
      const dataset = file.name.replace('.parquet', '') as DatasetId;
      const [count] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${dataset}`);
      expect(parsed.manifest.datasets[dataset]).toEqual([
        { path: file.name, rows: count?.n, bytes: file.bytes.length },
      ]);
    }
    const m = parsed.manifest;
    expect(m.title).toBe('Dữ liệu liên kết thương mại');
    expect(m.publishedAt).toBe('2026-12-05T03:00:00.000Z');
  });

  it("the manifest's sources are the distinct non-empty sources of the published rows, sorted", async () => {
    const parsed = parseManifest(published.manifest, 'https://example.gov.vn/manifest.json');
    if (!parsed.ok) throw new Error('manifest refused');
    const union = DATASET_IDS.map((d) => `SELECT source FROM ${d}`).join(' UNION ALL ');
    const rows = await db.query<{ s: string }>(
      `SELECT DISTINCT trim(source) AS s FROM (${union}) WHERE trim(source) <> ''`,
    );
    const expected = rows.map((r) => r.s).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(expected.length).toBeGreaterThan(1);
    expect(parsed.manifest.sources).toEqual(expected);
  });

  it("the manifest's data date is the newest date or year-end the data describes, targets aside", async () => {
    const parsed = parseManifest(published.manifest, 'https://example.gov.vn/manifest.json');
    if (!parsed.ok) throw new Error('manifest refused');
    const [latest] = await db.query<{ d: string }>(
      `SELECT strftime(greatest(
         (SELECT max(date) FROM mous), (SELECT max(date) FROM events), (SELECT max(date) FROM national_totals),
         (SELECT make_date(max(year), 12, 31) FROM ocop_products),
         (SELECT make_date(max(year), 12, 31) FROM distribution)), '%Y-%m-%d') AS d`,
    );
    expect(parsed.manifest.dataDate).toBe(latest?.d);
  });

  it('the zip holds manifest.json and every file, byte for byte', () => {
    const zip = unzipSync(publishedZip(published));
    expect(Object.keys(zip).sort()).toEqual(
      [MANIFEST_FILE_NAME, ...published.files.map((f) => f.name)].sort(),
    );
    expect(new TextDecoder().decode(zip[MANIFEST_FILE_NAME])).toBe(published.manifest);
    for (const file of published.files) expect(zip[file.name]).toEqual(file.bytes);
  });

  it('names the zip after the day it is published', () => {
    expect(publishedZipName(new Date(2026, 11, 5, 9, 30))).toBe('du-lieu-ocop-2026-12-05.zip');
  });
});

describe('publishing an upload-sized table', () => {
  const ROWS = 200_000;
  const codeList = (provinces: readonly { code: string }[]) =>
    `[${provinces.map((p) => `'${p.code}'`).join(', ')}]`;
  let db: Database;
  let native: Native;
  beforeAll(async () => {
    db = await startNodeDatabase();
    await loadReferenceTables(db);
    await createDatasetTables(db);
    // Rows in both layouts (the 63 layout's 01..96 codes, the 34 layout's), with NULLs in optional columns.
    await db.exec(`INSERT INTO ocop_products SELECT
        CASE WHEN i % 3 = 0 THEN ${codeList(PROVINCES_34)}[1 + i % 34] ELSE ${codeList(PROVINCES_63)}[1 + i % 63] END,
        CASE WHEN i % 3 = 0 THEN '34' ELSE '63' END,
        2019 + (i % 7)::INTEGER, ['3', '4', '5'][1 + i % 3], 'food', 1 + (i % 5)::INTEGER,
        CASE WHEN i % 11 = 0 THEN NULL ELSE 'Sản phẩm ' || i END, NULL, NULL,
        'Nguồn ' || (i % 4), 'real',
        CASE WHEN i % 2 = 0 THEN DATE '2019-01-01' + (i % 2000)::INTEGER END,
        'load-' || (i % 10)
      FROM range(${ROWS}) r(i)`);
    // Rows removed from the middle leave gaps in rowid, as a removed upload does.
    await db.exec("DELETE FROM ocop_products WHERE load_id = 'load-3'");
    native = await nativeDuckDb();
  }, 120_000);
  afterAll(async () => {
    native.close();
    await db.close();
  });

  it('writes every row, chunk by chunk, one row group per chunk', async () => {
    const published = await publishDataset(db, { title: 'Lớn', chunkRows: 50_000 });
    expect(published.files.map((f) => f.name)).toEqual(['ocop_products.parquet']);
    const file = published.files[0];
    if (!file) throw new Error('no file');
    await expectFileMatchesTable(db, native, 'ocop_products', file.bytes);
    const groups = await native.rows(
      `SELECT row_group_id, any_value(row_group_num_rows) FROM parquet_metadata(${onDisk(file.name, file.bytes)}) GROUP BY ALL ORDER BY ALL`,
    );
    expect(groups.length).toBe(ROWS / 50_000);
    expect(groups.every(([, rows]) => Number(rows) <= 50_000)).toBe(true);
    const parsed = parseManifest(published.manifest, 'https://example.gov.vn/manifest.json');
    if (!parsed.ok) throw new Error('manifest refused');
    expect(parsed.manifest.datasets.ocop_products?.[0]?.rows).toBe(ROWS * 0.9);
  }, 120_000);
});
