import type { MessageKey } from '../i18n/messages';
import type { ChartContext, ChartTable } from './chartSpec';

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

/**
 * A chart's table from its items: each row names its cells by the message key of their column's
 * heading, in column order, so a column and its heading are written once. Headings are in the UI language.
 */
export function tableOf<T>(
  items: readonly T[],
  cells: (item: T) => Readonly<Partial<Record<MessageKey, string | number | null>>>,
  ctx: ChartContext,
): ChartTable {
  const rows = items.map(cells);
  const keys = Object.keys(rows[0] ?? {}) as MessageKey[];
  return { columns: keys.map((key) => ({ key, label: ctx.t(key) })), rows };
}
