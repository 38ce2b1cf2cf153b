/**
 * Each SQL rule of sqlText.ts against the JavaScript rule it stands for, in DuckDB-WASM: the same answer
 * on hand-picked cells (Vietnamese numbers and spellings, every kind of whitespace, total rows) and on
 * generated ones.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeDatabaseForFile } from '../../../e2e/fixtures/database';
import { parseCount, parseNumber, parseText } from '../../ingest/parseValues';
import { isTotalRow } from '../../ingest/readCsv';
import {
  isBlank,
  JS_WHITESPACE,
  plainCount,
  plainNumber,
  plainText,
  received,
  sent,
  surelyNotTotal,
  surelyNotTotalStart,
} from './sqlText';
import { createValueTable } from './valueTables';

const db = nodeDatabaseForFile();
let tableCounter = 0;

/** `rule` of each value, as DuckDB computes it (values go in through a table, never spliced into SQL). */
async function inSql(values: readonly string[], rule: (expr: string) => string): Promise<unknown[]> {
  const table = `sql_text_${++tableCounter}`;
  await createValueTable(
    db,
    table,
    [
      { name: 'i', sqlType: 'INTEGER' },
      { name: 'v', sqlType: 'VARCHAR' },
    ],
    values.map((v, i) => [i, v]),
  );
  const rows = await db.query<{ r: unknown }>(`SELECT ${rule('v')} AS r FROM ${table} ORDER BY i`);
  await db.exec(`DROP TABLE ${table}`);
  return rows.map((row) => row.r);
}

const CELLS = [
  '',
  ' ',
  '\t',
  '\u00a0',
  '\u3000\u2009 \u202f',
  '\ufeff',
  ' a ',
  'a',
  '\u200b',
  '\u0085',
  '\u180e',
  '1204',
  '007',
  '1.204',
  '1 204',
  '1,5',
  '12345678901234567',
  '2147483648',
  'Trà sen',
  'Tra sen',
  ' Tra sen',
  'Tra sen ',
  '"quoted"',
  'Tổng cộng',
  'TỔNG CỘNG: 149 sản phẩm',
  'Cộng',
  'Total',
  'Grand total',
  'Thái Bình',
  'Cần Thơ',
  'Bắc Ninh',
  '01',
  '...Tổng',
  '(Tổng số 12 SP)',
  'tong cong',
  'Tổng công ty may',
];

const cellArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...JS_WHITESPACE, 'a', '1', '.', ',', ' ', 'ổ', 'T', 'c', 'g') }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...CELLS),
);

describe('the SQL rules decide as the JavaScript rules do', () => {
  it('isBlank is trim() === ""', async () => {
    const values = [...CELLS, ...fc.sample(cellArb, 400)];
    expect(await inSql(values, isBlank)).toEqual(values.map((v) => v.trim() === ''));
  });

  it('plainText keeps only what parseText keeps as written', async () => {
    const values = [...CELLS, ...fc.sample(cellArb, 400)];
    const plain = await inSql(values, plainText);
    const wrong = values.filter(
      (v, i) => plain[i] === true && parseText(v).ok && (parseText(v) as { value: unknown }).value !== v,
    );
    expect(wrong).toEqual([]);
    // It does read the common case: printable ASCII without spaces around.
    expect(plain[values.indexOf('Tra sen')]).toBe(true);
    expect(plain[values.indexOf(' Tra sen')]).toBe(false);
  });

  it('plainNumber and plainCount read digits as parseNumber and parseCount do', async () => {
    const digits = [...CELLS, ...fc.sample(fc.stringMatching(/^\d{1,18}$/), 300)];
    const numbers = await inSql(digits, (v) => `CASE WHEN ${plainNumber(v)} THEN CAST(${v} AS DOUBLE) END`);
    const counts = await inSql(digits, (v) => `CASE WHEN ${plainCount(v)} THEN CAST(${v} AS INTEGER) END`);
    for (const [i, v] of digits.entries()) {
      const number = parseNumber(v);
      const count = parseCount(v);
      if (numbers[i] !== null) expect([v, number.ok && number.value]).toEqual([v, numbers[i]]);
      if (counts[i] !== null) expect([v, count.ok && count.value]).toEqual([v, counts[i]]);
    }
    expect(numbers[digits.indexOf('1204')]).toBe(1204);
    expect(counts[digits.indexOf('007')]).toBe(7);
    // Grouped and decimal numbers are left to JavaScript.
    expect(numbers[digits.indexOf('1.204')]).toBeNull();
  });

  it('surelyNotTotal never says so of a total row', async () => {
    const values = [...CELLS, ...fc.sample(cellArb, 400)];
    const notTotal = await inSql(values, surelyNotTotal);
    expect(values.filter((v, i) => notTotal[i] === true && isTotalRow([v]))).toEqual([]);
    expect(notTotal[values.indexOf('Bắc Ninh')]).toBe(true);
    expect(notTotal[values.indexOf('Tổng cộng')]).toBe(false);
  });

  it('surelyNotTotalStart never says so of a total row', async () => {
    const values = [...CELLS, ...fc.sample(cellArb, 400)];
    const notTotal = await inSql(values, surelyNotTotalStart);
    expect(values.filter((v, i) => notTotal[i] === true && isTotalRow([v]))).toEqual([]);
    expect(notTotal[values.indexOf('Bắc Ninh')]).toBe(true);
  });

  it('a value sent to JavaScript arrives intact, a leading U+FEFF included', async () => {
    const values = ['\ufeffa', 'b', '', '\ufeff'];
    const back = await inSql(values, sent);
    expect(back.map((v) => received(String(v)))).toEqual(values);
  });
});
