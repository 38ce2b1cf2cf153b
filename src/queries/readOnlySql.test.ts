import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import {
  CONSOLE_ROW_LIMIT,
  CONSOLE_TABLES,
  type ConsoleOutcome,
  checkReadOnly,
  consoleSchema,
  type Refusal,
  runReadOnly,
  runWrapped,
} from './readOnlySql';

const ACCEPTED: readonly (readonly [string, string])[] = [
  ['SELECT 1', 'SELECT 1'],
  ['select * from ocop_products;', 'select * from ocop_products'],
  ['  SELECT 1 ;  ;\n-- trailing comment', 'SELECT 1'],
  ['-- a comment first\nSELECT region FROM regions', 'SELECT region FROM regions'],
  ['/* DROP TABLE x; */ SELECT 1', 'SELECT 1'],
  ['/* nested /* DROP TABLE x; */ still comment; */ SELECT 1', 'SELECT 1'],
  ["SELECT 'DROP TABLE ocop_products; --' AS text", "SELECT 'DROP TABLE ocop_products; --' AS text"],
  ["SELECT 'it''s; fine' AS a", "SELECT 'it''s; fine' AS a"],
  ['SELECT $$; DROP TABLE x$$ AS a', 'SELECT $$; DROP TABLE x$$ AS a'],
  ["SELECT E'\\'; DROP TABLE x' AS a", "SELECT E'\\'; DROP TABLE x' AS a"],
  ['SELECT "drop" FROM (SELECT 1 AS "drop")', 'SELECT "drop" FROM (SELECT 1 AS "drop")'],
  [
    'WITH t AS (SELECT region, count(*) AS n FROM provinces_63 GROUP BY region) SELECT * FROM t ORDER BY n DESC',
    'WITH t AS (SELECT region, count(*) AS n FROM provinces_63 GROUP BY region) SELECT * FROM t ORDER BY n DESC',
  ],
  ['FROM regions', 'FROM regions'],
  ['(SELECT 1) UNION ALL (SELECT 2)', '(SELECT 1) UNION ALL (SELECT 2)'],
  ['DESCRIBE ocop_products', 'DESCRIBE ocop_products'],
  ['SUMMARIZE regions', 'SUMMARIZE regions'],
  ['SHOW TABLES', 'SHOW TABLES'],
  [
    "SELECT * FROM data_loads WHERE file_name = 'real/ocop_products.csv'",
    "SELECT * FROM data_loads WHERE file_name = 'real/ocop_products.csv'",
  ],
  [
    "SELECT 'x.csv', name FROM regions, provinces_34 ORDER BY name, 'x'",
    "SELECT 'x.csv', name FROM regions, provinces_34 ORDER BY name, 'x'",
  ],
  ['SELECT * FROM range(3)', 'SELECT * FROM range(3)'],
];

