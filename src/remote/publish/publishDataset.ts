import { tableFromIPC } from 'apache-arrow';
import { zipSync } from 'fflate';
import type { SchemaElement } from 'hyparquet';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { Database } from '../../db/database';
import { checkedIdentifier } from '../../db/loadTable';
import { type OutputColumn, outputColumns } from '../../ingest/normalizeRows';
import { DATASET_IDS, DATASETS, type DatasetId } from '../../model/datasets';
import { NOT_STATED_CODE } from '../../model/provinces';
import { MANIFEST_FILE_NAME, type ManifestFileEntry, manifestText } from '../manifest';

/**
 * Publish: the loaded data (the visible dataset tables, after normalisation) written as one Parquet
 * file per dataset plus the manifest that `?data=<url>` opens. A file's first columns are exactly the
 * dataset's table columns (outputColumns), so the dashboard reads it back as it reads its own table;
 * after them come, for other tools, `<x>_code_34` columns: each province's unit in the 34 layout.
 */

export interface PublishedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Rows written (also in the manifest). */
  readonly rows: number;
}

export interface PublishedDataset {
  /** The Parquet files, one per dataset with rows, in DATASET_IDS order. */
  readonly files: readonly PublishedFile[];
  /** manifest.json's text. */
  readonly manifest: string;
}

export interface PublishOptions {
  readonly title: string;
  /** When the publish happens (the manifest's publishedAt); now unless told. */
  readonly now?: Date;
  /**
   * Rows read from DuckDB and written as one row group at a time: a reader fetches a range of the file,
   * and a large table never sits whole in JS arrays.
   */
  readonly chunkRows?: number;
}

const ROWS_PER_CHUNK = 100_000;

/** The Parquet type of each table column type; every column is OPTIONAL, so NULLs stay NULL. */
function schemaElement({ name, sqlType }: OutputColumn): SchemaElement {
  const optional = { name, repetition_type: 'OPTIONAL' } as const;
  switch (sqlType) {
    case 'INTEGER':
      return { ...optional, type: 'INT32' };
    case 'DOUBLE':
      return { ...optional, type: 'DOUBLE' };
    case 'DATE':
      return { ...optional, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } };
    default:
      return { ...optional, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } };
  }
}

/** The `<x>` of every `<x>_code` + `<x>_layout` pair of a dataset's columns. */
export function provinceColumnPrefixes(dataset: DatasetId): string[] {
  const names = new Set(outputColumns(dataset).map((c) => c.name));
  return [...names]
    .filter((name) => name.endsWith('_code') && names.has(`${name.slice(0, -'_code'.length)}_layout`))
    .map((name) => name.slice(0, -'_code'.length));
}

const quoted = (name: string) => `"${checkedIdentifier(name)}"`;

/**
 * One chunk's SELECT: the table columns (a DATE as days since 1970-01-01, Parquet's DATE value), then
 * each province's unit code in the 34 layout through unit_map (a 63-layout code rolls up to its new
 * unit). "00" (not stated) and "all" (a nationwide target) mean the same in both layouts and stay.
 */
function chunkSql(dataset: DatasetId, fromRowid: number, toRowid: number): string {
  const table = checkedIdentifier(dataset);
  const columns = outputColumns(dataset).map(({ name, sqlType }) =>
    sqlType === 'DATE'
      ? `date_diff('day', DATE '1970-01-01', t.${quoted(name)})::INTEGER AS ${quoted(name)}`
      : `t.${quoted(name)}`,
  );
  const joins: string[] = [];
  provinceColumnPrefixes(dataset).forEach((prefix, i) => {
    const code = `t.${quoted(`${prefix}_code`)}`;
    const layout = `t.${quoted(`${prefix}_layout`)}`;
    columns.push(
      `coalesce(u${i}.unit_code, CASE WHEN ${code} IN ('${NOT_STATED_CODE}', 'all') THEN ${code} END) AS ${quoted(`${prefix}_code_34`)}`,
    );
    joins.push(
      `LEFT JOIN unit_map u${i} ON u${i}.view_layout = '34' AND u${i}.src_layout = ${layout} AND u${i}.src_code = ${code}`,
    );
  });
  return `SELECT ${columns.join(', ')} FROM (SELECT * FROM ${table} WHERE rowid >= ${fromRowid} AND rowid < ${toRowid}) t ${joins.join(' ')}`;
}

/** The Parquet schema of a dataset's file: its table columns, then one `<x>_code_34` per province. */
export function publishedColumns(dataset: DatasetId): OutputColumn[] {
  return [
    ...outputColumns(dataset),
    ...provinceColumnPrefixes(dataset).map(
      (prefix) => ({ name: `${prefix}_code_34`, sqlType: 'VARCHAR' }) as const,
    ),
  ];
}

