import { useId } from 'react';
import { clipText, isolateBidi } from '../../charts/escapeHtml';
import { COLUMN_LABEL, DATASET_LABEL } from '../../i18n/datasetLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { TextEncodingName } from '../../ingest/decodeText';
import type { CsvPreview } from '../../ingest/ingestCsvStream';
import { evaluateMapping, type HeaderMapping } from '../../ingest/mapHeaders';
import type { Delimiter } from '../../ingest/readCsv';
import { DATASET_IDS, DATASETS, type DatasetId } from '../../model/datasets';

/**
 * A glimpse of a header or a cell: 5,000 characters would make a row pages tall or a list pages wide.
 * The check reads all of it.
 */
const previewText = (cell: string) => clipText(cell, 200);

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

interface MappingFormProps {
  readonly fileName: string;
  readonly preview: CsvPreview;
  readonly dataset: DatasetId;
  readonly mapping: HeaderMapping;
  readonly remembered: boolean;
  /** What the file was read as, when not a CSV's encoding and separator (a workbook's sheet). */
  readonly facts?: string;
  readonly onDataset: (dataset: DatasetId) => void;
  readonly onColumn: (column: string, index: number | undefined) => void;
  readonly onCheck: () => void;
  readonly onCancel: () => void;
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
  const guessed = preview.guesses[0]?.dataset;
  const mappedTo = new Map(Object.entries(mapping).map(([column, index]) => [index, column]));

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
            const missing = column.required && index === undefined;
            return (
              <tr
                key={column.name}
                data-column={column.name}
                className={missing ? 'import-missing' : undefined}
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {evaluation.missingRequired.length > 0 && (
        <p className="import-error" role="alert">
          {t('importMissingRequired', { columns: evaluation.missingRequired.map(columnLabel).join(', ') })}
        </p>
      )}
      {evaluation.unmappedHeaders.length > 0 && (
        <p className="import-hint">
          {t('importUnusedHeaders', { headers: evaluation.unmappedHeaders.map(isolateBidi).join(', ') })}
        </p>
      )}

      <h5>{t('importPreviewTitle', { count: preview.rows.length })}</h5>
      <div className="table-scroll">
        <table className="data-table import-preview">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('importPreviewRow')}
              </th>
              {preview.header.map((header, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a header's position is its identity
                <th key={i} scope="col" className="user-text">
                  {previewText(header)}
                  <span className={mappedTo.has(i) ? 'import-mapped-to' : 'import-unused'}>
                    {mappedTo.has(i) ? `→ ${columnLabel(mappedTo.get(i) ?? '')}` : '—'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.rowNumber}>
                <td className="numeric">{row.rowNumber}</td>
                {preview.header.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={i} className={mappedTo.has(i) ? 'user-text' : 'user-text import-unused'}>
                    {previewText(row.cells[i] ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="import-actions">
        <button
          type="button"
          className="button-primary"
          disabled={evaluation.missingRequired.length > 0}
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
