import { useEffect, useRef, useState } from 'react';
import type { Database } from '../db/database';
import { removeLoads } from '../db/dataLoads';
import { browserMemory, maxImportBytes } from '../upload/importLimits';
import { type OpenedDataset, type OpenProgress, openDataset } from './openDataset';
import { readParquetInWorker } from './parquetWorkerClient';
import { readRemoteCsv } from './readCsv';
import { problemOf, type RemoteProblem } from './remoteProblem';

/**
 * Rows one file may put in DuckDB as they are: the import's measured ceiling (upload/importLimits.ts:
 * 1M generator rows load in this browser). A larger OCOP list is read in summary (readParquet.ts).
 */
export const FULL_ROW_LIMIT = 1_000_000;

export type OpenedDatasetState =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly url: string; readonly progress: OpenProgress | null }
  | { readonly status: 'open'; readonly dataset: OpenedDataset }
  /** `kept`: the dataset open before, still open (null: the bundled data and uploads). */
  | {
      readonly status: 'failed';
      readonly url: string;
      readonly problem: RemoteProblem;
      readonly kept: OpenedDataset | null;
    };

/**
 * Keeps the dataset named by the page's address (`?data=`) open: opens it once DuckDB is ready and the
 * stored uploads are back (both write the same tables), opens the next one when the address changes,
 * closes it when the address no longer names one. `onChanged` is told after each change of the data.
 */
export function useOpenedDataset(
  db: Database | null,
  dataUrl: string | null,
  onChanged: () => void,
): OpenedDatasetState {
  const [state, setState] = useState<OpenedDatasetState>({ status: 'none' });
  // The dataset open now, whatever the state shows (a failure keeps it open).
  const open = useRef<OpenedDataset | null>(null);
  const changed = useRef(onChanged);
  changed.current = onChanged;

  useEffect(() => {
    if (!db) return;
    const controller = new AbortController();
    const replaces = open.current?.loads.map((l) => l.loadId) ?? [];
    if (dataUrl === null) {
      if (replaces.length === 0) return;
      removeLoads(db, replaces).then(
        () => {
          open.current = null;
          setState({ status: 'none' });
          changed.current();
        },
        () => undefined,
      );
      return;
    }
    setState({ status: 'loading', url: dataUrl, progress: null });
    const maxWholeBytes = maxImportBytes(browserMemory());
    openDataset(db, dataUrl, {
      pageUrl: window.location.href,
      replaces,
      signal: controller.signal,
      onProgress: (progress) =>
        !controller.signal.aborted && setState({ status: 'loading', url: dataUrl, progress }),
      readFile: (file, onProgress) => {
        const dataset = file.dataset ? { dataset: file.dataset } : {};
        return file.format === 'csv'
          ? readRemoteCsv(db, file.url, {
              ...dataset,
              maxBytes: maxWholeBytes,
              signal: controller.signal,
              onProgress,
            })
          : readParquetInWorker(
              { url: file.url, ...dataset, fullRowLimit: FULL_ROW_LIMIT, maxWholeBytes },
              (p) => onProgress(p.rowsRead, p.fileRows),
              controller.signal,
            );
      },
    }).then(
      (dataset) => {
        open.current = dataset;
        if (controller.signal.aborted) return;
        setState({ status: 'open', dataset });
        changed.current();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', url: dataUrl, problem: problemOf(error, dataUrl), kept: open.current });
      },
    );
    return () => controller.abort();
  }, [db, dataUrl]);

  return state;
}
