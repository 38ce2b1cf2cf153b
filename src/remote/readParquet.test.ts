import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { insertLoadsFromArrow, listLoads, removeLoads } from '../db/dataLoads';
import { outputColumns } from '../ingest/normalizeRows';
import { readParquetPart, readPublishedParquet, type SummaryPart, summaryLoad } from './readParquet';
import type { RemoteProblemError } from './remoteProblem';

const db = bundledDatabaseForFile();
const dir = mkdtempSync(join(tmpdir(), 'ocop-parquet-'));

/** Writes rows as Parquet with native DuckDB (its Parquet writer: what other tools' files look like). */
async function parquetOf(
  name: string,
  rows: readonly Record<string, unknown>[],
  types: Record<string, string>,
  compression = 'snappy',
) {
  const json = join(dir, `${name}.jsonl`);
  writeFileSync(json, rows.map((r) => JSON.stringify(r)).join('\n'));
  const path = join(dir, `${name}.parquet`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const columns = Object.entries(types)
    .map(([n, t]) => `'${n}': '${t}'`)
    .join(', ');
  await connection.run(
    `COPY (SELECT * FROM read_json('${json}', format = 'newline_delimited', columns = {${columns}})) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 50, COMPRESSION ${compression})`,
  );
  connection.closeSync();
  const bytes = readFileSync(path);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const ocopColumns = outputColumns('ocop_products');
const ocopTypes = Object.fromEntries(ocopColumns.map((c) => [c.name, c.sqlType]));
const bundledOcopRows = () =>
  db.query<Record<string, unknown>>(
    `SELECT ${ocopColumns.map((c) => (c.sqlType === 'DATE' ? `strftime(${c.name}, '%Y-%m-%d') AS ${c.name}` : c.name)).join(', ')} FROM ocop_products ORDER BY ALL`,
  );
const shown = async () =>
  db.query<{ layout: string; unit: string | null; star: string; n: number }>(
    'SELECT view_layout AS layout, unit_code AS unit, star, sum(products)::INTEGER AS n FROM facts_ocop GROUP BY ALL ORDER BY ALL',
  );
const published = (loadId: string) => ({
  loadId,
  dataset: 'ocop_products' as const,
  origin: 'published' as const,
  fileName: `http://127.0.0.1/${loadId}.parquet`,
  loadedAt: '2026-12-05T03:00:00.000Z',
});

describe('reading a published Parquet file', () => {
  it('gives the same figures as the rows it was written from, whole and in summary', async () => {
    const rows = await bundledOcopRows();
    expect(rows.length).toBeGreaterThan(100);
    const before = await shown();
    const file = await parquetOf('ocop_products', rows, ocopTypes);

    const progress: number[] = [];
    const whole = await readPublishedParquet(file, 'x', {
      name: 'ocop_products.parquet',
      fullRowLimit: 1_000_000,
      onProgress: (read) => progress.push(read),
    });
    expect(whole).toMatchObject({ dataset: 'ocop_products', rowCount: rows.length, summarised: false });
    expect(progress.at(-1)).toBe(rows.length);
    expect(progress.length).toBeGreaterThan(1); // one step per row group of 50
    await insertLoadsFromArrow(db, [{ load: published('whole'), ...whole }]);
    expect(await shown()).toEqual(before);
    // Every column comes back as it was written, dates included.
    const back = await db.query<Record<string, unknown>>(
      `SELECT ${ocopColumns.map((c) => (c.sqlType === 'DATE' ? `strftime(${c.name}, '%Y-%m-%d') AS ${c.name}` : c.name)).join(', ')} FROM ocop_products WHERE load_id = 'whole' ORDER BY ALL`,
    );
    expect(back).toEqual(rows);

    // Each row twice, as a list of products one per row repeats its keys: the summary sums them.
    const twice = await parquetOf('twice', [...rows, ...rows], ocopTypes);
    const summary = await readPublishedParquet(twice, 'x', { name: 'data.parquet', fullRowLimit: 10 });
    expect(summary.summarised).toBe(true);
    expect(summary.fileRows).toBe(2 * rows.length);
    expect(summary.rowCount).toBeLessThanOrEqual(rows.length);
    expect(summary.columns.map((c) => c.name)).not.toContain('product_name');
    await insertLoadsFromArrow(db, [{ load: published('summary'), ...summary }], ['whole']);
    expect(await shown()).toEqual(before.map((r) => ({ ...r, n: 2 * r.n })));

    // Three readers sharing the row groups (every third each) sum to the same load.
    const parts: SummaryPart[] = [];
    for (const index of [0, 1, 2]) {
      const part = await readParquetPart(twice, 'x', {
        name: 'data.parquet',
        fullRowLimit: 10,
        partOf: async () => ({ index, of: 3 }),
      });
      if (part.kind !== 'summary') throw new Error(`part ${index}: ${part.kind}`);
      parts.push(part.part);
    }
    expect(parts.reduce((n, p) => n + p.counts.length, 0)).toBeGreaterThan(summary.rowCount);
    const joined = summaryLoad(parts);
    expect(joined.rowCount).toBe(summary.rowCount);
    await insertLoadsFromArrow(db, [{ load: published('joined'), ...joined }], ['summary']);
    expect(await shown()).toEqual(before.map((r) => ({ ...r, n: 2 * r.n })));
    await removeLoads(db, ['joined']);
    expect((await listLoads(db)).some((l) => l.origin === 'published')).toBe(false);
  });

  it('reads files other tools compress with ZSTD or gzip', async () => {
    const rows = (await bundledOcopRows()).slice(0, 120);
    for (const compression of ['zstd', 'gzip', 'uncompressed']) {
      const file = await parquetOf(`c_${compression}`, rows, ocopTypes, compression);
      const read = await readPublishedParquet(file, 'u', {
        name: 'ocop_products.parquet',
        fullRowLimit: 1000,
      });
      expect(read.rowCount).toBe(rows.length);
    }
  });

  it('names the columns a file lacks, and refuses what is not Parquet', async () => {
    const { star: _star, ...types } = ocopTypes;
    const file = await parquetOf(
      'no_star',
      [{ province_code: '01', province_layout: '63', year: 2024 }],
      types,
    );
    const problem = await readPublishedParquet(file, 'u', {
      name: 'ocop_products.parquet',
      fullRowLimit: 10,
    }).catch((e: RemoteProblemError) => e.problem);
    expect(problem).toEqual({ code: 'wrongColumns', url: 'u', missing: ['star'] });

    const text = new TextEncoder().encode('province,year\nHà Nội,2024\n'.repeat(10)).buffer;
    await expect(
      readPublishedParquet(text, 'u', { name: 'x.parquet', fullRowLimit: 10 }),
    ).rejects.toMatchObject({
      problem: { code: 'notParquet' },
    });
  });

  it('tells the dataset from the columns when the name does not, and refuses a big file it cannot summarise', async () => {
    const mousColumns = outputColumns('mous');
    const mous = await db.query<Record<string, unknown>>(
      `SELECT ${mousColumns.map((c) => (c.sqlType === 'DATE' ? `strftime(${c.name}, '%Y-%m-%d') AS ${c.name}` : c.name)).join(', ')} FROM mous`,
    );
    const file = await parquetOf(
      'export',
      mous,
      Object.fromEntries(mousColumns.map((c) => [c.name, c.sqlType])),
    );
    const read = await readPublishedParquet(file, 'u', { name: 'export.parquet', fullRowLimit: 1_000_000 });
    expect(read).toMatchObject({ dataset: 'mous', rowCount: mous.length });
    await expect(
      readPublishedParquet(file, 'u', { name: 'export.parquet', fullRowLimit: 5 }),
    ).rejects.toMatchObject({
      problem: { code: 'tooManyRows', rows: mous.length, limit: 5 },
    });
  });
});
