/**
 * The DuckDB-load CSV path on a large table: normalized rows of the OCOP products' shape written by
 * model/csv.ts' csvForDuckDb and, for comparison, by Papa.unparse with the same quoting (why the former
 * is hand-written). Run: npx tsx scripts/bench/csvWriterBench.ts [rows, default 1,000,000]
 */
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { csvForDuckDb, type MachineValue } from '../../src/model/csv.ts';

const count = Number(process.argv[2] ?? 1_000_000);
const columns = [
  'year',
  'unit_code',
  'product_name',
  'category',
  'stars',
  'entity_type',
  'recognized_on',
  'price',
  'exported',
  'note',
].map((name) => ({ name }));
const names = ['Trà sen Tây Hồ', 'Mắm "cá" linh, An Giang', 'Bánh pía Sóc Trăng', 'Cà phê Buôn Ma Thuột'];
const rows: Record<string, MachineValue>[] = Array.from({ length: count }, (_, i) => ({
  year: 2020 + (i % 7),
  unit_code: String(1 + (i % 96)).padStart(2, '0'),
  product_name: `${names[i % names.length]} ${i}`,
  category: 'thuc_pham',
  stars: 3 + (i % 3),
  entity_type: i % 5 === 0 ? null : 'htx',
  recognized_on: `2024-0${1 + (i % 9)}-1${i % 10}`,
  price: i % 3 === 0 ? null : (i * 37.5) % 100_000,
  exported: i % 2 === 0,
  note: i % 4 === 0 ? '' : null,
}));

const writers: readonly [string, () => string][] = [
  ['csvForDuckDb (hand-written)', () => csvForDuckDb(columns, rows)],
  [
    'Papa.unparse, same quoting',
    () =>
      Papa.unparse(rows, {
        columns: columns.map((c) => c.name),
        newline: '\n',
        quotes: (value: unknown) => typeof value === 'string',
      }),
  ],
];
for (let run = 0; run < 3; run++) {
  for (const [label, write] of writers) {
    const start = performance.now();
    const text = write();
    console.log(
      `${label}: ${(performance.now() - start).toFixed(0)} ms, ${(text.length / 1e6).toFixed(1)} M chars`,
    );
  }
}
