import { clipText, escapeHtml } from './escapeHtml';

/** The tooltip's words for where a figure comes from, in the UI language. */
export interface SourceLabels {
  readonly sourceReal: string;
  readonly sourceIllustrative: string;
}

export interface TooltipLine {
  readonly marker?: string;
  readonly label: string;
  readonly value: string;
}

/**
 * Longest text a tooltip shows of one name or value: a 5,000-character name from a file would make a box
 * taller than the chart. Real sources run to about 150; the full text stays in the tables and the CSV.
 */
export const TOOLTIP_TEXT_LIMIT = 300;

/** ECharts sets `white-space:nowrap` on the box: long names wrap inside it, at any character if need be. */
const BOX_STYLE = 'white-space:normal;overflow-wrap:anywhere;max-width:40em';

/** Clipped, then escaped: the one way a text enters tooltip HTML. */
const html = (text: string) => escapeHtml(clipText(text, TOOLTIP_TEXT_LIMIT));

/**
 * The one tooltip layout: a bold title, "label: value unit" lines, and a muted footer saying where the
 * figure comes from. Every text is escaped here; `marker` is ECharts' own colour dot HTML.
 */
export function tooltipHtml(title: string, lines: readonly TooltipLine[], footer?: string): string {
  const body = lines.map((l) => `${l.marker ?? ''}${html(l.label)}: <b>${html(l.value)}</b>`);
  const foot = footer ? [`<span style="color:#52606d">${html(footer)}</span>`] : [];
  const content = [`<b>${html(title)}</b>`, ...body, ...foot].join('<br/>');
  return `<div style="${BOX_STYLE}">${content}</div>`;
}

/** ECharts passes one params object or a list of them to an axis tooltip formatter. */
export function asList<T>(params: T | T[]): T[] {
  return Array.isArray(params) ? params : [params];
}

/** The series of an axis tooltip, one line each: its colour dot, its name, its value with the unit. */
export function seriesLines(
  shown: readonly { marker?: unknown; seriesName?: string; value?: unknown }[],
  format: (value: number) => string,
): TooltipLine[] {
  return shown.map((p) => ({
    marker: typeof p.marker === 'string' ? p.marker : '',
    label: p.seriesName ?? '',
    value: format(p.value as number),
  }));
}

/** A tooltip's footer: the figure is real, or how much of it is illustrative (`amount`, with its unit). */
export function sourceFooter(labels: SourceLabels, illustrative: number, amount: string): string {
  return illustrative > 0 ? `${labels.sourceIllustrative}: ${amount}` : labels.sourceReal;
}

/**
 * What an axis tooltip of stacked bars by year tells: the year, its segments with a value, their total,
 * and how much of the year is illustrative.
 */
export function stackedYearPoint<P extends { readonly name?: string; readonly value?: unknown }>(
  params: P | P[],
  illustrativeByYear: ReadonlyMap<number, number>,
) {
  const list = asList(params);
  const title = String(list[0]?.name ?? '');
  const shown = list.filter((p) => typeof p.value === 'number' && p.value > 0);
  const total = shown.reduce((sum, p) => sum + (p.value as number), 0);
  return { title, shown, total, illustrative: illustrativeByYear.get(Number(title)) ?? 0 };
}
