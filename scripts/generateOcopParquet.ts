/**
 * An illustrative `ocop_products` table as a Parquet file, any number of rows: the 10M-row file the bench
 * and the browser tests open by URL (`?data=`, issue 17). Never real data: every row says
 * `data_kind = 'illustrative'` and names scripts/generateData.ts' illustrative source.
 *
 *   npx tsx scripts/generateOcopParquet.ts <rows> <out.parquet>
 *
 * The columns are the stored table's, in order and type (`outputColumns('ocop_products')`), so a reader
 * takes the file as a published dataset. One product per row, drawn with the shares of the CSV rows of
 * `generateData.ts --rows` (scripts/illustrativeData.ts); native DuckDB writes them (10M rows in seconds),
 * each value a hash of the row number, so a file is the same for the same rows and seed. Product names and
 * producers are unique, as in a real list: the text columns are most of the file's bytes, which is what a
 * reader that fetches only the columns it needs saves.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { outputColumns } from '../src/ingest/normalizeRows';
import { MERGER_DATE, PROVINCES_63 } from '../src/model/provinces';
import {
  GROUP_WEIGHTS,
  illustrativeSource,
  PRODUCER_PREFIX,
  PRODUCER_TYPE_WEIGHTS,
  PRODUCER_WORDS,
  PRODUCT_BASES,
  SEED,
  STAR_WEIGHTS,
  unitIn,
  VARIANTS,
  YEAR_WEIGHTS,
} from './illustrativeData';

/** DuckDB's default for Parquet: row groups of 122,880 rows (a reader skips what it does not need by group). */
export const ROW_GROUP_SIZE = 122_880;

/** Share of rows carrying a recognition date (the rest only a year, as in many published lists). */
const DATED_SHARE = 0.7;

