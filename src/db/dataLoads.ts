import type { NormalizedTable, OutputColumn } from '../ingest/normalizeRows';
import { outputColumns } from '../ingest/normalizeRows';
import { csvForDuckDb } from '../model/csv';
import { DATASET_IDS, type DatasetId } from '../model/datasets';
import type { Database } from './database';
import { appendRowsFromCsv, checkedIdentifier, createTableSql, inTransaction } from './loadTable';
import { materializeFacts } from './materializeFacts';

/**
 * Every dataset table holds the rows of one or more loads (a bundled file, a user's upload); the
 * `data_loads` registry says which, so a load can be listed and removed without touching the others.
 */
export type LoadOrigin = 'bundled' | 'uploaded' | 'published';

export interface DataLoad {
  readonly loadId: string;
  readonly dataset: DatasetId;
  readonly origin: LoadOrigin;
  readonly fileName: string;
  readonly rowCount: number;
  /** ISO timestamp of the load. */
  readonly loadedAt: string;
}

export interface ListedLoad extends DataLoad {
  /** Bundled generated data (data/illustrative), which the user's own data of its dataset replaces. */
  readonly illustrative: boolean;
  /**
   * Kept out of the views: an illustrative load while the user's own data of its dataset is loaded, or
   * any other load while a published dataset (opened by URL) carries its dataset.
   */
  readonly hidden: boolean;
}

/**
 * Which loads the views see. Real data replaces illustrative data: while a dataset has at least one
 * uploaded load, the rows of its bundled illustrative loads (data/illustrative/*.csv) are kept out. A
 * published dataset opened by URL (src/remote/) is the whole truth for the datasets it carries: while
 * it is open, every other load of those datasets (bundled, illustrative, uploaded) is kept out, so its
 * figures are the publisher's and nothing is counted twice. Hidden rows move out of the dataset table
 * into `<dataset>_hidden` and back (rather than a view per dataset or a filter in every query), which
 * keeps every metric's SQL unaware of it, and they come back without re-reading their file.
 * `syncHiddenLoads` is the one place this happens; it runs inside the transaction of every load and
 * removal, so the rule holds after each of them.
 */
const isIllustrativeLoad = (alias: string): string =>
  `${alias}.origin = 'bundled' AND starts_with(${alias}.file_name, 'illustrative/')`;
const hasLoadsOf = (alias: string, origin: LoadOrigin): string =>
  `EXISTS (SELECT 1 FROM data_loads u WHERE u.dataset = ${alias}.dataset AND u.origin = '${origin}')`;
const isHiddenLoad = (alias: string): string =>
  `((${isIllustrativeLoad(alias)} AND ${hasLoadsOf(alias, 'uploaded')})
    OR (${alias}.origin <> 'published' AND ${hasLoadsOf(alias, 'published')}))`;

const hiddenTable = (dataset: DatasetId): string => checkedIdentifier(`${dataset}_hidden`);

export async function createDatasetTables(db: Database): Promise<void> {
  for (const dataset of DATASET_IDS) {
    const columns = [...outputColumns(dataset), { name: 'load_id', sqlType: 'VARCHAR' } as const];
    await db.exec(createTableSql(dataset, columns));
    await db.exec(createTableSql(hiddenTable(dataset), columns));
  }
  await db.exec(
    'CREATE TABLE IF NOT EXISTS data_loads (load_id VARCHAR PRIMARY KEY, dataset VARCHAR, origin VARCHAR, file_name VARCHAR, row_count INTEGER, loaded_at VARCHAR)',
  );
}

async function syncHiddenLoads(db: Database, dataset: DatasetId): Promise<void> {
  const visible = checkedIdentifier(dataset);
  const hidden = hiddenTable(dataset);
  const loadsToHide = `SELECT l.load_id FROM data_loads l WHERE l.dataset = ? AND ${isHiddenLoad('l')}`;
  const loadsToShow = `SELECT l.load_id FROM data_loads l WHERE l.dataset = ? AND NOT ${isHiddenLoad('l')}`;
  for (const [from, to, loads] of [
    [visible, hidden, loadsToHide],
    [hidden, visible, loadsToShow],
  ] as const) {
    await db.query(`INSERT INTO ${to} SELECT * FROM ${from} WHERE load_id IN (${loads})`, [dataset]);
    await db.query(`DELETE FROM ${from} WHERE load_id IN (${loads})`, [dataset]);
  }
}

/** Adds the rows of one normalized file as one load, atomically with its registry entry. */
export async function insertLoad(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  table: NormalizedTable,
): Promise<DataLoad> {
  if (table.dataset !== load.dataset)
    throw new Error(`A ${table.dataset} table cannot load as ${load.dataset}`);
  return insertLoadFromCsv(
    db,
    load,
    table.columns,
    csvForDuckDb(table.columns, table.rows),
    table.rows.length,
  );
}

/**
 * Adds one load from normalized CSV text (as model/csv.ts' csvForDuckDb writes it: the import worker's output, or an
 * upload restored from the browser's storage) in one transaction with its registry entry; `replaces`
 * are earlier loads removed in the same transaction (a new version of an upload). `rowCount` is checked
 * against what DuckDB read, so a truncated text fails instead of loading part of a file.
 */
