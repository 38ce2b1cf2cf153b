import { useEffect, useState } from 'react';
import type { Database } from '../db/database';
import { useFilters } from '../filters/FilterProvider';
import type { FilterState } from '../filters/filterState';
import { useDatabase } from './DatabaseProvider';

export type QueryResult<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly message: string };

/** Runs one query function for a view and re-runs it when its inputs change; stale answers are dropped. */
export function useQueryResult<T>(
  db: Database,
  run: (db: Database) => Promise<T>,
  deps: readonly unknown[],
): QueryResult<T> {
  const [result, setResult] = useState<QueryResult<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` is a module-level query function; callers list in `deps` what it reads
  useEffect(() => {
    let current = true;
    run(db).then(
      (data) => current && setResult({ status: 'ready', data }),
      (error: unknown) => current && setResult({ status: 'error', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [db, ...deps]);
  return result;
}

/** A page's data under the current filters, loaded again when the filters or the loaded data change. */
export function usePageData<T>(
  db: Database,
  load: (db: Database, filters: FilterState) => Promise<T>,
): QueryResult<T> {
  const { filters } = useFilters();
  const { dataVersion } = useDatabase();
  return useQueryResult(db, (d) => load(d, filters), [filters, dataVersion]);
}
