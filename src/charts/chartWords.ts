import type { ChartContext } from './chartSpec';

/** Words several charts share, in the UI language. */

/** A province's name as charts show it, marked when it is a unit formed on 1 July 2025. */
export function unitLabel(
  unit: { readonly name: string; readonly nameEn: string; readonly postMerger: boolean },
  ctx: ChartContext,
): string {
  const name = ctx.lang === 'vi' ? unit.name : unit.nameEn;
  return unit.postMerger ? `${name} (${ctx.t('postMergerMark')})` : name;
}

/** The tooltip's words for where a figure comes from. */
export const sourceLabels = (ctx: ChartContext) => ({
  sourceReal: ctx.t('tooltipSourceReal'),
  sourceIllustrative: ctx.t('tooltipSourceIllustrative'),
});

/** A column of a chart's table, headed in the UI language. */
export const column = (key: string, label: Parameters<ChartContext['t']>[0], ctx: ChartContext) => ({
  key,
  label: ctx.t(label),
});
