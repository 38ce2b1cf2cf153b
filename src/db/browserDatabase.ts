import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { arrowToRows, type Database, SESSION_SETTINGS, type SqlParam } from './database';

// Self-hosted bundles: Vite emits the wasm and worker files next to the app, so no CDN is involved.
// The threaded "coi" bundle is left out: it needs cross-origin isolation and started slower here.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export class DuckDbUnavailableError extends Error {
  constructor(
    readonly reason: 'noWebAssembly' | 'noWorker' | 'startFailed',
    cause?: unknown,
  ) {
    super(`DuckDB could not start: ${reason}`, { cause });
  }
}

/** Starts DuckDB-WASM in a Web Worker, picking the best bundle this browser supports. */
export async function startBrowserDatabase(): Promise<Database> {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    throw new DuckDbUnavailableError('noWebAssembly');
  }
  if (typeof Worker !== 'function') throw new DuckDbUnavailableError('noWorker');
  let db: duckdb.AsyncDuckDB;
  let worker: Worker;
  try {
    const bundle = await duckdb.selectBundle(BUNDLES);
    worker = new Worker(bundle.mainWorker ?? ehWorker);
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule);
  } catch (error) {
    throw new DuckDbUnavailableError('startFailed', error);
  }
  const conn = await db.connect();
  for (const setting of SESSION_SETTINGS) await conn.query(setting);
  return {
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      if (params.length === 0) return arrowToRows<Row>(await conn.query(sql));
      const statement = await conn.prepare(sql);
      try {
        return arrowToRows<Row>(await statement.query(...params));
      } finally {
        await statement.close();
      }
    },
    async exec(sql) {
      await conn.query(sql);
    },
    async registerText(name, text) {
      await db.registerFileText(name, text);
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
    async close() {
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
  };
}