const REFUSED: readonly (readonly [string, Refusal['code'], string?])[] = [
  ['', 'empty'],
  ['  -- only a comment', 'empty'],
  [';', 'empty'],
  ['DROP TABLE ocop_products', 'notReadOnly', 'DROP'],
  ['drop table ocop_products', 'notReadOnly', 'DROP'],
  ['SELECT 1; DROP TABLE ocop_products', 'multipleStatements'],
  ['SELECT 1 ; DROP TABLE ocop_products; --', 'multipleStatements'],
  ["SELECT 'a\\'; DROP TABLE ocop_products; --'", 'multipleStatements'], // no backslash escapes in '…'
  ['SELECT 1; SELECT 2', 'multipleStatements'],
  ['/* hidden */ DELETE FROM mous', 'notReadOnly', 'DELETE'],
  ["INSERT INTO regions VALUES ('x', 'y', 'z')", 'notReadOnly', 'INSERT'],
  ["UPDATE regions SET name = 'x'", 'notReadOnly', 'UPDATE'],
  ['CREATE TABLE t AS SELECT 1', 'notReadOnly', 'CREATE'],
  ['CREATE OR REPLACE VIEW v AS SELECT 1', 'notReadOnly', 'CREATE'],
  ['ALTER TABLE regions ADD COLUMN x INTEGER', 'notReadOnly', 'ALTER'],
  ["ATTACH 'other.duckdb' AS other", 'notReadOnly', 'ATTACH'],
  ['DETACH other', 'notReadOnly', 'DETACH'],
  ["COPY ocop_products TO 'out.csv'", 'notReadOnly', 'COPY'],
  ['INSTALL httpfs', 'notReadOnly', 'INSTALL'],
  ['LOAD httpfs', 'notReadOnly', 'LOAD'],
  ['SET threads = 1', 'notReadOnly', 'SET'],
  ["PRAGMA table_info('regions')", 'notReadOnly', 'PRAGMA'],
  ["EXPORT DATABASE 'dir'", 'notReadOnly', 'EXPORT'],
  ["IMPORT DATABASE 'dir'", 'notReadOnly', 'IMPORT'],
  ['CALL checkpoint()', 'notReadOnly', 'CALL'],
  ['TRUNCATE mous', 'notReadOnly', 'TRUNCATE'],
  ['BEGIN TRANSACTION', 'notReadOnly', 'BEGIN'],
  ['PIVOT ocop_products ON star USING sum(count)', 'notReadOnly', 'PIVOT'],
  ['EXPLAIN DROP TABLE regions', 'notReadOnly', 'DROP'],
  ['EXPLAIN', 'notReadOnly', 'EXPLAIN'],
  ['WITH x AS (SELECT 1) DELETE FROM mous', 'notReadOnly', 'DELETE'],
  ["SELECT * FROM read_csv('x')", 'externalAccess', 'read_csv'],
  ["SELECT * FROM READ_CSV_AUTO('data/real/mous.csv')", 'externalAccess', 'read_csv_auto'],
  ["SELECT * FROM read_parquet('x.parquet')", 'externalAccess', 'read_parquet'],
  ["SELECT * FROM read_json_auto('x.json')", 'externalAccess', 'read_json_auto'],
  ["SELECT * FROM main.read_text ('x')", 'externalAccess', 'read_text'],
  ['SELECT * FROM "read_blob"(\'x\')', 'externalAccess', 'read_blob'],
  ["SELECT * FROM glob('*')", 'externalAccess', 'glob'],
  ["SELECT * FROM parquet_scan('x')", 'externalAccess', 'parquet_scan'],
  ["SELECT * FROM query('DROP TABLE regions')", 'externalAccess', 'query'],
  ["SELECT * FROM 'data.csv'", 'externalAccess', 'data.csv'],
  ['SELECT * FROM "data.csv"', 'externalAccess', 'data.csv'],
  ['SELECT * FROM main."data.csv"', 'externalAccess', 'data.csv'],
  ["SELECT * FROM regions, 'load_1.csv'", 'externalAccess', 'load_1.csv'],
  ["SELECT * FROM regions r JOIN 'x.parquet' p ON true", 'externalAccess', 'x.parquet'],
  ["SELECT * FROM (SELECT 1) t, 'x.csv'", 'externalAccess', 'x.csv'],
  ["SELECT count(*) FROM 'https://example.org/x.parquet'", 'externalAccess'],
  ["SELECT 'http://example.org' AS link", 'externalAccess'],
  ["DESCRIBE 'x.csv'", 'externalAccess', 'x.csv'],
  ["SUMMARIZE 'x.csv'", 'externalAccess', 'x.csv'],
  ['SELECT 1 /* never closed', 'unterminated'],
  ["SELECT 'never closed", 'unterminated'],
  ["SELECT E'a\\'' ; DROP TABLE x; --", 'multipleStatements'],
];

describe('the read-only guard', () => {
  it.each(ACCEPTED)('accepts %j', (text, query) => {
    expect(checkReadOnly(text)).toEqual({ ok: true, query, explain: null });
  });

  for (const [text, code, detail] of REFUSED) {
    it(`refuses ${JSON.stringify(text)} (${code})`, () => {
      const check = checkReadOnly(text);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      expect(check.refusal.code).toBe(code);
      if (detail && 'keyword' in check.refusal) expect(check.refusal.keyword).toBe(detail);
      if (detail && 'name' in check.refusal) expect(check.refusal.name).toBe(detail);
    });
  }

  it('takes EXPLAIN and EXPLAIN ANALYZE apart from the query they explain', () => {
    expect(checkReadOnly('EXPLAIN SELECT 1')).toEqual({ ok: true, query: 'SELECT 1', explain: 'explain' });
    expect(checkReadOnly('explain analyze FROM regions;')).toEqual({
      ok: true,
      query: 'FROM regions',
      explain: 'explain analyze',
    });
  });
});

