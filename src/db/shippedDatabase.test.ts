import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from './answerCache';
import type { Database } from './database';
import { recordAnswers, shippedTablesOf, startNodeDatabaseWithBundledData } from './nodeBundledData';
import { startNodeDatabase } from './nodeDatabase';
import {
  decodeShippedDatabase,
  encodeShippedDatabase,
  restoreShippedDatabase,
  ShippedDatabaseError,
} from './shippedDatabase';

const tablesOf = (db: Database) =>
  db.query<{ name: string; ddl: string }>(
    "SELECT table_name AS name, sql AS ddl FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name",
  );

describe('the bundled data shipped ready', () => {
  let built: Database;
  let restored: Database;
  let file: Uint8Array;
  let answers: readonly Answer[];
  beforeAll(async () => {
    built = await startNodeDatabaseWithBundledData();
    file = encodeShippedDatabase({
      tables: await shippedTablesOf(built),
      answers: await recordAnswers(built, (db) =>
        Promise.all([
          db.query('SELECT year, sum(products)::INTEGER AS n FROM facts_ocop GROUP BY ALL ORDER BY ALL'),
          db.query(
            'SELECT unit_name, count(*)::INTEGER AS n FROM facts_mous WHERE year = ? GROUP BY ALL ORDER BY ALL',
            [2024],
          ),
          db.query('SELECT max(date) AS latest FROM national_totals'),
        ]),
      ),
    });
    restored = await startNodeDatabase();
    answers = await restoreShippedDatabase(restored, file);
  });
  afterAll(async () => {
    await built?.close();
    await restored?.close();
  });

  it('restores every table with its definition, constraints included', async () => {
    const tables = await tablesOf(built);
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['data_loads', 'facts_ocop', 'ocop_products']),
    );
    expect(await tablesOf(restored)).toEqual(tables);
  });

  it('restores every row of every table, value for value', async () => {
    for (const { name } of await tablesOf(built)) {
      const sql = `SELECT * FROM ${name} ORDER BY ALL`;
      const [before, after] = [await built.query(sql), await restored.query(sql)];
      expect(after, name).toEqual(before);
    }
    const [ocop] = await restored.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM ocop_products');
    expect(ocop?.n).toBeGreaterThan(1000);
  });

  it("carries the build's answers, which the restored tables give again", async () => {
    expect(answers).toHaveLength(3);
    for (const [sql, params, rows] of answers) {
      expect(await restored.query(sql, params), sql).toEqual(rows);
    }
  });

  it('keeps the registry a registry: a load id cannot be added twice', async () => {
    const [load] = await restored.query<{ load_id: string }>('SELECT load_id FROM data_loads LIMIT 1');
    await expect(
      restored.query("INSERT INTO data_loads (load_id, dataset) VALUES (?, 'mous')", [load?.load_id ?? '']),
    ).rejects.toThrow(/constraint/i);
  });

  it('refuses what is not a shipped file: a dev server page, a cut file, a foreign statement', () => {
    const page = new TextEncoder().encode('<!doctype html><html></html>');
    expect(() => decodeShippedDatabase(page)).toThrow(ShippedDatabaseError);
    expect(() => decodeShippedDatabase(file.subarray(0, file.length - 10))).toThrow(ShippedDatabaseError);
    const foreign = encodeShippedDatabase({
      tables: [{ name: 'regions', ddl: 'DROP TABLE regions', ipc: null }],
      answers: [],
    });
    return expect(restoreShippedDatabase(restored, foreign)).rejects.toThrow(ShippedDatabaseError);
  });
});
