import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { FilterState } from './filterState';
import { parseFilterState, serializeFilterState } from './urlState';

interface FilterContextValue {
  readonly filters: FilterState;
  /** Applies a change and records it in the URL; each change is a history entry, so Back undoes it. */
  update(change: Partial<FilterState>, options?: { replace?: boolean }): void;
}

const FilterContext = createContext<FilterContextValue | null>(null);

export function FilterProvider({ children }: { children: ReactNode }) {
  const [filters, setFilters] = useState(() => parseFilterState(window.location.search));

  useEffect(() => {
    const onPopState = () => setFilters(parseFilterState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((change: Partial<FilterState>, options: { replace?: boolean } = {}) => {
    // The URL is the source of truth: read the current state from it, write the next one to it.
    const current = parseFilterState(window.location.search);
    const search = serializeFilterState({ ...current, ...change });
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    // Normalized through the URL form, so what is shown is exactly what a shared link reopens.
    setFilters(parseFilterState(search));
  }, []);

  const value = useMemo(() => ({ filters, update }), [filters, update]);
  return <FilterContext.Provider value={value}>{children}</FilterContext.Provider>;
}

export function useFilters(): FilterContextValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('useFilters outside FilterProvider');
  return value;
}
