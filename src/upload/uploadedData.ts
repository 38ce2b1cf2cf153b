/**
 * Every change the user makes to the loaded data, in the tables and in the browser's storage together.
 * The tables change first, atomically (a failure leaves them as they were); storage follows, and a
 * storage failure is reported without undoing what the user sees now.
 */

import type { Database } from '../db/database';
import { type DataLoad, insertLoadFromCsv, removeLoads } from '../db/dataLoads';
import { dropStaged } from '../db/sqlIngest/ingestSql';
import { insertLoadFromStaged, stagedArrowIpc } from '../db/sqlIngest/stagedLoad';
import type { OutputColumn } from '../ingest/normalizeRows';
import type { DatasetId } from '../model/datasets';
import { failureText, type StorageProblem, storageProblem } from './importLimits';
import type { ReadWith } from './uploadStore';
import { clearUploads, deleteUploads, saveUpload } from './uploadStore';

// One DuckDB connection serves the page: two imports confirmed at once must not interleave their
// transactions (nor a check's staging tables with a load's transaction), so every change waits for the
// previous one.
let queue: Promise<unknown> = Promise.resolve();
export function oneAtATime<T>(change: () => Promise<T>): Promise<T> {
  const run = queue.then(change, change);
  queue = run.catch(() => undefined);
  return run;
}

/** An id that is unique without a secure context (crypto.randomUUID needs https; intranets often lack it). */
function newLoadId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `upload:${Date.now().toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}

export interface UploadToLoad {
  readonly dataset: DatasetId;
  readonly fileName: string;
  readonly columns: readonly OutputColumn[];
  /** The valid rows as csvForDuckDb text (read the old way), or the table a SQL check staged them in. */
  readonly rows: { readonly csvText: string } | { readonly staged: string };
  readonly rowCount: number;
  /** How the file was read (kept with the stored load). */
  readonly readWith?: ReadWith;
}

/**
 * Loads an import's valid rows; `replaces` are earlier uploads this one replaces. Resolves once the
 * rows are in the tables; `stored` settles when the browser's storage has them too (or says why not):
 * keeping a million rows takes about 2 s, and the user need not wait for it to see the data. The
 * save is queued like every change, so a removal right after the load waits for it. Rows a SQL check
 * staged are dropped once saved.
 */
export function loadUpload(
  db: Database,
  upload: UploadToLoad,
  replaces: readonly string[],
): Promise<{ load: DataLoad; stored: Promise<StorageProblem | undefined> }> {
  return oneAtATime(async () => {
    const entry = {
      loadId: newLoadId(),
      dataset: upload.dataset,
      origin: 'uploaded' as const,
      fileName: upload.fileName,
      loadedAt: new Date().toISOString(),
    };
    const { rows } = upload;
    const load =
      'staged' in rows
        ? await insertLoadFromStaged(db, entry, upload.columns, rows.staged, upload.rowCount, replaces)
        : await insertLoadFromCsv(db, entry, upload.columns, rows.csvText, upload.rowCount, replaces);
    const stored = oneAtATime(async (): Promise<StorageProblem | undefined> => {
      try {
        // The browser keeps the rows as DuckDB's Arrow bytes when DuckDB checked the file, else as text.
        const stored =
          'staged' in rows ? { arrow: await stagedArrowIpc(db, upload.columns, rows.staged) } : rows;
        await saveUpload(
          {
            load,
            columns: upload.columns,
            ...stored,
            ...(upload.readWith ? { readWith: upload.readWith } : {}),
          },
          replaces,
        );
        return undefined;
      } catch (error) {
        return storageProblem(failureText(error));
      } finally {
        if ('staged' in rows) await dropStaged(db, rows.staged).catch(() => undefined);
      }
    });
    return { load, stored };
  });
}

/** Removes uploads from the tables and from the browser's storage. */
export function removeUploads(db: Database, loadIds: readonly string[]): Promise<void> {
  return oneAtATime(async () => {
    await removeLoads(db, loadIds);
    await deleteUploads(loadIds);
  });
}

/** "Clear all uploaded data": every upload out of the tables, and the store emptied (restore failures included). */
export function clearUploadedData(db: Database, loadIds: readonly string[]): Promise<void> {
  return oneAtATime(async () => {
    await removeLoads(db, loadIds);
    await clearUploads();
  });
}