export interface GeneratedParquet {
  readonly path: string;
  readonly rows: number;
  readonly bytes: number;
  readonly ms: number;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (items: readonly string[]) => `[${items.map(quote).join(', ')}]`;

/** A uniform number in [0, 1) for row `i`, one stream per `name`: DuckDB's hash of the row, seed and name. */
const uniform = (name: string, seed: number) => `(hash(i, ${seed}, ${quote(name)}) % 1000000) / 1000000.0`;

/** A CASE picking a value with the weights' shares from uniform number `u`. */
function weighted(u: string, weights: readonly (readonly [string | number, number])[]): string {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const branches = weights.slice(0, -1).map(([value, w]) => {
    cumulative += w / total;
    return `WHEN ${u} < ${cumulative} THEN ${typeof value === 'number' ? value : quote(value)}`;
  });
  const last = weights.at(-1)?.[0];
  const otherwise = typeof last === 'number' ? String(last) : quote(last ?? '');
  return `CASE ${branches.join(' ')} ELSE ${otherwise} END`;
}

/** The SELECT of `rows` rows with the stored table's columns; exported for the tests. */
export function ocopProductsSelect(rows: number, seed = SEED): string {
  // Each unit before the merger, with its name and the unit it became (code and name in the 34 layout).
  const after = PROVINCES_63.map((p) => unitIn(p.code, '34'));
  const unitColumn = (values: readonly string[]) => `list_element(${list(values)}, idx + 1)`;
  const groupBases = Object.entries(PRODUCT_BASES)
    .map(
      ([group, bases]) =>
        `WHEN ${quote(group)} THEN list_element(${list(bases)}, 1 + (hash(i, ${seed}, 'base') % ${bases.length})::INTEGER)`,
    )
    .join(' ');
  const prefixes = Object.entries(PRODUCER_PREFIX)
    .map(([type, prefix]) => `WHEN ${quote(type)} THEN ${quote(prefix)}`)
    .join(' ');
  const pick = (name: string, items: readonly string[]) =>
    `list_element(${list(items)}, 1 + (hash(i, ${seed}, ${quote(name)}) % ${items.length})::INTEGER)`;

  const expressions: Record<string, string> = {
    province_code: `CASE layout WHEN '63' THEN code63 ELSE code34 END`,
    province_layout: 'layout',
    year: 'year',
    // No 5-star rating before the 2020 round (as the CSV rows).
    star: `CASE WHEN star = '5' AND year < 2020 THEN '4' ELSE star END`,
    product_group: 'product_group',
    count: '1',
    // Unique: a real list names each product once; the row number tells two alike apart.
    product_name: `concat(base, ' ', unit_name, variant, ' – mẫu ', i + 1)`,
    producer: `concat(prefix, ' ', word, ' ', unit_name, ' số ', i + 1)`,
    producer_type: 'producer_type',
    source: quote(illustrativeSource(seed)),
    data_kind: `'illustrative'`,
    recognition_date: 'recognition_date',
  };
  const columns = outputColumns('ocop_products').map(({ name, sqlType }) => {
    const expression = expressions[name];
    if (!expression) throw new Error(`generateOcopParquet has no values for the column ${name}`);
    return `CAST(${expression} AS ${sqlType}) AS ${name}`;
  });

  return `
    WITH drawn AS (
      SELECT i,
        ${weighted(uniform('year', seed), YEAR_WEIGHTS)} AS year,
        ${uniform('dated', seed)} < ${DATED_SHARE} AS dated,
        (hash(i, ${seed}, 'day') % 365)::INTEGER AS day,
        (hash(i, ${seed}, 'unit') % ${PROVINCES_63.length})::INTEGER AS idx,
        ${weighted(uniform('star', seed), STAR_WEIGHTS)} AS star,
        ${weighted(uniform('group', seed), GROUP_WEIGHTS)} AS product_group,
        ${weighted(uniform('producer_type', seed), PRODUCER_TYPE_WEIGHTS)} AS producer_type
      FROM range(${rows}) r(i)
    ),
    dated AS (
      SELECT *, CASE WHEN dated THEN make_date(year, 1, 1) + day END AS recognition_date FROM drawn
    ),
    placed AS (
      -- The layout in force: the recognition date's when there is one, else the year's (model/provinces.ts).
      SELECT *,
        ${unitColumn(PROVINCES_63.map((p) => p.code))} AS code63, ${unitColumn(PROVINCES_63.map((p) => p.name))} AS name63,
        ${unitColumn(after.map((u) => u.code))} AS code34, ${unitColumn(after.map((u) => u.name))} AS name34,
        CASE WHEN recognition_date IS NOT NULL
          THEN CASE WHEN recognition_date < DATE ${quote(MERGER_DATE)} THEN '63' ELSE '34' END
          ELSE CASE WHEN year <= 2025 THEN '63' ELSE '34' END END AS layout
      FROM dated
    ),
    named AS (
      SELECT *,
        CASE layout WHEN '63' THEN name63 ELSE name34 END AS unit_name,
        CASE product_group ${groupBases} END AS base,
        ${pick('variant', VARIANTS)} AS variant,
        CASE producer_type ${prefixes} END AS prefix,
        ${pick('word', PRODUCER_WORDS)} AS word
      FROM placed
    )
    SELECT ${columns.join(',\n      ')} FROM named`;
}

/** Writes `rows` rows to `outPath` (Parquet, Snappy, row groups of ROW_GROUP_SIZE). */
export async function generateOcopParquet(
  rows: number,
  outPath: string,
  options: { seed?: number; rowGroupSize?: number } = {},
): Promise<GeneratedParquet> {
  if (!Number.isInteger(rows) || rows < 0)
    throw new RangeError(`rows must be a non-negative integer, got ${rows}`);
  const path = resolve(outPath);
  mkdirSync(dirname(path), { recursive: true });
  const start = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (${ocopProductsSelect(rows, options.seed)}) TO ${quote(path)}
       (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${options.rowGroupSize ?? ROW_GROUP_SIZE})`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return { path, rows, bytes: statSync(path).size, ms: Math.round(performance.now() - start) };
}

async function main(args: readonly string[]): Promise<number> {
  const [rowsArg, out] = args;
  const rows = Number(rowsArg?.replaceAll('_', ''));
  if (!out || !Number.isInteger(rows) || rows < 0) {
    console.error('usage: npx tsx scripts/generateOcopParquet.ts <rows> <out.parquet>');
    return 2;
  }
  const file = await generateOcopParquet(rows, resolve(process.cwd(), out));
  console.log(
    `wrote ${file.rows} rows, ${(file.bytes / 1e6).toFixed(1)} MB, to ${file.path} in ${file.ms} ms`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
