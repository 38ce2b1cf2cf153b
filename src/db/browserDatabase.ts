import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import { type Answer, answerCache, answerKey } from './answerCache';
import { arrowFileToStream } from './arrowIpc';
import { arrowToRows, type Database, SESSION_SETTINGS, type SqlParam } from './database';
import { statementCache } from './statementCache';

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

/**
 * Tests' way to make DuckDB run out of memory on a small file (e2e/memory.e2e.ts): a memory limit kept
 * in this browser's localStorage under this key, e.g. "64MB". Deliberately not a URL parameter, so a
 * shared link cannot set it; it only ever sets DuckDB's memory_limit, and only to a size.
 */
export const DEBUG_MEMORY_LIMIT_KEY = 'ocop-dashboard.debug.duckdbMemoryLimit';
const MEMORY_SIZE = /^\d{1,6}(?:\.\d{1,3})?\s?(?:[KMGT]i?B)$/i;

/** The debug memory limit if one is set and is a plain size ("64MB", "1.5 GiB"), else undefined. */
export function debugMemoryLimit(
  storage: () => Pick<Storage, 'getItem'> | undefined = () => globalThis.localStorage,
): string | undefined {
  let value: string | null | undefined;
  try {
    value = storage()?.getItem(DEBUG_MEMORY_LIMIT_KEY);
  } catch {
    return undefined; // storage blocked by the browser's privacy settings
  }
  return value && MEMORY_SIZE.test(value.trim()) ? value.trim() : undefined;
}

/** Queries that only read: the ones worth keeping prepared and sharing while in flight. */
const READ_ONLY = /^\s*(?:select|with)\b/i;

/** The page's DuckDB: it keeps the answers to read queries until the data changes. */
export interface BrowserDatabase extends Database {
  /** Answers computed over the same data elsewhere (the build's, for the first screen's queries). */
  rememberAnswers(answers: readonly Answer[]): void;
}

/** Starts DuckDB-WASM in a Web Worker, picking the best bundle this browser supports. */
export async function startBrowserDatabase(): Promise<BrowserDatabase> {
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
  // The value matched MEMORY_SIZE (digits and a unit only), so splicing it cannot change the statement.
  const memoryLimit = debugMemoryLimit();
  if (memoryLimit) await conn.query(`SET memory_limit = '${memoryLimit}'`);
  const statements = statementCache((sql) => conn.prepare(sql));
  const inFlight = new Map<string, Promise<object[]>>();
  const answers = answerCache();
  /** Called before every write: what was planned or answered before may no longer hold. */
  let generation = 0;
  const dataChanging = async () => {
    generation++;
    answers.clear();
    // A read sent after this write must not share one sent before it.
    inFlight.clear();
    await statements.clear();
  };
  return {
    async query<Row extends object>(sql: string, params: readonly SqlParam[] = []) {
      if (!READ_ONLY.test(sql)) {
        // A write or DDL (loads, facts rebuilt): kept statements may have been planned against the old
        // tables or hold a file open, and a write is never shared or kept.
        await dataChanging();
        if (params.length === 0) return arrowToRows<Row>(await conn.query(sql));
        const statement = await conn.prepare(sql);
        try {
          return arrowToRows<Row>(await statement.query(...params));
        } finally {
          await statement.close();
        }
      }
      // The filter bar and a page ask for the same figures on every filter change (the year choices):
      // an identical query already on its way is shared instead of run twice in the one worker.
      const key = answerKey(sql, params);
      const known = answers.get(key);
      if (known) return known as Row[];
      let pending = inFlight.get(key);
      if (!pending) {
        const asked = generation;
        const answered = (params.length === 0 ? conn.query(sql) : statements.query(sql, params))
          .then((table) => {
            const rows = arrowToRows<object>(table);
            // Kept only if no write started meanwhile (that write emptied the cache and may change it).
            if (asked === generation) answers.keep(key, rows);
            return rows;
          })
          .finally(() => inFlight.get(key) === answered && inFlight.delete(key));
        pending = answered;
        inFlight.set(key, answered);
      }
      return (await pending).slice() as Row[];
    },
    async queryArrowIpc(sql) {
      // The engine's own answer bytes, not decoded into rows on this thread.
      // biome-ignore lint/correctness/useHookAtTopLevel: DuckDB's useUnsafe is not a React hook
      return arrowFileToStream(await conn.useUnsafe((engine, id) => engine.runQuery(id, sql)));
    },
    rememberAnswers(known) {
      answers.remember(known);
    },
    async exec(sql) {
      await dataChanging();
      await conn.query(sql);
    },
    async registerText(name, text) {
      await db.registerFileText(name, text);
    },
    async dropFile(name) {
      await db.dropFile(name);
    },
    async insertArrowIpc(table, ipc) {
      await dataChanging();
      // The bytes' whole buffer is transferred to the worker (and detached here): a view into a larger
      // buffer (one table of the shipped file) is sent as a copy, so the rest stays usable; a stream
      // that is its whole buffer (an upload restored, maybe 100 MB) is sent as it is.
      const whole = ipc.byteOffset === 0 && ipc.byteLength === ipc.buffer.byteLength;
      await conn.insertArrowFromIPCStream(whole ? ipc : ipc.slice(), { name: table, create: false });
    },
    async close() {
      await statements.clear();
      await conn.close();
      await db.terminate();
      worker.terminate();
    },
    async registerBytes(name, bytes) {
      await db.registerFileBuffer(name, bytes);
    },
  };
}
