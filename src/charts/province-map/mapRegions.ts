import { type Layout, PROVINCES_34, PROVINCES_63 } from '../../model/provinces';
import type { ProvinceMetricRow } from '../../queries/provinceMetrics';

/** What the map colours: the year's figure, or its change from the year before. */
export type MapMode = 'level' | 'change';

/** One unit of the active layout as the map shows it. */
export interface MapRegionValue {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** The coloured value (the year's figure, or its change); null = nothing to colour. */
  readonly value: number | null;
  readonly current: number | null;
  readonly previous: number | null;
  /** Illustrative part of the figures behind `value`. */
  readonly illustrative: number;
  /** Change mode, 63 layout: part of this old unit's figures is keyed by its new unit, so no change is computed. */
  readonly notComparable: boolean;
}

export interface PlacedMetric {
  readonly regions: readonly MapRegionValue[];
  /**
   * 63 layout only: the year's figures keyed by a new (34) unit, which no old province can show
   * (they are stated under the map, never split).
   */
  readonly notShown: { readonly units: number; readonly value: number; readonly illustrative: number };
}

/**
 * Puts a metric's rows on the provinces of the layout: one entry per unit, in code order. Post-merger
 * rows are set aside in the 63 layout; a change is computed only where both years have data for the
 * same unit.
 */
export function placeOnMap(rows: readonly ProvinceMetricRow[], layout: Layout, mode: MapMode): PlacedMetric {
  const placeable = new Map(rows.filter((r) => r.unitLayout === layout).map((r) => [r.unitCode, r]));
  const postMerger = rows.filter((r) => r.unitLayout !== layout);
  // New units with figures in either year: their old provinces' figures are incomplete for a change.
  const movedTo = new Set(
    postMerger.filter((r) => r.value !== null || r.previous !== null).map((r) => r.unitCode),
  );
  const units: readonly { code: string; name: string; nameEn: string; newCode?: string }[] =
    layout === '63' ? PROVINCES_63 : PROVINCES_34;
  const regions = units.map((unit): MapRegionValue => {
    const row = placeable.get(unit.code);
    const current = row?.value ?? null;
    const previous = row?.previous ?? null;
    const notComparable = mode === 'change' && unit.newCode !== undefined && movedTo.has(unit.newCode);
    const comparable = current !== null && previous !== null && !notComparable;
    return {
      code: unit.code,
      name: unit.name,
      nameEn: unit.nameEn,
      value: mode === 'level' ? current : comparable ? current - previous : null,
      current,
      previous,
      illustrative: (row?.illustrative ?? 0) + (mode === 'change' ? (row?.previousIllustrative ?? 0) : 0),
      notComparable,
    };
  });
  const shown = postMerger.filter((r) => r.value !== null);
  return {
    regions,
    notShown: {
      units: shown.length,
      value: shown.reduce((sum, r) => sum + (r.value ?? 0), 0),
      illustrative: shown.reduce((sum, r) => sum + r.illustrative, 0),
    },
  };
}