export async function insertLoadFromCsv(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  columns: readonly OutputColumn[],
  csvText: string,
  rowCount: number,
  replaces: readonly string[] = [],
  /** False while loading many files at start-up; the caller then rebuilds the facts once at the end. */
  refreshFacts = true,
): Promise<DataLoad> {
  return insertLoadWith(
    db,
    load,
    rowCount,
    () => appendRowsFromCsv(db, checkedIdentifier(load.dataset), columns, csvText, load.loadId),
    replaces,
    refreshFacts,
  );
}

/**
 * Adds one load whose rows `appendRows` appends to the dataset's table (tagged with the load's id), in
 * one transaction with its registry entry, as insertLoadFromCsv does; the SQL import
 * (db/sqlIngest/stagedLoad.ts) appends from its staged table.
 */
export async function insertLoadWith(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  rowCount: number,
  appendRows: () => Promise<unknown>,
  replaces: readonly string[] = [],
  refreshFacts = true,
): Promise<DataLoad> {
  const [entry] = await changeLoads(db, [{ load, rowCount, appendRows }], replaces, refreshFacts);
  if (!entry) throw new Error(`${load.fileName}: not loaded`);
  return entry;
}

/** One load to add: its entry, its rows' count, and what appends them (tagged with its id). */
interface LoadToAppend {
  readonly load: Omit<DataLoad, 'rowCount'>;
  readonly rowCount: number;
  readonly appendRows: () => Promise<unknown>;
}

/**
 * Adds loads and removes `replaces` (either may be empty) in one transaction, with one rebuild of the facts:
 * every change of loaded data goes through here.
 */
async function changeLoads(
  db: Database,
  loads: readonly LoadToAppend[],
  replaces: readonly string[],
  refreshFacts = true,
): Promise<DataLoad[]> {
  const entries: DataLoad[] = [];
  await inTransaction(db, async () => {
    const datasets = new Set<DatasetId>();
    for (const loadId of replaces) {
      const dataset = await deleteLoad(db, loadId);
      if (dataset) datasets.add(dataset);
    }
    for (const { load, rowCount, appendRows } of loads)
      entries.push(await appendLoad(db, load, rowCount, appendRows));
    for (const dataset of datasets) await syncHiddenLoads(db, dataset);
    // In the same transaction: the metrics' facts never disagree with the tables they come from.
    if (refreshFacts) await materializeFacts(db);
  });
  return entries;
}

