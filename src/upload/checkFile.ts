/**
 * "Check the whole file": a CSV is read by DuckDB (ingest/bulkPlan.ts in the import worker, then
 * db/sqlIngest/ingestSql.ts), which gives the report and keeps the valid rows staged for the load; a
 * workbook's sheet, and a CSV DuckDB would split differently from papaparse, are read the old way in
 * the worker (ingest/ingestCsvStream.ts), which gives the rows as CSV text. Both give the same report.
 */

import type { Database } from '../db/database';
import { dropStaged, ingestWithSql, SqlIngestUnreadable } from '../db/sqlIngest/ingestSql';
import type { IngestProgress, IngestTarget, StreamedIngest } from '../ingest/ingestCsvStream';
import { namedLikeWorkbook } from '../ingest/workbook/workbookFormat';
import type { ImportWorker } from './importWorkerClient';
import { oneAtATime } from './uploadedData';

/** The report of a whole file, with its valid rows as CSV text (read the old way) or staged in DuckDB. */
export type CheckedFile = Omit<StreamedIngest, 'csvText'> &
  (
    | { readonly csvText: string; readonly staged?: undefined }
    | { readonly staged: string; readonly csvText?: undefined }
  );

export async function checkWholeFile(
  db: Database,
  worker: ImportWorker,
  file: File,
  target: IngestTarget & { readonly sheet?: number },
  onProgress: (progress: IngestProgress) => void,
): Promise<CheckedFile> {
  if (target.sheet === undefined && !namedLikeWorkbook(file.name)) {
    const reading = await worker.plan(file, target.headerRowNumber);
    if (reading.plan) {
      // The worker has read the file's bytes (a third of the work); DuckDB's steps do the rest.
      const progress = (done: number, rowsRead: number) =>
        onProgress({
          bytesRead: Math.round(file.size * (0.3 + 0.7 * done)),
          totalBytes: file.size,
          rowsRead,
        });
      progress(0, 0);
      try {
        const { plan } = reading;
        // Its staging tables and transactions must not interleave with a load's (uploadedData.ts).
        return await oneAtATime(() => ingestWithSql(db, plan, target, progress));
      } catch (error) {
        if (!(error instanceof SqlIngestUnreadable)) throw error;
      }
    }
  }
  return worker.ingest(file, target, onProgress);
}

/** Frees the rows a check staged and no load took (the session ended, or the file is checked again). */
export function releaseChecked(db: Database, checked: CheckedFile | undefined): void {
  if (checked?.staged) void dropStaged(db, checked.staged).catch(() => undefined);
}
