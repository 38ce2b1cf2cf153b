import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDatabaseForFile } from '../../e2e/fixtures/database';
import { ingestCsv } from '../ingest/ingestCsv';
import type { NormalizedTable } from '../ingest/normalizeRows';
import { createDatasetTables, insertLoad, insertLoadFromArrow, listLoads, removeLoad } from './dataLoads';
import { loadReferenceTables } from './loadReferenceTables';

const utf8 = (text: string) => new TextEncoder().encode(text);

function ocopTable(csv: string): NormalizedTable {
  const result = ingestCsv(utf8(csv), { dataset: 'ocop_products' });
  if (result.error) throw new Error(JSON.stringify(result.error));
  return result.table;
}

const db = nodeDatabaseForFile();
beforeAll(async () => {
  // A load rebuilds the metrics' facts, which join the reference tables.
  await loadReferenceTables(db);
  await createDatasetTables(db);
});

const total = async () =>
  (await db.query<{ n: number }>('SELECT coalesce(sum(count), 0)::INTEGER AS n FROM ocop_products'))[0]?.n;

describe('data loads', () => {
  it('adds a file as one load, lists it, and removes exactly its rows', async () => {
    const a = ocopTable('province,year,star,count\nHà Nội,2020,4,207\nSóc Trăng,2020,3,75\n');
    const b = ocopTable('province,year,star,count\nTP.HCM,2024,5,3\n');
    await insertLoad(
      db,
      {
        loadId: 'a',
        dataset: 'ocop_products',
        origin: 'bundled',
        fileName: 'a.csv',
        loadedAt: '2026-01-01T00:00:00Z',
      },
      a,
    );
    await insertLoad(
      db,
      {
        loadId: 'b',
        dataset: 'ocop_products',
        origin: 'uploaded',
        fileName: 'b.csv',
        loadedAt: '2026-01-02T00:00:00Z',
      },
      b,
    );
    expect(await total()).toBe(285);
    expect((await listLoads(db)).map((l) => [l.loadId, l.origin, l.rowCount])).toEqual([
      ['a', 'bundled', 2],
      ['b', 'uploaded', 1],
    ]);
    // The metrics' facts follow every load and removal, in both layouts.
    const facts = async () =>
      (
        await db.query<{ l63: number; l34: number }>(
          "SELECT sum(products) FILTER (WHERE view_layout = '63')::INTEGER AS l63, sum(products) FILTER (WHERE view_layout = '34')::INTEGER AS l34 FROM facts_ocop",
        )
      )[0];
    expect(await facts()).toEqual({ l63: 285, l34: 285 });
    await removeLoad(db, 'b');
    expect(await total()).toBe(282);
    expect(await facts()).toEqual({ l63: 282, l34: 282 });
    expect((await listLoads(db)).map((l) => l.loadId)).toEqual(['a']);
  });

  it('leaves the tables exactly as before when a load fails midway', async () => {
    const before = await total();
    const table = ocopTable('province,year,star,count\nHà Nội,2021,4,10\n');
    // Same load id as an existing load: the registry insert fails after the rows went in.
    await expect(
      insertLoad(
        db,
        { loadId: 'a', dataset: 'ocop_products', origin: 'uploaded', fileName: 'x.csv', loadedAt: 'now' },
        table,
      ),
    ).rejects.toThrow();
    expect(await total()).toBe(before);
    expect((await listLoads(db)).map((l) => l.loadId)).toEqual(['a']);
  });

  it('adds a load kept as Arrow bytes, also one stored before a column was added at the end', async () => {
    const kept = ocopTable('province,year,star,count\nHà Nội,2024,4,11\nHuế,2024,3,4\n');
    await insertLoad(
      db,
      {
        loadId: 'kept',
        dataset: 'ocop_products',
        origin: 'uploaded',
        fileName: 'k.csv',
        loadedAt: '2026-02-01T00:00:00Z',
      },
      kept,
    );
    // What the browser keeps: the load's rows as Arrow, its first columns only (an older layout).
    const older = kept.columns.slice(0, kept.columns.findIndex((c) => c.name === 'count') + 1);
    const names = older.map((c) => c.name).join(', ');
    const ipc = await db.queryArrowIpc(
      `SELECT ${names} FROM ocop_products WHERE load_id = 'kept' ORDER BY count`,
    );
    await removeLoad(db, 'kept');
    const before = await total();
    await insertLoadFromArrow(
      db,
      {
        loadId: 'back',
        dataset: 'ocop_products',
        origin: 'uploaded',
        fileName: 'k.csv',
        loadedAt: '2026-02-02T00:00:00Z',
      },
      older,
      ipc,
      2,
    );
    expect(await total()).toBe((before ?? 0) + 15);
    const back = await db.query<Record<string, unknown>>(
      `SELECT ${kept.columns.map((c) => c.name).join(', ')} FROM ocop_products WHERE load_id = 'back' ORDER BY count`,
    );
    expect(back.map((r) => [r.province_code, r.year, r.star, r.count])).toEqual([
      ['46', 2024, '3', 4],
      ['01', 2024, '4', 11],
    ]);
    // The columns the stream did not have are empty, and a wrong count fails and loads nothing.
    expect(older.length).toBeLessThan(kept.columns.length);
    expect(back.every((r) => kept.columns.slice(older.length).every((c) => r[c.name] === null))).toBe(true);
    await expect(
      insertLoadFromArrow(
        db,
        {
          loadId: 'short',
          dataset: 'ocop_products',
          origin: 'uploaded',
          fileName: 'k.csv',
          loadedAt: '2026-02-03T00:00:00Z',
        },
        older,
        ipc,
        3,
      ),
    ).rejects.toThrow(/expected 3 rows, read 2/);
    expect((await listLoads(db)).map((l) => l.loadId)).not.toContain('short');
  });
});
