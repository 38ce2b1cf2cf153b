import { useEffect, useRef, useState } from 'react';
import type { Database } from '../db/database';
import type { OpenedDataset, OpenProgress } from './openDataset';
import { problemOf, type RemoteProblem } from './remoteProblem';

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
 * While an address names a dataset that is not in yet, the state is `loading` (from the first render:
 * the pages must not show other figures in the meantime).
 */
export function useOpenedDataset(
  db: Database | null,
  dataUrl: string | null,
  onChanged: () => void,
): OpenedDatasetState {
  const [state, setState] = useState<OpenedDatasetState>(() =>
    dataUrl === null ? { status: 'none' } : { status: 'loading', url: dataUrl, progress: null },
  );
  // The dataset open now, whatever the state shows (a failure keeps it open).
  const open = useRef<OpenedDataset | null>(null);
  const changed = useRef(onChanged);
  changed.current = onChanged;

  useEffect(() => {
    if (dataUrl !== null) setState({ status: 'loading', url: dataUrl, progress: null });
    if (!db) return;
    const controller = new AbortController();
    const replaces = open.current?.loads.map((l) => l.loadId) ?? [];
    if (dataUrl === null) {
      setState({ status: 'none' });
      if (replaces.length === 0) return;
      import('../db/dataLoads')
        .then(({ removeLoads }) => removeLoads(db, replaces))
        .then(
          () => {
            open.current = null;
            changed.current();
          },
          () => undefined,
        );
      return;
    }
    import('./openInPage')
      .then(({ openInPage }) =>
        openInPage(db, dataUrl, replaces, controller.signal, (progress) => {
          if (!controller.signal.aborted) setState({ status: 'loading', url: dataUrl, progress });
        }),
      )
      .then(
        (dataset) => {
          // In, even if the address moved on meanwhile: the next opening replaces it.
          open.current = dataset;
          changed.current();
          if (!controller.signal.aborted) setState({ status: 'open', dataset });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({
            status: 'failed',
            url: dataUrl,
            problem: problemOf(error, dataUrl),
            kept: open.current,
          });
        },
      );
    return () => controller.abort();
  }, [db, dataUrl]);

  return state;
}
