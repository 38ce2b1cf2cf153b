import type { MouseEvent, ReactNode } from 'react';
import { useFilters } from '../../filters/FilterProvider';
import type { FilterState } from '../../filters/filterState';
import { serializeFilterState } from '../../filters/urlState';
import type { UnitRef } from '../../queries/provinceDetail';

/** A link that moves the filter state (so Back works and the address can be shared), not a page load. */
export function StateLink({
  change,
  children,
  title,
}: {
  change: Partial<FilterState>;
  children: ReactNode;
  title?: string;
}) {
  const { filters, update } = useFilters();
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    update(change);
  };
  return (
    <a href={serializeFilterState({ ...filters, ...change }) || '?'} onClick={onClick} title={title}>
      {children}
    </a>
  );
}

/** The filter change that opens a unit's page: codes mean something only with their layout. */
export function pageOf(unit: Pick<UnitRef, 'code' | 'layout'>): Partial<FilterState> {
  return { view: 'province', layout: unit.layout, focus: unit.code, provinces: [] };
}
