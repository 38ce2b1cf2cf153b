import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { arrowToRows, type Database, SESSION_SETTINGS, type SqlParam } from './database';

/** Node's DuckDB can also answer in Arrow's own format: the build writes the bundled tables with it. */
export interface NodeDatabase extends Database {
  /** The answer to `sql` as an Arrow IPC stream. */
  queryArrowIpc(sql: string): Promise<Uint8Array>;
}

/**
 * DuckDB-WASM's blocking Node build: the same engine version as the browser, so SQL tested here
 * means in Node what it means in the page. Used by tests and scripts only, never bundled.
 */
export async function startNodeDatabase(): Promise<NodeDatabase> {
  const require = createRequire(import.meta.url);
  const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
  const bindings = await duckdb.createDuckDB(
    {
      mvp: { mainModule: dist('duckdb-mvp.wasm'), mainWorker: dist('duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: dist('duckdb-eh.wasm'), mainWorker: dist('duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await bindings.instantiate();
  const conn = bindings.connect();
  for (const setting of SESSION_SETTINGS) conn.query(setting);
  return {
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) return arrowToRows<Row>(conn.query(sql));
      const statement = conn.prepare(sql);
      try {
        return arrowToRows<Row>(statement.query(...params));
      } finally {
        statement.close();
      }
    },
    async exec(sql) {
      conn.query(sql);
    },
    async registerText(name, text) {
      bindings.registerFileText(name, text);
    },
    async dropFile(name) {
      bindings.dropFile(name);
    },
    async insertArrowIpc(table, ipc) {
      conn.insertArrowFromIPCStream(ipc, { name: table, create: false });
    },
    async queryArrowIpc(sql) {
      // The engine's own answer bytes, before the JS side turns them into an Arrow table.
      // biome-ignore lint/correctness/useHookAtTopLevel: DuckDB's useUnsafe is not a React hook
      return arrowFileToStream(conn.useUnsafe((engine, id) => engine.runQuery(id, sql)));
    },
    async close() {
      conn.close();
    },
    async registerBytes(name, bytes) {
      bindings.registerFileBuffer(name, bytes);
    },
    async writtenBytes(name, write) {
      // The Node build writes to the real file system: a temporary folder of our own.
      const dir = mkdtempSync(join(tmpdir(), 'ocop-duckdb-'));
      try {
        const path = join(dir, name);
        await write(path);
        return new Uint8Array(readFileSync(path));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The engine answers in Arrow's file format; inserting takes the stream format. A file is the magic
 * (8 bytes), the stream (ending in its end-of-stream marker), a footer, the footer's length (4 bytes)
 * and the magic again (6 bytes): the stream is the part in between.
 */
export function arrowFileToStream(file: Uint8Array): Uint8Array {
  const magic = 'ARROW1';
  const text = (from: number) => String.fromCharCode(...file.subarray(from, from + magic.length));
  if (file.length < 18 || text(0) !== magic || text(file.length - magic.length) !== magic) {
    throw new Error('Not an Arrow IPC file');
  }
  const footerLength = new DataView(file.buffer, file.byteOffset).getInt32(file.length - 10, true);
  return file.slice(8, file.length - 10 - footerLength);
}
