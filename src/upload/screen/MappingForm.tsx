import { useId } from 'react';
import { clipText, isolateBidi } from '../../charts/escapeHtml';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { COLUMN_LABEL, DATASET_LABEL } from '../../i18n/datasetLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { TextEncodingName } from '../../ingest/decodeText';
import {
  dateCellsOf,
  guessDateOrder,
  guessLayout,
  type LayoutReason,
  provincesNamedInTitle,
  starsNamedInTitle,
  yearsNamedInTitle,
} from '../../ingest/guessLayout';
import { type CsvPreview, stillMissing } from '../../ingest/ingestCsvStream';
import { evaluateMapping, type HeaderMapping, isDateHeader } from '../../ingest/mapHeaders';
import { type DateOrder, dateOrderOf, isSlashedDate } from '../../ingest/parseValues';
import type { Delimiter } from '../../ingest/readCsv';
import { PROVINCE_NAMES } from '../../ingest/valueMap';
import { type ColumnKind, DATASET_IDS, DATASETS, type DatasetId } from '../../model/datasets';
import { STAR_LEVELS } from '../../model/ocop';
import type { Layout } from '../../model/provinces';

/**
 * A glimpse of a header or a cell: 5,000 characters would make a row pages tall or a list pages wide.
 * The check reads all of it.
 */
const previewText = (cell: string) => clipText(cell, 200);

type PreviewRow = CsvPreview['rows'][number];
const previewRowKey = (row: PreviewRow) => String(row.rowNumber);

const ENCODING_LABEL: Readonly<Record<TextEncodingName, MessageKey>> = {
  'utf-8': 'importEncodingUtf8',
  'utf-8-bom': 'importEncodingUtf8Bom',
  'utf-16le': 'importEncodingUtf16le',
  'utf-16be': 'importEncodingUtf16be',
  'windows-1258': 'importEncodingWindows1258',
};

const DELIMITER_LABEL: Readonly<Record<Delimiter, MessageKey>> = {
  ',': 'importDelimiterComma',
  ';': 'importDelimiterSemicolon',
  '\t': 'importDelimiterTab',
};

const LAYOUT_REASON: Readonly<Record<LayoutReason, MessageKey>> = {
  dates: 'importLayoutGuessedDates',
  title: 'importLayoutGuessedTitle',
  oldNames: 'importLayoutGuessedOldNames',
};

interface MappingFormProps {
  readonly fileName: string;
  readonly preview: CsvPreview;
  readonly dataset: DatasetId;
  readonly mapping: HeaderMapping;
  readonly remembered: boolean;
  readonly headerChosen: boolean;
  readonly layoutChoice: Layout | 'byYear' | undefined;
  readonly dateOrderChoice: DateOrder | undefined;
  readonly fileValues: Readonly<Record<string, string>>;
  readonly onFileValue: (column: string, value: string | undefined) => void;
  /** What the file was read as, when not a CSV's encoding and separator (a workbook's sheet). */
  readonly facts?: string;
  readonly onDataset: (dataset: DatasetId) => void;
  readonly onColumn: (column: string, index: number | undefined) => void;
  readonly onHeaderRow: (rowNumber: number) => void;
  readonly onLayout: (choice: Layout | 'byYear') => void;
  readonly onDateOrder: (order: DateOrder) => void;
  readonly onCheck: () => void;
  readonly onCancel: () => void;
}

// OCOP began in 2018; a year for a whole file is one of the programme's, newest first.
const YEAR_CHOICES: readonly string[] = Array.from(
  { length: new Date().getFullYear() + 1 - 2018 + 1 },
  (_, i) => String(new Date().getFullYear() + 1 - i),
);

