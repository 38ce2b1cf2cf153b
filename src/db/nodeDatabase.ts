import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { arrowFileToStream } from './arrowIpc';
import { arrowToRows, type Database, SESSION_SETTINGS, type SqlParam } from './database';

/**
 * DuckDB-WASM's blocking Node build: the same engine version as the browser, so SQL tested here
 * means in Node what it means in the page. Used by tests and scripts only, never bundled.
 */
export async function startNodeDatabase(): Promise<Database> {
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
  };
}
