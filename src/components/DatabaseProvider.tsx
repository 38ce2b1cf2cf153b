import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { type BrowserDatabase, DuckDbUnavailableError, startBrowserDatabase } from '../db/browserDatabase';
import type { Database } from '../db/database';
import { useI18n } from '../i18n/I18nProvider';

type StartFailure = 'noWebAssembly' | 'noWorker' | 'startFailed' | 'dataLoad';

export type DatabaseState =
  | { readonly status: 'startingDb' }
  | { readonly status: 'loadingData' }
  | { readonly status: 'ready'; readonly db: Database }
  | { readonly status: 'error'; readonly reason: StartFailure; readonly detail: string };

interface DatabaseContextValue {
  readonly state: DatabaseState;
  retry(): void;
  /** Grows each time loaded data changes (an import, a removal), so views know to query again. */
  readonly dataVersion: number;
  notifyDataChanged(): void;
  /** The user's stored uploads are being loaded back (after the first interactive frame). */
  readonly restoringUploads: boolean;
  /** Whether the stored uploads (if any) are back: what lists the loads waits for it. */
  readonly uploadsSettled: boolean;
}

/**
 * Brings the user's uploads kept in this browser back into `db`: resolves to false at once when there
 * are none, else calls `found` before loading them and resolves to true once they are in.
 */
export type RestoreUploads = (db: Database, found: () => void) => Promise<boolean>;

const DatabaseContext = createContext<DatabaseContextValue | null>(null);

type Started = { readonly db: Database } | { readonly reason: StartFailure; readonly detail: string };

interface Start {
  /** DuckDB runs; the bundled data is on its way in. */
  readonly engineStarted: Promise<void>;
  readonly done: Promise<Started>;
}

/**
 * Starts DuckDB and loads the bundled data. DuckDB's JS is in the first script, so that its worker starts
 * compiling the wasm before React first renders (measured: the worker started ~250 ms later when this
 * code came in a chunk of its own, which waited behind the first render). The bundled data's code loads
 * on demand, and the shipped tables download (preloaded by index.html) while the wasm compiles.
 */
function startDatabase(): Start {
  let engineStarted!: () => void;
  const started = new Promise<void>((resolve) => {
    engineStarted = resolve;
  });
  const starting = startBrowserDatabase();
  // Handled where it is awaited below; this keeps an early failure from being reported as unhandled.
  starting.catch(() => undefined);
  const done = (async (): Promise<Started> => {
    let data: typeof import('../db/browserBundledData');
    let db: BrowserDatabase;
    try {
      data = await import('../db/browserBundledData');
    } catch (error) {
      starting.then(
        (db) => db.close(),
        () => undefined,
      );
      return { reason: 'startFailed', detail: describe(error) };
    }
    const shipped = data.fetchShippedDatabase();
    try {
      db = await starting;
    } catch (error) {
      const reason = error instanceof DuckDbUnavailableError ? error.reason : 'startFailed';
      return { reason, detail: describe(error) };
    }
    engineStarted();
    try {
      await data.loadBundledDataInBrowser(db, shipped);
      return { db };
    } catch (error) {
      await db.close();
      return { reason: 'dataLoad', detail: describe(error) };
    }
  })();
  return { engineStarted: started, done };
}

// Begun as this module is evaluated with the page's first scripts, not in the provider's first effect
// after React has rendered, so DuckDB starts sooner. Retry starts anew.
let firstStart: Start | undefined = typeof window === 'object' ? startDatabase() : undefined;

/** Two frames: the page has painted what the ready database gave it. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Provides DuckDB with the bundled data, then runs `restore` (the app passes the restoring of the user's
 * stored uploads, which belongs to the upload feature, a layer above this one) once the page is usable.
 */
export function DatabaseProvider({ children, restore }: { children: ReactNode; restore: RestoreUploads }) {
  const [state, setState] = useState<DatabaseState>({ status: 'startingDb' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [dataVersion, setDataVersion] = useState(0);
  const notifyDataChanged = useCallback(() => setDataVersion((n) => n + 1), []);
  const [restoringUploads, setRestoringUploads] = useState(false);
  const [uploadsSettled, setUploadsSettled] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is how Retry starts everything again
  useEffect(() => {
    let cancelled = false;
    let started: Database | undefined;
    const start = firstStart ?? startDatabase();
    firstStart = undefined;
    setState({ status: 'startingDb' });
    setUploadsSettled(false);
    start.engineStarted.then(() => !cancelled && setState({ status: 'loadingData' }));
    (async () => {
      const result = await start.done;
      if (!('db' in result)) {
        if (!cancelled) setState({ status: 'error', ...result });
        return;
      }
      started = result.db;
      if (cancelled) {
        await started.close();
        return;
      }
      const db = started;
      // A transition: the first screen (the snapshot) stays until the live page has what it needs.
      startTransition(() => setState({ status: 'ready', db }));
      // The bundled data answers first; the user's own uploads follow, with a notice while they load.
      await afterNextPaint();
      if (cancelled) return;
      try {
        const restored = await restore(db, () => !cancelled && setRestoringUploads(true));
        if (restored && !cancelled) notifyDataChanged();
      } finally {
        if (!cancelled) {
          setRestoringUploads(false);
          setUploadsSettled(true);
        }
      }
    })();
    return () => {
      cancelled = true;
      void started?.close();
    };
  }, [attempt]);

  const value = useMemo(
    () => ({ state, retry, dataVersion, notifyDataChanged, restoringUploads, uploadsSettled }),
    [state, retry, dataVersion, notifyDataChanged, restoringUploads, uploadsSettled],
  );
  return (
    <DatabaseContext.Provider value={value}>
      {children}
      {restoringUploads && <RestoringUploadsNotice />}
    </DatabaseContext.Provider>
  );
}

/** Fixed at the foot of the window, so it shifts nothing on the page while the uploads load. */
function RestoringUploadsNotice() {
  const { t } = useI18n();
  return (
    <p className="restoring-uploads" role="status">
      {t('restoringUploads')}
    </p>
  );
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
