/**
 * The one way to talk to DuckDB, in the browser (async worker) and in Node (tests, scripts): bound
 * parameters only, plain JS rows out. Values are never spliced into SQL text.
 */

export type SqlParam = string | number | boolean | null;

export interface Database {
  /** Runs one statement with `?` placeholders bound to `params`; returns rows as plain objects. */
  query<Row extends object>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs statements without parameters (DDL, loading from a registered file). */
  exec(sql: string): Promise<void>;
  /** Makes `text` readable by SQL as the file `name` (for read_csv). */
  registerText(name: string, text: string): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** Appends an Arrow IPC stream's rows to the existing table `table` (columns by position). */
  insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
  /** The answer to a read query (no parameters) as an Arrow IPC stream: rows kept or shipped as bytes. */
  queryArrowIpc(sql: string): Promise<Uint8Array>;
  close(): Promise<void>;
  /** Makes `bytes` readable by SQL as the file `name`; in the browser the buffer moves to DuckDB's worker. */
  registerBytes(name: string, bytes: Uint8Array): Promise<void>;
}

/**
 * Session settings for every connection: DuckDB would otherwise fetch extensions from
 * extensions.duckdb.org on first use, and the dashboard makes no network call at run time.
 */
export const SESSION_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
] as const;

/** The subset of an Apache Arrow table we read; both DuckDB-WASM builds return one. */
export interface ArrowLikeTable {
  readonly schema: {
    readonly fields: readonly {
      readonly name: string;
      readonly type: { readonly typeId: number; readonly scale?: number };
    }[];
  };
  toArray(): ArrayLike<{ toJSON(): Record<string, unknown> }>;
}

/** Arrow's type id for Decimal; DuckDB sends HUGEINT (e.g. SUM over BIGINT) and DECIMAL as it. */
const ARROW_DECIMAL = 7;

/**
 * Arrow hands 64-bit integers over as BigInt (JSON.stringify throws on them) and nested values as
 * Arrow vectors; rows leaving the db layer carry numbers, strings, booleans, null and arrays only.
 */
export function arrowToRows<Row extends object>(table: ArrowLikeTable): Row[] {
  const decimalScale = new Map<string, number>();
  for (const field of table.schema.fields) {
    if (field.type.typeId === ARROW_DECIMAL) decimalScale.set(field.name, field.type.scale ?? 0);
  }
  const out: Row[] = [];
  const rows = table.toArray();
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]?.toJSON() ?? {};
    const row: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const scale = decimalScale.get(key);
      row[key] =
        scale !== undefined && value instanceof Uint32Array
          ? decimalToNumber(value, scale)
          : plainValue(value);
    }
    out.push(row as Row);
  }
  return out;
}

/** A 128-bit two's-complement integer in four little-endian 32-bit words, divided by 10^scale. */
export function decimalToNumber(words: Uint32Array, scale: number): number {
  let big = 0n;
  for (let i = words.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(words[i] ?? 0);
  const bits = BigInt(words.length * 32);
  if (big >> (bits - 1n) === 1n) big -= 1n << bits;
  return Number(big) / 10 ** scale;
}

function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value) {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plainValue);
  }
  return value;
}
