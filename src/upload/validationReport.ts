/**
 * The validation report of one file, as the page lists it and as the downloadable CSV: every skipped and
 * every rejected row with its sheet row number, the column as the file names it, and the reason in the
 * UI language.
 */

import { clipText, isolateBidi } from '../charts/escapeHtml';
import { COLUMN_LABEL } from '../i18n/datasetLabels';
import { describeReject } from '../i18n/describeReject';
import { formatNumber } from '../i18n/format';
import { type Lang, type MessageKey, translate } from '../i18n/messages';
import type { StreamedIngest } from '../ingest/ingestCsvStream';
import { isDateHeader } from '../ingest/mapHeaders';
import type { SkippedRow } from '../ingest/readCsv';
import type { RejectReason } from '../ingest/rejectReason';
import { CHOICE_LISTS } from '../ingest/valueMap';
import { csvForReader } from '../model/csv';
import { choiceLabel } from '../model/ocop';

export const SKIP_LABEL: Readonly<Record<SkippedRow['reason'], MessageKey>> = {
  title: 'importSkipTitle',
  subheader: 'importSkipSubheader',
  total: 'importSkipTotal',
  note: 'importSkipNote',
  blank: 'importSkipBlank',
};

export interface ReportLine {
  readonly rowNumber: number;
  /** The column as the file's header row names it; the dashboard's name when no file column is matched. */
  readonly column: string;
  readonly value: string;
  readonly outcome: 'rejected' | 'skipped';
  readonly reason: string;
}

type ReportSource = Pick<StreamedIngest, 'skipped' | 'rejected' | 'header' | 'guess'>;

const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The file's name for a canonical column: its header cell if one is matched, else the dashboard's label. */
export function fileColumnName(
  result: Pick<ReportSource, 'header' | 'guess'>,
  column: string,
  lang: Lang,
): string {
  if (column === '') return translate(lang, 'importWholeRow');
  const index = result.guess.mapping[column];
  const header = index === undefined ? undefined : result.header[index];
  if (header) return header;
  const label = COLUMN_LABEL[column];
  return label ? translate(lang, label) : column;
}

type NotesSource = Pick<
  StreamedIngest,
  'headerRowNumber' | 'header' | 'guess' | 'layout' | 'mappedValues' | 'fileValues' | 'dateOrder'
>;

/** What a mapped value was read as, in words: a list's label, or the province name itself. */
export function mappedTargetLabel(
  kind: StreamedIngest['mappedValues'][number]['kind'],
  to: string,
  lang: Lang,
): string {
  return kind === 'province' ? to : choiceLabel(CHOICE_LISTS[kind], to, lang);
}

/**
 * How the file was read, as the report states it above its rows: the header row, the layout of undated
 * rows, the year taken from a date, and each value the user mapped with the rows it fed.
 */
export function reportNotes(result: NotesSource, lang: Lang): string[] {
  const notes = [translate(lang, 'importReportHeaderRow', { row: result.headerRowNumber })];
  if (result.guess.dataset !== 'mous' && result.guess.dataset !== 'events') {
    const layout = result.layout
      ? translate(lang, result.layout === '63' ? 'importLayout63' : 'importLayout34')
      : translate(lang, 'importLayoutByYear');
    notes.push(translate(lang, 'importReportLayout', { layout }));
  }
  const yearIndex = result.guess.mapping.year;
  const yearHeader = yearIndex === undefined ? undefined : result.header[yearIndex];
  if (yearHeader && isDateHeader(yearHeader))
    notes.push(
      translate(lang, 'importReportYearFromDate', { header: isolateBidi(clipText(yearHeader, 200)) }),
    );
  if (result.dateOrder === 'mdy') notes.push(translate(lang, 'importReportMonthFirst'));
  for (const [column, value] of Object.entries(result.fileValues ?? {})) {
    const label = COLUMN_LABEL[column];
    notes.push(
      translate(lang, 'importReportOneValue', { column: label ? translate(lang, label) : column, value }),
    );
  }
  for (const m of result.mappedValues) {
    notes.push(
      translate(lang, 'importMappedValue', {
        from: isolateBidi(clipText(m.value, QUOTED_VALUE_LIMIT)),
        to: mappedTargetLabel(m.kind, m.to, lang),
        count: formatNumber(lang, m.rowCount),
      }),
    );
  }
  return notes;
}

/** Characters of a rejected value a reason quotes; the value column has it whole. */
const QUOTED_VALUE_LIMIT = 200;

/**
 * The value a reason quotes, as it may stand inside a sentence: clipped, and its bidi controls isolated
 * (an override in "Tỉnh "…" không có" would otherwise reverse the rest of the reason).
 */
function quotedValueShown(reason: RejectReason): RejectReason {
  if (!('value' in reason)) return reason;
  return { ...reason, value: isolateBidi(clipText(reason.value, QUOTED_VALUE_LIMIT)) };
}

/** Skipped and rejected rows, in row order (a rejected row has one line per bad cell). */
export function reportLines(result: ReportSource, lang: Lang): ReportLine[] {
  const lines: ReportLine[] = [
    ...result.skipped.map((s) => ({
      rowNumber: s.rowNumber,
      column: '',
      value: '',
      outcome: 'skipped' as const,
      reason: capitalized(translate(lang, SKIP_LABEL[s.reason])),
    })),
    ...result.rejected.map((r) => ({
      rowNumber: r.rowNumber,
      column: fileColumnName(result, r.column, lang),
      value: r.rawValue,
      outcome: 'rejected' as const,
      reason: describeReject(quotedValueShown(r.reason), lang),
    })),
  ];
  // Stable: the cells of one row keep the order the row was checked in.
  return lines.sort((a, b) => a.rowNumber - b.rowNumber);
}

/**
 * The report as a CSV file's text: UTF-8 with a BOM (so Excel reads the Vietnamese letters), a header in
 * the UI language, every cell quoted and neutralized. Vietnamese Excel expects ';' between cells (its list
 * separator, since ',' is the decimal mark there), English Excel ','.
 */
export function reportCsv(lines: readonly ReportLine[], lang: Lang, notes: readonly string[] = []): string {
  const header = (
    ['importColRow', 'importColColumn', 'importColValue', 'importColOutcome', 'importColReason'] as const
  ).map((key) => translate(lang, key));
  const noteRows = notes.map((note) => ['', '', '', translate(lang, 'importOutcomeNote'), note]);
  // The row number as text too: the report has always quoted every cell.
  const rows = lines.map((line) => [
    String(line.rowNumber),
    line.column,
    line.value,
    translate(lang, line.outcome === 'rejected' ? 'importOutcomeRejected' : 'importOutcomeSkipped'),
    line.reason,
  ]);
  return csvForReader([header, ...noteRows, ...rows], lang);
}

/** Row numbers as a reader scans them: "1–3, 7, 11". */
export function rowRanges(rowNumbers: readonly number[]): string {
  const sorted = [...new Set(rowNumbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ');
}