/** Writes one dataset's visible table as Parquet, chunk by chunk; null when the table has no rows. */
async function datasetParquet(
  db: Database,
  dataset: DatasetId,
  chunkRows: number,
): Promise<{ bytes: Uint8Array; rows: number } | null> {
  const table = checkedIdentifier(dataset);
  const [range] = await db.query<{ n: number; first: number | null; last: number | null }>(
    `SELECT count(*)::INTEGER AS n, min(rowid)::BIGINT AS first, max(rowid)::BIGINT AS last FROM ${table}`,
  );
  if (!range?.n || range.first === null || range.last === null) return null;
  const columns = publishedColumns(dataset);
  const writer = new ByteWriter();
  const parquet = new ParquetWriter({
    writer,
    schema: [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)],
    codec: 'SNAPPY',
    createdBy: 'ocop-linkage-dashboard',
  });
  let rows = 0;
  // rowid ranges rather than LIMIT/OFFSET: each chunk is found without scanning the ones before it;
  // rows deleted earlier leave gaps, so a chunk may hold fewer rows (or none).
  for (let from = range.first; from <= range.last; from += chunkRows) {
    const arrow = tableFromIPC(await db.queryArrowIpc(chunkSql(dataset, from, from + chunkRows)));
    if (arrow.numRows === 0) continue;
    const columnData = columns.map(({ name }) => {
      const vector = arrow.getChild(name);
      if (!vector) throw new Error(`${dataset}: no column ${name} in the answer`);
      // get(i) gives null for a NULL (toArray() of an Int32 column would give 0).
      return { name, data: Array.from({ length: arrow.numRows }, (_, i) => vector.get(i) as unknown) };
    });
    await parquet.write({ columnData, rowGroupSize: arrow.numRows });
    rows += arrow.numRows;
  }
  await parquet.finish();
  return { bytes: new Uint8Array(writer.getBuffer()), rows };
}

/**
 * The newest day the data describes, yyyy-mm-dd: the latest period (DATASETS' periodColumn) over the
 * datasets. A year-only dataset counts as 31 December of its newest year (the year is the finest it
 * says). Targets are left out: their year is the horizon of a plan, not a date of the data.
 */
async function newestDataDate(db: Database, datasets: readonly DatasetId[]): Promise<string | null> {
  const parts = datasets
    .filter((dataset) => dataset !== 'targets')
    .map((dataset) => {
      const table = checkedIdentifier(dataset);
      return DATASETS[dataset].periodColumn === 'date'
        ? `SELECT max("date") AS d FROM ${table}`
        : `SELECT make_date(max("year"), 12, 31) AS d FROM ${table}`;
    });
  if (parts.length === 0) return null;
  const [row] = await db.query<{ d: string | null }>(
    `SELECT strftime(max(d), '%Y-%m-%d') AS d FROM (${parts.join(' UNION ALL ')})`,
  );
  return row?.d ?? null;
}

async function distinctSources(db: Database, datasets: readonly DatasetId[]): Promise<string[]> {
  if (datasets.length === 0) return [];
  const union = datasets.map((dataset) => `SELECT source FROM ${checkedIdentifier(dataset)}`).join(' UNION ');
  const rows = await db.query<{ source: string }>(
    `SELECT DISTINCT trim(source) AS source FROM (${union}) WHERE trim(source) <> '' ORDER BY source`,
  );
  return rows.map((r) => r.source);
}

/** Writes every dataset with rows as `<dataset>.parquet`, and the manifest naming them. */
export async function publishDataset(db: Database, options: PublishOptions): Promise<PublishedDataset> {
  const chunkRows = options.chunkRows ?? ROWS_PER_CHUNK;
  const files: PublishedFile[] = [];
  const entries: Partial<Record<DatasetId, ManifestFileEntry[]>> = {};
  for (const dataset of DATASET_IDS) {
    const written = await datasetParquet(db, dataset, chunkRows);
    if (!written) continue;
    const name = `${dataset}.parquet`;
    files.push({ name, bytes: written.bytes, rows: written.rows });
    entries[dataset] = [{ path: name, rows: written.rows, bytes: written.bytes.length }];
  }
  const published = Object.keys(entries) as DatasetId[];
  const manifest = manifestText({
    title: options.title.trim(),
    dataDate: await newestDataDate(db, published),
    publishedAt: (options.now ?? new Date()).toISOString(),
    sources: await distinctSources(db, published),
    datasets: entries,
  });
  return { files, manifest };
}

/**
 * The zip a user downloads: manifest.json and the Parquet files, side by side (the manifest's paths are
 * relative). Parquet is stored as is (level 0): it is already compressed.
 */
export function publishedZip({ files, manifest }: PublishedDataset): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = {
    [MANIFEST_FILE_NAME]: [new TextEncoder().encode(manifest), { level: 6 }],
  };
  for (const file of files) entries[file.name] = [file.bytes, { level: 0 }];
  return zipSync(entries);
}

/** "du-lieu-ocop-2026-12-05.zip", the local date of the publish. */
export function publishedZipName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `du-lieu-ocop-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.zip`;
}
