import { DESTINATIONS, type DestinationId, type FilterState } from '../filters/filterState';
import type { ChartClick } from './chartSpec';

/**
 * What a click on a chart does to the filters (cross-filtering): it sets the matching filter for every
 * page, and the same click again clears it.
 */

/** A province to toggle: a post-merger unit in the 63 layout can only be chosen in the 34 layout. */
export function toggleProvince(
  filters: FilterState,
  province: { readonly code: string; readonly layout: string },
): Partial<FilterState> {
  if (province.layout !== filters.layout) return { layout: '34', provinces: [province.code], focus: null };
  const only = filters.provinces.length === 1 && filters.provinces[0] === province.code;
  return { provinces: only ? [] : [province.code] };
}

/** The year of a clicked bar, point or axis label. */
export function toggleYear(filters: FilterState, click: ChartClick): Partial<FilterState> | null {
  const year = Number(click.componentType === 'xAxis' ? click.value : click.name);
  if (!Number.isInteger(year)) return null;
  return { year: filters.year === year ? null : year };
}

export function toggleDestination(filters: FilterState, hub: DestinationId): Partial<FilterState> {
  const only = filters.destinations.length === 1 && filters.destinations[0] === hub;
  return { destinations: only ? [] : [hub] };
}

/** The destination filter of a hub's province code ('79' → hcmc). */
export const HUB_BY_CODE = new Map(
  (Object.entries(DESTINATIONS) as [DestinationId, string][]).map(([id, code]) => [code, id]),
);

/** The label of a bar or node clicked: the category axis label, else the element's name. */
export const clickedLabel = (click: ChartClick, axis: 'xAxis' | 'yAxis') =>
  click.componentType === axis ? String(click.value) : click.name;