describe('the SQL console on the bundled data', () => {
  const db = bundledDatabaseForFile();

  const ok = (outcome: ConsoleOutcome) => {
    if (outcome.status !== 'ok') throw new Error(JSON.stringify(outcome));
    return outcome.result;
  };

  it('answers a GROUP BY over the bundled data in the query’s own order', async () => {
    const result = ok(
      await runReadOnly(db, 'SELECT region, count(*) FROM provinces_63 GROUP BY region ORDER BY region'),
    );
    expect(result.columns.map((c) => [c.name, c.numeric])).toEqual([
      ['region', false],
      ['count_star()', true],
    ]);
    expect(result.rows).toEqual([
      ['BTB_DHMT', 14],
      ['DBSCL', 13],
      ['DBSH', 11],
      ['DNB', 6],
      ['TDMNPB', 14],
      ['TN', 5],
    ]);
    expect(result.total).toBe(6);
  });

  it('shows dates, lists and other types as DuckDB writes them, numbers as numbers', async () => {
    const result = ok(
      await runReadOnly(
        db,
        "SELECT DATE '2024-04-03' AS d, [1, 2] AS l, 1.5::DECIMAL(5,2) AS x, true AS b, NULL AS n, 'a' AS s",
      ),
    );
    expect(result.rows).toEqual([['2024-04-03', '[1, 2]', 1.5, true, null, 'a']]);
    expect(result.columns.map((c) => c.type)).toEqual([
      'DATE',
      'INTEGER[]',
      'DECIMAL(5,2)',
      'BOOLEAN',
      'INTEGER',
      'VARCHAR',
    ]);
  });

  it('returns the first 1,000 rows and says how many there are', async () => {
    const result = ok(await runReadOnly(db, 'SELECT * FROM range(2500) t(i) ORDER BY i DESC'));
    expect(result.rows).toHaveLength(CONSOLE_ROW_LIMIT);
    expect(result.rows[0]).toEqual([2499]);
    expect(result.total).toBe(2500);
  });

  it('runs DESCRIBE, SUMMARIZE, SHOW and EXPLAIN', async () => {
    const described = ok(await runReadOnly(db, 'DESCRIBE regions'));
    expect(described.rows.map((r) => r[0])).toEqual(['id', 'name', 'name_en']);
    expect(ok(await runReadOnly(db, 'SUMMARIZE regions')).total).toBe(3);
    expect(ok(await runReadOnly(db, 'SHOW TABLES')).rows.map((r) => r[0])).toContain('ocop_products');
    const explained = ok(await runReadOnly(db, 'EXPLAIN SELECT count(*) FROM mous'));
    expect(explained.columns.map((c) => c.name)).toEqual(['explain_key', 'explain_value']);
    expect(String(explained.rows[0]?.[1])).toContain('SEQ_SCAN');
  });

  it('reports DuckDB’s own error for a query it cannot run', async () => {
    const outcome = await runReadOnly(db, 'SELECT * FROM no_such_table');
    expect(outcome.status).toBe('error');
    if (outcome.status === 'error') expect(outcome.message).toContain('no_such_table');
  });

  it('leaves every table exactly as it was after refusing statements that write', async () => {
    const snapshot = async () => {
      const tables = await db.query<{ name: string }>(
        "SELECT table_name AS name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY table_name",
      );
      const counts = [];
      for (const { name } of tables) {
        const [row] = await db.query<{ n: number; h: number }>(
          `SELECT count(*)::INTEGER AS n, coalesce(sum(hash(t))::DOUBLE, 0) AS h FROM ${name} t`,
        );
        counts.push([name, row?.n, row?.h]);
      }
      return counts;
    };
    const before = await snapshot();
    for (const [text] of REFUSED) {
      expect((await runReadOnly(db, text)).status).toBe('refused');
    }
    // Without the tokenizer, DuckDB itself runs nothing but one query: as a subquery, a statement that
    // writes is a syntax error; a second statement smuggled after the wrapper cannot be prepared.
    for (const query of [
      'DROP TABLE regions',
      "INSERT INTO regions VALUES ('x', 'y', 'z')",
      "ATTACH ':memory:' AS other",
      'SET threads = 1',
      'SELECT 1\n) AS q; DROP TABLE regions; SELECT * FROM (SELECT 1',
      'SELECT 1\n) AS q LIMIT 1; DELETE FROM mous; SELECT * FROM (SELECT 1',
    ]) {
      const outcome = await runWrapped(db, { query, explain: null });
      expect(outcome.status, query).toBe('error');
      expect((await runWrapped(db, { query, explain: 'explain analyze' })).status, query).toBe('error');
    }
    expect(await snapshot()).toEqual(before);
    expect(before.map((t) => t[0])).toEqual(expect.arrayContaining([...CONSOLE_TABLES]));
  });

  it('lists our tables with their columns and row counts', async () => {
    const schema = await consoleSchema(db);
    expect(schema.map((t) => t.name)).toEqual([...CONSOLE_TABLES]);
    const regions = schema.find((t) => t.name === 'regions');
    expect(regions).toEqual({
      name: 'regions',
      rowCount: 6,
      columns: [
        { name: 'id', type: 'VARCHAR' },
        { name: 'name', type: 'VARCHAR' },
        { name: 'name_en', type: 'VARCHAR' },
      ],
    });
    expect(schema.find((t) => t.name === 'provinces_63')?.rowCount).toBe(63);
    // The published national figures can be queried beside the provincial rows.
    const national = await runWrapped(db, {
      query: 'SELECT products FROM national_totals ORDER BY date DESC LIMIT 1',
      explain: null,
    });
    expect(national).toMatchObject({ status: 'ok', result: { rows: [[18243]] } });
  });
});
