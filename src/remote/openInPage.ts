import type { Database } from '../db/database';
import { browserMemory, maxImportBytes } from '../upload/importLimits';
import { type OpenedDataset, type OpenProgress, openDataset } from './openDataset';
import { readParquetInWorker } from './parquetWorkerClient';
import { readRemoteCsv } from './readCsv';

/**
 * Rows one file may put in DuckDB as they are: the import's measured ceiling (upload/importLimits.ts:
 * 1M generator rows load in this browser). A larger OCOP list is read in summary (readParquet.ts).
 */
export const FULL_ROW_LIMIT = 1_000_000;

/**
 * openDataset as the page runs it: Parquet files in a worker, CSV files through the import's checks,
 * whole downloads limited as imports are. Loaded only when an address names a dataset (its code, the
 * CSV import's included, stays out of the first screen's script).
 */
export function openInPage(
  db: Database,
  dataUrl: string,
  replaces: readonly string[],
  signal: AbortSignal,
  onProgress: (progress: OpenProgress) => void,
): Promise<OpenedDataset> {
  const maxWholeBytes = maxImportBytes(browserMemory());
  return openDataset(db, dataUrl, {
    pageUrl: window.location.href,
    replaces,
    signal,
    onProgress,
    readFile: (file, onFileProgress) => {
      const dataset = file.dataset ? { dataset: file.dataset } : {};
      return file.format === 'csv'
        ? readRemoteCsv(db, file.url, {
            ...dataset,
            maxBytes: maxWholeBytes,
            signal,
            onProgress: onFileProgress,
          })
        : readParquetInWorker(
            { url: file.url, ...dataset, fullRowLimit: FULL_ROW_LIMIT, maxWholeBytes },
            (p) => onFileProgress(p.rowsRead, p.fileRows),
            signal,
          );
    },
  });
}