/** One load's rows and registry entry, its rows counted; call inside a transaction. */
async function appendLoad(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  rowCount: number,
  appendRows: () => Promise<unknown>,
): Promise<DataLoad> {
  const entry: DataLoad = { ...load, rowCount };
  const table = checkedIdentifier(load.dataset);
  await appendRows();
  const [read] = await db.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM ${table} WHERE load_id = ?`,
    [load.loadId],
  );
  if (read?.n !== rowCount) throw new Error(`${load.fileName}: expected ${rowCount} rows, read ${read?.n}`);
  await db.query(
    'INSERT INTO data_loads (load_id, dataset, origin, file_name, row_count, loaded_at) VALUES (?, ?, ?, ?, ?, ?)',
    [entry.loadId, entry.dataset, entry.origin, entry.fileName, entry.rowCount, entry.loadedAt],
  );
  await syncHiddenLoads(db, load.dataset);
  return entry;
}

/**
 * Adds one load from rows SQL can select (`rows`: a query giving `columns` in order), in one INSERT …
 * SELECT: the rows a SQL check staged (db/sqlIngest/stagedLoad.ts), or an upload kept as Arrow bytes.
 * `columns` may be the table's first columns only; the rest stay NULL.
 */
export function insertLoadSelecting(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  columns: readonly OutputColumn[],
  rows: string,
  rowCount: number,
  replaces: readonly string[] = [],
): Promise<DataLoad> {
  return insertLoadWith(db, load, rowCount, appendSelected(db, load, columns, rows), replaces);
}

/** Appends the rows `rows` selects (giving `columns` in order) to the load's dataset, tagged with its id. */
function appendSelected(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  columns: readonly OutputColumn[],
  rows: string,
): () => Promise<unknown> {
  const names = columns.map((c) => checkedIdentifier(c.name)).join(', ');
  return () =>
    db.query(
      `INSERT INTO ${checkedIdentifier(load.dataset)} (${names}, load_id) SELECT *, ?::VARCHAR FROM (${rows})`,
      [load.loadId],
    );
}

let arrowLoads = 0;

/** One load as an Arrow IPC stream of `columns` (without load_id). */
export interface ArrowLoad {
  readonly load: Omit<DataLoad, 'rowCount'>;
  readonly columns: readonly OutputColumn[];
  readonly ipc: Uint8Array;
  readonly rowCount: number;
}

/**
 * Adds one load from an Arrow IPC stream of `columns` (without load_id): an upload kept in the browser's
 * storage since the SQL check. The stream goes into a scratch table of those columns first, so a stream
 * stored before a column was added at the end still fits.
 */
export async function insertLoadFromArrow(
  db: Database,
  load: Omit<DataLoad, 'rowCount'>,
  columns: readonly OutputColumn[],
  ipc: Uint8Array,
  rowCount: number,
  replaces: readonly string[] = [],
): Promise<DataLoad> {
  const [entry] = await insertLoadsFromArrow(db, [{ load, columns, ipc, rowCount }], replaces);
  if (!entry) throw new Error(`${load.fileName}: not loaded`);
  return entry;
}

/**
 * Adds several loads from Arrow IPC streams and removes `replaces`, all in one transaction with one
 * rebuild of the facts: a published dataset's files (src/remote/) replace the one open before together
 * or not at all.
 */
export async function insertLoadsFromArrow(
  db: Database,
  loads: readonly ArrowLoad[],
  replaces: readonly string[] = [],
): Promise<DataLoad[]> {
  const scratches: string[] = [];
  try {
    const toAppend: LoadToAppend[] = [];
    for (const { load, columns, ipc, rowCount } of loads) {
      const scratch = checkedIdentifier(`arrow_load_${++arrowLoads}`);
      const names = columns.map((c) => checkedIdentifier(c.name)).join(', ');
      await db.exec(
        `CREATE TEMP TABLE ${scratch} AS SELECT ${names} FROM ${checkedIdentifier(load.dataset)} LIMIT 0`,
      );
      scratches.push(scratch);
      await db.insertArrowIpc(scratch, ipc);
      toAppend.push({
        load,
        rowCount,
        appendRows: appendSelected(db, load, columns, `SELECT * FROM ${scratch}`),
      });
    }
    return await changeLoads(db, toAppend, replaces);
  } finally {
    for (const scratch of scratches) await db.exec(`DROP TABLE IF EXISTS ${scratch}`);
  }
}

/** One load's rows (wherever they are) and registry entry; call inside a transaction. */
async function deleteLoad(db: Database, loadId: string): Promise<DatasetId | undefined> {
  const [entry] = await db.query<{ dataset: string }>('SELECT dataset FROM data_loads WHERE load_id = ?', [
    loadId,
  ]);
  const dataset = DATASET_IDS.find((id) => id === entry?.dataset);
  if (!dataset) return undefined;
  await db.query(`DELETE FROM ${checkedIdentifier(dataset)} WHERE load_id = ?`, [loadId]);
  await db.query(`DELETE FROM ${hiddenTable(dataset)} WHERE load_id = ?`, [loadId]);
  await db.query('DELETE FROM data_loads WHERE load_id = ?', [loadId]);
  return dataset;
}

/** Removes loads' rows and registry entries, all in one transaction. */
export async function removeLoads(db: Database, loadIds: readonly string[]): Promise<void> {
  await changeLoads(db, [], loadIds);
}

/** Removes one load's rows and its registry entry, atomically. */
export async function removeLoad(db: Database, loadId: string): Promise<void> {
  await removeLoads(db, [loadId]);
}

/** DuckDB's sizes as current_setting('memory_limit') prints them ("3.1 GiB", "122.0 MiB", "512 bytes"). */
export function parseDuckDbSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(bytes?|[KMGTP]i?B)\s*$/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const unit = match[2].toUpperCase();
  if (unit.startsWith('BYTE')) return Number(match[1]);
  const power = 'KMGTP'.indexOf(unit[0] ?? '') + 1;
  const base = unit.includes('I') ? 1024 : 1000;
  return Math.round(Number(match[1]) * base ** power);
}

/**
 * DuckDB's memory limit and what its buffer manager holds now: after a load ran out of memory (and was
 * rolled back), how much more fits. Undefined if DuckDB does not say.
 */
export async function databaseMemory(
  db: Database,
): Promise<{ limitBytes: number; usedBytes: number } | undefined> {
  const [row] = await db.query<{ memory_limit: string; used: number }>(
    "SELECT current_setting('memory_limit') AS memory_limit, (SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory())::DOUBLE AS used",
  );
  const limitBytes = row ? parseDuckDbSize(row.memory_limit) : undefined;
  return limitBytes === undefined || row === undefined ? undefined : { limitBytes, usedBytes: row.used };
}

/** Every load, for the Data view: a dataset opened by URL first (what is in use), then bundled, then uploads. */
export async function listLoads(db: Database): Promise<ListedLoad[]> {
  const rows = await db.query<{
    load_id: string;
    dataset: DatasetId;
    origin: LoadOrigin;
    file_name: string;
    row_count: number;
    loaded_at: string;
    illustrative: boolean;
    hidden: boolean;
  }>(
    `SELECT l.*, (${isIllustrativeLoad('l')}) AS illustrative, ${isHiddenLoad('l')} AS hidden
       FROM data_loads l ORDER BY l.origin <> 'published', l.origin = 'uploaded', l.loaded_at, l.load_id`,
  );
  return rows.map((r) => ({
    loadId: r.load_id,
    dataset: r.dataset,
    origin: r.origin,
    fileName: r.file_name,
    rowCount: r.row_count,
    loadedAt: r.loaded_at,
    illustrative: r.illustrative,
    hidden: r.hidden,
  }));
}