/** What the one value for every row of a column of this kind is chosen among, the title's first. */
function oneForAllChoices(
  kind: ColumnKind,
  titles: readonly string[],
): { label: MessageKey; fromTitle: string[]; all: readonly string[]; allLabel: MessageKey } | undefined {
  switch (kind) {
    case 'province':
    case 'targetProvince':
      return {
        label: 'importOneProvinceLabel',
        fromTitle: provincesNamedInTitle(titles),
        all: PROVINCE_NAMES,
        allLabel: 'importUnknownAll',
      };
    case 'year':
      return {
        label: 'importOneYearLabel',
        fromTitle: yearsNamedInTitle(titles).map(String),
        all: YEAR_CHOICES,
        allLabel: 'importOneYearAll',
      };
    case 'star':
      return {
        label: 'importOneStarLabel',
        fromTitle: starsNamedInTitle(titles),
        all: STAR_LEVELS.map((s) => s.vi),
        allLabel: 'importUnknownAll',
      };
    default:
      return undefined;
  }
}

/** One value for every row of a column the file lacks: offered from its title first, never chosen for the user. */
function OneForAll(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly fromTitle: readonly string[];
  readonly all: readonly string[];
  readonly allLabel: string;
  readonly onChange: (value: string | undefined) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="import-one-for-all">
      <label htmlFor={props.id}>{props.label}</label>{' '}
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{t('importOneProvinceNone')}</option>
        {props.fromTitle.length > 0 && (
          <optgroup label={t('importOneProvinceFromTitle')}>
            {props.fromTitle.map((value) => (
              <option key={`title-${value}`} value={value}>
                {value}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={props.allLabel}>
          {props.all.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

/** Step 1: what the file was read as, which dataset it is, which of its columns feeds which of ours. */
export function MappingForm(props: MappingFormProps) {
  const { fileName, preview, dataset, mapping, remembered } = props;
  const { t } = useI18n();
  const id = useId();
  const columnLabel = (name: string): string => {
    const key = COLUMN_LABEL[name];
    return key ? t(key) : name;
  };
  const evaluation = evaluateMapping(preview.header, dataset, mapping);
  const missing = stillMissing(evaluation.missingRequired, props.fileValues);
  const guessed = preview.guesses[0]?.dataset;
  // A header feeding two columns (the year read from the recognition date) is shown with the first.
  const mappedTo = new Map<number, string>();
  for (const [column, index] of Object.entries(mapping))
    if (!mappedTo.has(index)) mappedTo.set(index, column);
  const yearIndex = mapping.year;
  const yearFromDate =
    yearIndex !== undefined && isDateHeader(preview.header[yearIndex] ?? '')
      ? preview.header[yearIndex]
      : undefined;
  const byYear = DATASETS[dataset].periodColumn === 'year';
  const layoutGuess = byYear ? guessLayout(preview, dataset, mapping) : undefined;
  const layoutValue = props.layoutChoice ?? layoutGuess?.layout ?? 'byYear';
  // "05/03/2024" is 5 March in Vietnam, 3 May from Excel on an English Windows: asked only where it matters.
  const dateCells = dateCellsOf(preview, dataset, mapping).filter(isSlashedDate);
  const dateOrderGuess = guessDateOrder(preview, dataset, mapping);
  const dateOrder = props.dateOrderChoice ?? dateOrderGuess;
  const monthFirstExample = dateCells.find((c) => dateOrderOf([c]) === 'mdy');
  // Rows down to a few below the header: enough to see titles, header lines and the first data rows.
  const topShown = preview.top.filter((r) => r.rowNumber <= Math.max(preview.headerRowNumber + 3, 6));
  const topWidth = Math.max(0, ...topShown.map((r) => r.cells.length));

  return (
    <div className="import-mapping">
      <h4>{t('importMappingTitle', { file: isolateBidi(fileName) })}</h4>
      <p className="import-facts">
        {props.facts ??
          t('importFileFacts', {
            encoding: t(ENCODING_LABEL[preview.encoding]),
            delimiter: t(DELIMITER_LABEL[preview.delimiter]),
            row: preview.headerRowNumber,
          })}
      </p>

      <div className="import-header-row">
        <label htmlFor={`${id}-header-row`}>{t('importHeaderRowLabel')}</label>{' '}
        <input
          id={`${id}-header-row`}
          type="number"
          min={1}
          max={Math.max(1, preview.top.length)}
          key={preview.headerRowNumber}
          defaultValue={preview.headerRowNumber}
          aria-describedby={`${id}-header-row-hint`}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onHeaderRow(Number(e.currentTarget.value));
          }}
          onBlur={(e) => {
            const row = Number(e.currentTarget.value);
            if (Number.isInteger(row) && row >= 1 && row !== preview.headerRowNumber) props.onHeaderRow(row);
          }}
        />{' '}
        <span className="import-hint">
          ({t(props.headerChosen ? 'importHeaderRowChosen' : 'importHeaderRowDetected')})
        </span>
        <p id={`${id}-header-row-hint`} className="import-hint">
          {t('importHeaderRowHint')}
        </p>
        <details className="import-top" open={preview.headerRowNumber > 1 || props.headerChosen}>
          <summary>{t('importFileTopTitle')}</summary>
          <div className="table-scroll">
            <table className="data-table import-top-rows">
              <tbody>
                {topShown.map((row) => {
                  const isHeader = row.rowNumber === preview.headerRowNumber;
                  return (
                    <tr
                      key={row.rowNumber}
                      data-row={row.rowNumber}
                      className={isHeader ? 'import-top-header' : undefined}
                      onClick={() => props.onHeaderRow(row.rowNumber)}
                    >
                      <th scope="row" className="numeric">
                        <button
                          type="button"
                          className="button-link"
                          aria-pressed={isHeader}
                          aria-label={t('importHeaderRowUse', { row: row.rowNumber })}
                          onClick={(e) => {
                            e.stopPropagation();
                            props.onHeaderRow(row.rowNumber);
                          }}
                        >
                          {row.rowNumber}
                        </button>
                      </th>
                      {Array.from({ length: topWidth }, (_, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                        <td key={i} className="user-text">
                          {clipText(row.cells[i] ?? '', 60)}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </details>
      </div>

      <div className="import-dataset">
        <label htmlFor={`${id}-dataset`} className="import-dataset-label">
          {t('importDatasetLabel')}
        </label>
        <select
          id={`${id}-dataset`}
          value={dataset}
          onChange={(e) => props.onDataset(e.target.value as DatasetId)}
        >
          {DATASET_IDS.map((d) => (
            <option key={d} value={d}>
              {t(DATASET_LABEL[d])}
            </option>
          ))}
        </select>
        {guessed && (
          <span className="import-hint">
            {t('importDatasetGuessed', { dataset: t(DATASET_LABEL[guessed]) })}
          </span>
        )}
      </div>
      {remembered && <p className="import-note">{t('importRememberedMapping')}</p>}

      {byYear && (
        <div className="import-layout">
          <label htmlFor={`${id}-layout`} className="import-dataset-label">
            {t('importLayoutLabel')}
          </label>{' '}
          <select
            id={`${id}-layout`}
            value={layoutValue}
            onChange={(e) => props.onLayout(e.target.value as Layout | 'byYear')}
          >
            <option value="63">{t('importLayout63')}</option>
            <option value="34">{t('importLayout34')}</option>
            <option value="byYear">{t('importLayoutByYear')}</option>
          </select>
          {layoutGuess && props.layoutChoice === undefined && (
            <span className="import-hint">
              {' '}
              {t(LAYOUT_REASON[layoutGuess.reason], { unit: layoutGuess.unit ?? '' })}
            </span>
          )}
          <p className="import-hint">{t('importLayoutHint')}</p>
        </div>
      )}

      {dateCells.length > 0 && (
        <div className="import-layout" data-date-order={dateOrder}>
          <label htmlFor={`${id}-date-order`} className="import-dataset-label">
            {t('importDateOrderLabel')}
          </label>{' '}
          <select
            id={`${id}-date-order`}
            value={dateOrder}
            onChange={(e) => props.onDateOrder(e.target.value as DateOrder)}
          >
            <option value="dmy">{t('importDateOrderDmy')}</option>
            <option value="mdy">{t('importDateOrderMdy')}</option>
          </select>
          {props.dateOrderChoice === undefined && dateOrderGuess === 'mdy' && monthFirstExample && (
            <span className="import-hint">
              {' '}
              {t('importDateOrderGuessed', { example: previewText(monthFirstExample) })}
            </span>
          )}
        </div>
      )}

      <table className="data-table import-mapping-table">
        <caption className="visually-hidden">{t('importMappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('importMappingTarget')}</th>
            <th scope="col">{t('importMappingSource')}</th>
          </tr>
        </thead>
        <tbody>
          {DATASETS[dataset].columns.map((column) => {
            const selectId = `${id}-col-${column.name}`;
            const index = mapping[column.name];
            const unfilled = column.required && index === undefined && !props.fileValues[column.name];
            // A province's own list often has no province column, a decision's annex no year (it is in
            // the decision line) and a five-star list no star column: one value for every row.
            const oneForAll =
              column.required && index === undefined
                ? oneForAllChoices(column.kind, preview.titles)
                : undefined;
            return (
              <tr
                key={column.name}
                data-column={column.name}
                className={unfilled ? 'import-missing' : undefined}
              >
                <th scope="row">
                  <label htmlFor={selectId}>{columnLabel(column.name)}</label>{' '}
                  <span className={column.required ? 'import-required' : 'import-optional'}>
                    {t(column.required ? 'importRequired' : 'importOptional')}
                  </span>
                </th>
                <td>
                  <select
                    id={selectId}
                    value={index === undefined ? '' : String(index)}
                    onChange={(e) =>
                      props.onColumn(column.name, e.target.value === '' ? undefined : Number(e.target.value))
                    }
                  >
                    <option value="">{t('importNotMapped')}</option>
                    {preview.header.map((header, i) =>
                      header.trim() === '' ? null : (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a header's position is its identity
                        <option key={i} value={String(i)}>
                          {previewText(header)}
                        </option>
                      ),
                    )}
                  </select>
                  {oneForAll && (
                    <OneForAll
                      id={`${selectId}-all`}
                      label={t(oneForAll.label)}
                      value={props.fileValues[column.name] ?? ''}
                      fromTitle={oneForAll.fromTitle}
                      all={oneForAll.all}
                      allLabel={t(oneForAll.allLabel)}
                      onChange={(value) => props.onFileValue(column.name, value)}
                    />
                  )}
                  {column.name === 'year' && yearFromDate !== undefined && (
                    <span className="import-year-from-date" data-year-from-date={yearFromDate}>
                      {' '}
                      {columnLabel('year')} ← {previewText(yearFromDate)} ({t('importYearFromDate')})
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {missing.length > 0 && (
        <p className="import-error" role="alert">
          {t('importMissingRequired', { columns: missing.map(columnLabel).join(', ') })}
        </p>
      )}
      {evaluation.unmappedHeaders.length > 0 && (
        <p className="import-hint">
          {t('importUnusedHeaders', { headers: evaluation.unmappedHeaders.map(isolateBidi).join(', ') })}
        </p>
      )}

      <h5>{t('importPreviewTitle', { count: preview.rows.length })}</h5>
      <DataTable
        columns={[
          {
            id: 'row',
            header: t('importPreviewRow'),
            numeric: true,
            value: (row: PreviewRow) => row.rowNumber,
            cell: (row: PreviewRow) => row.rowNumber,
          },
          ...preview.header.map(
            (header, i): DataColumn<PreviewRow> => ({
              id: String(i),
              header: previewText(header),
              className: mappedTo.has(i) ? 'user-text' : 'user-text import-unused',
              value: (row) => previewText(row.cells[i] ?? ''),
              headerExtra: (
                <span className={mappedTo.has(i) ? 'import-mapped-to' : 'import-unused'}>
                  {mappedTo.has(i) ? `→ ${columnLabel(mappedTo.get(i) ?? '')}` : '—'}
                </span>
              ),
            }),
          ),
        ]}
        rows={preview.rows}
        rowKey={previewRowKey}
        label={t('importPreviewTitle', { count: preview.rows.length })}
        className="import-preview"
      />

      <div className="import-actions">
        <button
          type="button"
          className="button-primary"
          disabled={missing.length > 0}
          onClick={props.onCheck}
        >
          {t('importCheckFile')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
