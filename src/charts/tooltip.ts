import { escapeHtml } from './escapeHtml';

export interface TooltipLine {
  readonly marker?: string;
  readonly label: string;
  readonly value: string;
}

/**
 * The one tooltip layout: a bold title, "label: value unit" lines, and a muted footer saying where the
 * figure comes from. Every text is escaped here; `marker` is ECharts' own colour dot HTML.
 */
export function tooltipHtml(title: string, lines: readonly TooltipLine[], footer?: string): string {
  const body = lines.map((l) => `${l.marker ?? ''}${escapeHtml(l.label)}: <b>${escapeHtml(l.value)}</b>`);
  const foot = footer ? [`<span style="color:#52606d">${escapeHtml(footer)}</span>`] : [];
  return [`<b>${escapeHtml(title)}</b>`, ...body, ...foot].join('<br/>');
}

/** ECharts passes one params object or a list of them to an axis tooltip formatter. */
export function asList<T>(params: T | T[]): T[] {
  return Array.isArray(params) ? params : [params];
}
