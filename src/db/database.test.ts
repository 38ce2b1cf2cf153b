import { describe, expect, it } from 'vitest';
import { nodeDatabaseForFile } from '../../e2e/fixtures/database';

const db = nodeDatabaseForFile();

describe('the query function', () => {
  it('binds parameters instead of splicing them into SQL', async () => {
    const hostile = "x'); DROP TABLE t; --";
    const rows = await db.query<{ v: string; n: number }>('SELECT ? AS v, ?::INTEGER + 1 AS n', [
      hostile,
      41,
    ]);
    expect(rows).toEqual([{ v: hostile, n: 42 }]);
  });

  it('returns 64-bit integers as plain numbers so results serialize', async () => {
    const rows = await db.query<{ total: number }>('SELECT sum(x) AS total FROM range(1, 101) t(x)');
    expect(rows[0]?.total).toBe(5050);
    expect(JSON.stringify(rows)).toBe('[{"total":5050}]');
  });

  it('reads a registered CSV text with read_csv', async () => {
    await db.registerText('t.csv', 'a,b\n"Hà Nội",1\n"TP. Hồ Chí Minh",2\n');
    const rows = await db.query<{ a: string; b: number }>(
      "SELECT a, b::INTEGER AS b FROM read_csv('t.csv', header = true) ORDER BY b",
    );
    expect(rows.map((r) => r.a)).toEqual(['Hà Nội', 'TP. Hồ Chí Minh']);
  });
});

describe('decimal and huge integer results', () => {
  it('converts HUGEINT and DECIMAL to numbers, negatives included', async () => {
    const rows = await db.query<{ h: number; d: number; neg: number }>(
      'SELECT (-12345)::HUGEINT AS h, 1234.5::DECIMAL(10,1) AS d, sum(x)::HUGEINT * -1 AS neg FROM range(1, 101) t(x)',
    );
    expect(rows).toEqual([{ h: -12345, d: 1234.5, neg: -5050 }]);
  });
});

describe('no network at run time', () => {
  it('never installs or loads extensions from the internet', async () => {
    const rows = await db.query<{ install: string; load: string }>(
      "SELECT current_setting('autoinstall_known_extensions')::VARCHAR AS install, current_setting('autoload_known_extensions')::VARCHAR AS load",
    );
    expect(rows).toEqual([{ install: 'false', load: 'false' }]);
  });
});
