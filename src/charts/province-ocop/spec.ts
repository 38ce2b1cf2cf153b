import type { StarYear } from '../../queries/overviewMetrics';
import { anyIllustrative, type ChartSpec } from '../chartSpec';
import { type LoadScope, provinceDetailOf } from '../loadScope';
import { ocopByStarChart, starsAltText, starsOption } from '../ocop-by-star/spec';

export interface ProvinceOcopData {
  readonly rows: readonly StarYear[];
  readonly sources: readonly string[];
  /** The province the page is about: the subject of the words. */
  readonly place: { readonly name: string; readonly nameEn: string } | null;
  /** The year the page's figures are for. */
  readonly year: number | null;
}

/**
 * One province's OCOP products per year by star level: the overview's star chart (same drawing and
 * table), about the province the page shows.
 */
export const provinceOcopChart: ChartSpec<ProvinceOcopData> = {
  id: 'province-ocop',
  load: async (scope: LoadScope) => {
    const detail = await scope.once(provinceDetailOf);
    if (!detail) return { rows: [], sources: [], place: null, year: null };
    return { rows: detail.ocopRows, sources: detail.ocopSources, place: detail.profile, year: detail.year };
  },
  title: (_data, ctx) => ctx.t('provinceDetailOcopTitle'),
  subtitle: (_data, ctx) => ctx.t('provinceDetailOcopSubtitle'),
  option: (data, ctx) => starsOption(data.rows, ctx, ctx.t('provinceDetailOcopTitle')),
  table: (data, ctx) =>
    ocopByStarChart.table({ rows: data.rows, sources: data.sources, focusYear: data.year }, ctx),
  altText: (data, ctx) =>
    starsAltText(
      data.rows,
      data.place && (ctx.lang === 'vi' ? data.place.name : data.place.nameEn),
      data.year,
      ctx,
    ),
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.rows),
  height: () => 300,
};
