/**
 * Uploaded data kept in this browser (IndexedDB) so it is back after a reload: per load, the normalized
 * CSV text the import produced and the load's metadata, never the user's raw file. Nothing leaves the
 * machine. At start-up restoreUploads puts every stored load back after the bundled data.
 */

import type { Database } from '../db/database';
import { type DataLoad, insertLoadFromCsv } from '../db/dataLoads';
import { type OutputColumn, outputColumns } from '../ingest/normalizeRows';
import { DATASET_IDS } from '../model/datasets';

export interface StoredUpload {
  readonly load: DataLoad;
  readonly columns: readonly OutputColumn[];
  readonly csvText: string;
}

const DB_NAME = 'ocop-dashboard';
const STORE = 'uploads';

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'load.loadId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs `work` in one IndexedDB transaction and resolves when it has committed. */
async function inStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const idb = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = idb.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    idb.close();
  }
}

/** Stores one upload and forgets the ones it replaces, in one transaction. */
export async function saveUpload(upload: StoredUpload, replaces: readonly string[] = []): Promise<void> {
  await inStore('readwrite', (store) => {
    for (const loadId of replaces) store.delete(loadId);
    return store.put(upload);
  });
  // Ask the browser not to evict the store under storage pressure; harmless if refused.
  void navigator.storage?.persist?.().catch(() => false);
}

export async function deleteUploads(loadIds: readonly string[]): Promise<void> {
  await inStore('readwrite', (store) => {
    for (const loadId of loadIds) store.delete(loadId);
    return undefined;
  });
}

export async function clearUploads(): Promise<void> {
  await inStore('readwrite', (store) => store.clear());
}

async function readUploads(): Promise<StoredUpload[]> {
  const all = (await inStore<StoredUpload[]>('readonly', (store) => store.getAll())) ?? [];
  return all.sort((a, b) => a.load.loadedAt.localeCompare(b.load.loadedAt));
}

const sameColumns = (a: readonly OutputColumn[], b: readonly OutputColumn[]): boolean =>
  a.length === b.length && a.every((c, i) => c.name === b[i]?.name && c.sqlType === b[i]?.sqlType);

let restoreFailures = 0;

/** How many stored uploads could not be put back at the last start-up (the Data view says so). */
export function lastRestoreFailures(): number {
  return restoreFailures;
}

/**
 * Puts the stored uploads back into the tables, after the bundled data. An upload whose table layout
 * changed since it was stored (a newer dashboard) is skipped and counted, never loaded wrongly; a browser
 * without usable IndexedDB simply has nothing to restore.
 */
export async function restoreUploads(db: Database): Promise<void> {
  restoreFailures = 0;
  let uploads: StoredUpload[];
  try {
    uploads = await readUploads();
  } catch {
    return;
  }
  for (const { load, columns, csvText } of uploads) {
    const dataset = DATASET_IDS.find((id) => id === load.dataset);
    if (!dataset || !sameColumns(columns, outputColumns(dataset))) {
      restoreFailures++;
      continue;
    }
    try {
      await insertLoadFromCsv(db, load, columns, csvText, load.rowCount);
    } catch {
      restoreFailures++;
    }
  }
}

/**
 * Whether any upload is stored, read without loading the uploads' text: the start-up snapshot of the
 * bundled data must not be shown to someone whose own data will replace it a second later.
 */
export async function hasStoredUploads(): Promise<boolean> {
  try {
    return ((await inStore<number>('readonly', (store) => store.count())) ?? 0) > 0;
  } catch {
    return false;
  }
}
