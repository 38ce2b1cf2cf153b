import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Database } from '../db/database';

export type DatabaseState =
  | { readonly status: 'startingDb' }
  | { readonly status: 'loadingData' }
  | { readonly status: 'ready'; readonly db: Database }
  | {
      readonly status: 'error';
      readonly reason: 'noWebAssembly' | 'noWorker' | 'startFailed' | 'dataLoad';
      readonly detail: string;
    };

interface DatabaseContextValue {
  readonly state: DatabaseState;
  retry(): void;
  /** Grows each time loaded data changes (an import, a removal), so views know to query again. */
  readonly dataVersion: number;
  notifyDataChanged(): void;
}

const DatabaseContext = createContext<DatabaseContextValue | null>(null);

/**
 * Starts DuckDB and loads the bundled data, then runs `restore` (the app passes the restoring of the
 * user's stored uploads, which belongs to the upload feature, a layer above this one).
 */
export function DatabaseProvider({
  children,
  restore,
}: {
  children: ReactNode;
  restore: (db: Database) => Promise<void>;
}) {
  const [state, setState] = useState<DatabaseState>({ status: 'startingDb' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [dataVersion, setDataVersion] = useState(0);
  const notifyDataChanged = useCallback(() => setDataVersion((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is how Retry starts everything again
  useEffect(() => {
    let cancelled = false;
    let started: Database | undefined;
    setState({ status: 'startingDb' });
    (async () => {
      // Loaded on demand: DuckDB's JS and Apache Arrow are not needed to draw the first screen (the
      // build-time snapshot of the overview), so they stay out of the initial bundle.
      let engine: typeof import('../db/browserDatabase');
      let data: [typeof import('../db/loadBundledData'), typeof import('../db/bundledFiles')];
      try {
        [engine, ...data] = await Promise.all([
          import('../db/browserDatabase'),
          import('../db/loadBundledData'),
          import('../db/bundledFiles'),
        ]);
      } catch (error) {
        if (!cancelled) setState({ status: 'error', reason: 'startFailed', detail: describe(error) });
        return;
      }
      const [{ loadBundledData }, { BUNDLED_FILES, fetchBundledFile }] = data;
      try {
        started = await engine.startBrowserDatabase();
      } catch (error) {
        const reason = error instanceof engine.DuckDbUnavailableError ? error.reason : 'startFailed';
        if (!cancelled) setState({ status: 'error', reason, detail: describe(error) });
        return;
      }
      if (cancelled) return;
      setState({ status: 'loadingData' });
      try {
        await loadBundledData(started, BUNDLED_FILES, fetchBundledFile);
        // The user's own uploads, kept in this browser, come back on top of the bundled data.
        await restore(started);
        if (!cancelled) setState({ status: 'ready', db: started });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', reason: 'dataLoad', detail: describe(error) });
      }
    })();
    return () => {
      cancelled = true;
      void started?.close();
    };
  }, [attempt]);

  const value = useMemo(
    () => ({ state, retry, dataVersion, notifyDataChanged }),
    [state, retry, dataVersion, notifyDataChanged],
  );
  return <DatabaseContext.Provider value={value}>{children}</DatabaseContext.Provider>;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}

export function useDatabase() {
  const value = useContext(DatabaseContext);
  if (!value) throw new Error('useDatabase outside DatabaseProvider');
  return value;
}
