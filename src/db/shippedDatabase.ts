import type { Answer } from './answerCache';
import type { Database } from './database';
import { checkedIdentifier } from './loadTable';

/**
 * The bundled data shipped ready. At build time (scripts/vite/shippedDataPlugin.ts) the bundled CSVs go
 * through the same ingest and checks in Node's DuckDB, the facts are built, and every table is written
 * into one file: its CREATE statement and its rows as an Arrow IPC stream. The page restores that file
 * with one batch of DDL and one Arrow insert per table: no CSV parsing, no JavaScript per row.
 *
 * Arrow rather than Parquet or DuckDB's own file: DuckDB-WASM reads Parquet only through an extension
 * it downloads from extensions.duckdb.org (offline here), while Arrow IPC is built into every bundle.
 *
 * Beside the tables it carries the answers the build's DuckDB gave to the first screen's queries over
 * those same tables, so the first screen is usable the moment the tables are in (any change of data
 * forgets them: db/answerCache.ts).
 *
 * Layout: MAGIC, a 4-byte little-endian header length, the header (UTF-8 JSON), then each table's
 * Arrow bytes in header order.
 */
export const SHIPPED_DATABASE_FILE = 'bundled-data.bin';

const MAGIC = new TextEncoder().encode('OCOPDB1\n');

export interface ShippedTable {
  readonly name: string;
  /** The table's CREATE statement as DuckDB prints it (duckdb_tables().sql), constraints included. */
  readonly ddl: string;
  /** Its rows as an Arrow IPC stream; null for an empty table. */
  readonly ipc: Uint8Array | null;
}

interface Header {
  readonly tables: readonly { name: string; ddl: string; bytes: number }[];
  readonly answers: readonly Answer[];
}

export interface ShippedDatabase {
  readonly tables: readonly ShippedTable[];
  readonly answers: readonly Answer[];
}

export class ShippedDatabaseError extends Error {}

export function encodeShippedDatabase({ tables, answers }: ShippedDatabase): Uint8Array {
  const header: Header = {
    tables: tables.map((t) => ({ name: t.name, ddl: t.ddl, bytes: t.ipc?.length ?? 0 })),
    answers,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const size = MAGIC.length + 4 + headerBytes.length + header.tables.reduce((n, t) => n + t.bytes, 0);
  const out = new Uint8Array(size);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  let at = MAGIC.length + 4;
  out.set(headerBytes, at);
  at += headerBytes.length;
  for (const table of tables) {
    if (!table.ipc) continue;
    out.set(table.ipc, at);
    at += table.ipc.length;
  }
  return out;
}

/** The tables of a shipped file; throws ShippedDatabaseError on anything else (a dev server's HTML page). */
export function decodeShippedDatabase(bytes: Uint8Array): ShippedDatabase {
  const startsRight = bytes.length > MAGIC.length + 4 && MAGIC.every((b, i) => bytes[i] === b);
  if (!startsRight) throw new ShippedDatabaseError('Not a shipped database file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  if (at + headerLength > bytes.length) throw new ShippedDatabaseError('Shipped database file is truncated');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + headerLength))) as Header;
  at += headerLength;
  const tables = header.tables.map((t) => {
    const ipc = t.bytes > 0 ? bytes.subarray(at, at + t.bytes) : null;
    at += t.bytes;
    return { name: t.name, ddl: t.ddl, ipc };
  });
  if (at !== bytes.length) throw new ShippedDatabaseError('Shipped database file is truncated or too long');
  return { tables, answers: header.answers ?? [] };
}

/**
 * Creates every shipped table and fills it: the database as the build left it. Returns the answers the
 * build computed over it.
 */
export async function restoreShippedDatabase(db: Database, bytes: Uint8Array): Promise<readonly Answer[]> {
  const { tables, answers } = decodeShippedDatabase(bytes);
  for (const table of tables) {
    if (!table.ddl.startsWith(`CREATE TABLE ${checkedIdentifier(table.name)}(`)) {
      throw new ShippedDatabaseError(`Unexpected statement for table ${table.name}`);
    }
  }
  // One round trip to the worker for all the DDL.
  await db.exec(tables.map((t) => t.ddl).join(';\n'));
  for (const table of tables) {
    if (table.ipc) await db.insertArrowIpc(checkedIdentifier(table.name), table.ipc);
  }
  return answers;
}
