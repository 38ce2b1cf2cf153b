import { escapeHtml } from '../charts/escapeHtml';
import { type Lang, translate } from '../i18n/messages';
import { summaryText, type YearSummary } from './yearSummary';

/** The paragraph and its sources in the two forms a clipboard carries: plain text and HTML for a word processor. */
export interface SummaryClipboard {
  readonly text: string;
  readonly html: string;
}

export function summaryClipboard(
  summary: YearSummary,
  sources: readonly string[],
  lang: Lang,
): SummaryClipboard {
  const heading = translate(lang, 'summarySourcesHeading');
  const paragraph = summaryText(summary);
  const text = sources.length > 0 ? `${paragraph}\n\n${heading}: ${sources.join('; ')}.` : paragraph;
  // Figures in bold, as a reporter marks the numbers to check; everything from the data is escaped.
  const body = summary.sentences
    .map((s) =>
      s.segments
        .map((seg) => (typeof seg === 'string' ? escapeHtml(seg) : `<b>${escapeHtml(seg.text)}</b>`))
        .join(''),
    )
    .join(' ');
  const list = sources.map((source) => `<li>${escapeHtml(source)}</li>`).join('');
  const html =
    `<p>${body}</p>` +
    (sources.length > 0
      ? `<p style="font-size:smaller">${escapeHtml(heading)}:</p><ol style="font-size:smaller">${list}</ol>`
      : '');
  return { text, html };
}
