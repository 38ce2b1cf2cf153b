import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../e2e/fixtures/ingest/seededRandom.ts';
import { csvForDuckDb } from '../model/csv.ts';
import type { NormalizedTable } from './normalizeRows.ts';

const NASTY = [
  '',
  'plain',
  'a,b',
  'say "hi"',
  '""',
  '"',
  'line\nbreak',
  'crlf\r\nbreak',
  'lone\rcr',
  ' padded ',
  'Thừa Thiên Huế',
  '漢字 😀',
  ';\t|',
  '=1+1',
  'NULL',
  '\\N',
  ',,,',
];

function tableOf(values: (string | number | null)[][]): NormalizedTable {
  return {
    dataset: 'ocop_products',
    columns: [
      { name: 'text', sqlType: 'VARCHAR' },
      { name: 'amount', sqlType: 'DOUBLE' },
      { name: 'day', sqlType: 'DATE' },
    ],
    rows: values.map(([text, amount, day]) => ({
      text: text ?? null,
      amount: amount ?? null,
      day: day ?? null,
    })),
    rowNumbers: values.map((_, i) => i + 2),
    rejected: [],
    notices: [],
    mappedValues: [],
  };
}

describe('csvForDuckDb', () => {
  it('writes a header, quoted strings, plain numbers and empty NULLs', () => {
    const table = tableOf([
      ['Trà "sen", Tây Hồ', 1234.5, '2024-03-05'],
      [null, null, null],
      ['', 0, null],
    ]);
    const csv = csvForDuckDb(table.columns, table.rows);
    expect(csv).toBe('text,amount,day\n"Trà ""sen"", Tây Hồ",1234.5,"2024-03-05"\n,,\n"",0,\n');
  });

  it('round-trips any text, told apart from NULL by quoting', () => {
    const random = seededRandom(7);
    const rows = Array.from({ length: 200 }, () => [
      Array.from({ length: random.int(0, 3) }, () => random.pick(NASTY)).join(''),
      random.next() * 1e6,
      null,
    ]);
    rows.push([null, null, null]);
    const table = tableOf(rows);
    const csv = csvForDuckDb(table.columns, table.rows);
    const parsed = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\n', quoteChar: '"' });
    expect(parsed.errors).toEqual([]);
    // Papaparse reports the final newline as one empty record.
    const records = parsed.data.slice(1, -1);
    expect(records).toHaveLength(rows.length);
    for (const [i, record] of records.entries()) {
      const [text, amount] = rows[i] ?? [];
      expect(record[0]).toBe(text ?? '');
      expect(record[1] === '' ? null : Number(record[1])).toBe(amount ?? null);
    }
    // NULL is the only unquoted empty field; an empty string is always "".
    expect(csv.split('\n').at(-2)).toBe(',,');
  });
});
