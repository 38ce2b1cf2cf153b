/**
 * Uploaded data kept in this browser (IndexedDB) so it is back after a reload: per load, the normalized
 * CSV text the import produced and the load's metadata, never the user's raw file. Nothing leaves the
 * machine. At start-up restoreUploads puts every stored load back after the bundled data.
 *
 * Chromium refuses one IndexedDB value over 127 MiB serialized ("The serialized keys and/or value are too
 * large", measured: a 193 MB file's text is 367 MB serialized, two bytes a character), so a long text is
 * kept in parts in a second store, `upload_parts`, keyed [loadId, part number].
 */

import type { Database } from '../db/database';
import { type DataLoad, insertLoadFromCsv } from '../db/dataLoads';
import { type OutputColumn, outputColumns } from '../ingest/normalizeRows';
import { DATASET_IDS } from '../model/datasets';
import type { Layout } from '../model/provinces';

/**
 * How the user had the file read: its header row, and the layout of its undated rows (absent: by
 * year). The stored text is already resolved; this says how, for the Data view and a re-import.
 */
export interface ReadWith {
  readonly headerRowNumber: number;
  readonly layout?: Layout;
}

export interface StoredUpload {
  readonly load: DataLoad;
  readonly columns: readonly OutputColumn[];
  readonly csvText: string;
  readonly readWith?: ReadWith;
}

/** What the `uploads` store holds: the text itself when short (and in every record of version 1), else its part count. */
interface UploadRecord {
  readonly load: DataLoad;
  readonly columns: readonly OutputColumn[];
  readonly csvText?: string;
  readonly partCount?: number;
  readonly readWith?: ReadWith;
}

const DB_NAME = 'ocop-dashboard';
const STORE = 'uploads';
const PARTS = 'upload_parts';
/** Characters per stored part: 32 MiB serialized at two bytes a character, well under Chromium's 127 MiB. */
export const PART_CHARS = 16 * 2 ** 20;

const partsOf = (loadId: string): IDBKeyRange => IDBKeyRange.bound([loadId, 0], [loadId, Infinity]);

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      // Version 1 had `uploads` only; its records keep their text inline and read as before.
      const idb = request.result;
      if (!idb.objectStoreNames.contains(STORE)) idb.createObjectStore(STORE, { keyPath: 'load.loadId' });
      if (!idb.objectStoreNames.contains(PARTS)) idb.createObjectStore(PARTS);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs `work` in one IndexedDB transaction over both stores and resolves when it has committed. */
async function inStore<T>(
  mode: IDBTransactionMode,
  work: (uploads: IDBObjectStore, parts: IDBObjectStore) => IDBRequest<T> | undefined,
): Promise<T | undefined> {
  const idb = await openStore();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const transaction = idb.transaction([STORE, PARTS], mode);
      const request = work(transaction.objectStore(STORE), transaction.objectStore(PARTS));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    idb.close();
  }
}

/** The text cut into PART_CHARS pieces (a cut may split a surrogate pair; joining restores it exactly). */
export function textParts(text: string, partChars = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += partChars) parts.push(text.slice(i, i + partChars));
  return parts;
}

/** Stores one upload and forgets the ones it replaces, in one transaction. */
export async function saveUpload(upload: StoredUpload, replaces: readonly string[] = []): Promise<void> {
  const { load, columns, csvText } = upload;
  const readWith = upload.readWith ? { readWith: upload.readWith } : {};
  await inStore('readwrite', (uploads, parts) => {
    for (const loadId of replaces) {
      uploads.delete(loadId);
      parts.delete(partsOf(loadId));
    }
    if (csvText.length <= PART_CHARS)
      return uploads.put({ load, columns, csvText, ...readWith } satisfies UploadRecord);
    const pieces = textParts(csvText);
    for (const [i, piece] of pieces.entries()) parts.put(piece, [load.loadId, i]);
    return uploads.put({ load, columns, partCount: pieces.length, ...readWith } satisfies UploadRecord);
  });
  // Ask the browser not to evict the store under storage pressure; harmless if refused.
  void navigator.storage?.persist?.().catch(() => false);
}

export async function deleteUploads(loadIds: readonly string[]): Promise<void> {
  await inStore('readwrite', (uploads, parts) => {
    for (const loadId of loadIds) {
      uploads.delete(loadId);
      parts.delete(partsOf(loadId));
    }
    return undefined;
  });
}

export async function clearUploads(): Promise<void> {
  await inStore('readwrite', (uploads, parts) => {
    parts.clear();
    return uploads.clear();
  });
}

async function readUploadRecords(): Promise<UploadRecord[]> {
  const all = (await inStore<UploadRecord[]>('readonly', (uploads) => uploads.getAll())) ?? [];
  return all.sort((a, b) => a.load.loadedAt.localeCompare(b.load.loadedAt));
}

/** One upload's text: inline, or its parts read (one upload at a time, so restoring holds one text). */
async function uploadText(record: UploadRecord): Promise<string> {
  if (record.csvText !== undefined) return record.csvText;
  const parts = (await inStore<string[]>('readonly', (_, p) => p.getAll(partsOf(record.load.loadId)))) ?? [];
  if (parts.length !== record.partCount) {
    throw new Error(`${record.load.fileName}: ${parts.length} of ${record.partCount} stored parts`);
  }
  return parts.join('');
}

/**
 * Whether stored columns still fit the table: the same, or the table's first columns (an upload stored
 * before a column was added at the end, e.g. ocop_products.recognition_date, restores with it NULL).
 */
export const restorableColumns = (
  stored: readonly OutputColumn[],
  current: readonly OutputColumn[],
): boolean =>
  stored.length <= current.length &&
  stored.every((c, i) => c.name === current[i]?.name && c.sqlType === current[i]?.sqlType);

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
  let uploads: UploadRecord[];
  try {
    uploads = await readUploadRecords();
  } catch {
    return;
  }
  for (const record of uploads) {
    const { load, columns } = record;
    const dataset = DATASET_IDS.find((id) => id === load.dataset);
    if (!dataset || !restorableColumns(columns, outputColumns(dataset))) {
      restoreFailures++;
      continue;
    }
    try {
      await insertLoadFromCsv(db, load, columns, await uploadText(record), load.rowCount);
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
    return ((await inStore<number>('readonly', (uploads) => uploads.count())) ?? 0) > 0;
  } catch {
    return false;
  }
}
