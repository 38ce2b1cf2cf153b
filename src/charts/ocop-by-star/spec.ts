import { choiceLabel, STAR_LEVELS, type StarLevelId } from '../../model/ocop';
import { realSources, type StarYear } from '../../queries/overviewMetrics';
import { altPlace } from '../altTextParts';
import { anyIllustrative, type ChartContext, type ChartSpec } from '../chartSpec';
import { sourceLabels, tableOf } from '../chartWords';
import { comparedYearOf, type LoadScope, ocopByStarOf } from '../loadScope';
import { ocopByStarAltText } from './altText';
import { ocopByStarOption } from './option';

export interface OcopByStarData {
  readonly rows: readonly StarYear[];
  readonly sources: readonly string[];
  /** The year whose breakdown the words tell (the year the KPI cards compare). */
  readonly focusYear: number | null;
}

const stars = (ctx: ChartContext) =>
  STAR_LEVELS.map((s) => ({ star: s.id, label: choiceLabel(STAR_LEVELS, s.id, ctx.lang) }));

/** Stacked bars of products per year and star level (here and on a province's page). */
export function starsOption(rows: readonly StarYear[], ctx: ChartContext, ariaTitle: string) {
  return ocopByStarOption({
    rows,
    stars: stars(ctx),
    lang: ctx.lang,
    labels: {
      year: ctx.t('axisYear'),
      products: ctx.t('axisProducts'),
      unit: ctx.t('unitProducts'),
      ...sourceLabels(ctx),
    },
    ariaTitle,
  });
}

/** The star chart in words, about `place` (null: "in total"). */
export function starsAltText(
  rows: readonly StarYear[],
  place: string | null,
  focusYear: number | null,
  ctx: ChartContext,
) {
  return ocopByStarAltText({
    rows,
    stars: stars(ctx),
    place,
    focusYear,
    illustrative: anyIllustrative(rows),
    lang: ctx.lang,
  });
}

/** OCOP products rated per year, stacked by star level; a click on a level filters by it. */
export const ocopByStarChart: ChartSpec<OcopByStarData> = {
  id: 'ocop-by-star',
  load: async (scope: LoadScope) => {
    const { db, filters } = scope;
    const [rows, sources, focusYear] = await Promise.all([
      scope.once(ocopByStarOf),
      realSources(db, filters, ['ocop']),
      scope.once(comparedYearOf),
    ]);
    return { rows, sources, focusYear };
  },
  title: (_data, ctx) => ctx.t('chartOcopByStarTitle'),
  subtitle: (_data, ctx) => ctx.t('chartOcopByStarSubtitle'),
  option: (data, ctx) => starsOption(data.rows, ctx, ctx.t('chartOcopByStarTitle')),
  table: (data, ctx) =>
    tableOf(
      data.rows,
      (r) => ({
        exportColYear: r.year,
        exportColStar: choiceLabel(STAR_LEVELS, r.star as StarLevelId, ctx.lang),
        exportColProducts: r.products,
        exportColIllustrative: r.illustrative,
      }),
      ctx,
    ),
  altText: (data, ctx) => starsAltText(data.rows, altPlace(ctx.filters, ctx.lang), data.focusYear, ctx),
  sources: (data) => data.sources,
  illustrative: (data) => anyIllustrative(data.rows),
  click: (click, _data, { filters }) => {
    const star = STAR_LEVELS.find((s) => s.id === click.seriesId)?.id;
    if (!star) return null;
    const only = filters.stars.length === 1 && filters.stars[0] === star;
    return { stars: only ? [] : [star] };
  },
};
