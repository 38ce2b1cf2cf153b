import { choiceLabel, STAR_LEVELS } from '../../model/ocop';
import type { StarYear } from '../../queries/overviewMetrics';
import { anyIllustrative, type ChartContext, type ChartSpec } from '../chartSpec';
import { sourceLabels } from '../chartWords';
import { type LoadScope, provinceDetailOf } from '../loadScope';
import { ocopByStarAltText } from '../ocop-by-star/altText';
import { ocopByStarOption } from '../ocop-by-star/option';
import { ocopByStarChart } from '../ocop-by-star/spec';

export interface ProvinceOcopData {
  readonly rows: readonly StarYear[];
  readonly sources: readonly string[];
  /** The province the page is about: the subject of the words. */
  readonly place: { readonly name: string; readonly nameEn: string } | null;
  /** The year the page's figures are for. */
  readonly year: number | null;
}

const stars = (ctx: ChartContext) =>
  STAR_LEVELS.map((s) => ({ star: s.id, label: choiceLabel(STAR_LEVELS, s.id, ctx.lang) }));

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
  option: (data, ctx) =>
    ocopByStarOption({
      rows: data.rows,
      stars: stars(ctx),
      lang: ctx.lang,
      labels: {
        year: ctx.t('axisYear'),
        products: ctx.t('axisProducts'),
        unit: ctx.t('unitProducts'),
        ...sourceLabels(ctx),
      },
      ariaTitle: ctx.t('provinceDetailOcopTitle'),
    }),
  table: (data, ctx) =>
    ocopByStarChart.table({ rows: data.rows, sources: data.sources, focusYear: data.year }, ctx),
  altText: (data, ctx) =>
    ocopByStarAltText({
      rows: data.rows,
      stars: stars(ctx),
      place: data.place && (ctx.lang === 'vi' ? data.place.name : data.place.nameEn),
      focusYear: data.year,
      illustrative: anyIllustrative(data.rows),
      lang: ctx.lang,
    }),
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.rows),
  height: () => 300,
};
