import { useMemo } from 'react';
import { clipText, isolateBidi } from '../../charts/escapeHtml';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { download, fileNamePart } from '../../components/download';
import { COLUMN_LABEL } from '../../i18n/datasetLabels';
import { useI18n } from '../../i18n/I18nProvider';
import { DETAIL_LIMIT, type StreamedIngest, type UnknownValue } from '../../ingest/ingestCsvStream';
import {
  CHOICE_LISTS,
  closestProvinceNames,
  PROVINCE_NAMES,
  type ValueKind,
  type ValueMap,
} from '../../ingest/valueMap';
import { nameKey } from '../../model/nameKey';
import {
  type ReportLine,
  reportCsv,
  reportLines,
  reportNotes,
  rowRanges,
  SKIP_LABEL,
} from '../validationReport';

// Distinct unknown values listed for mapping; the rest are in the downloaded report's rows.
const SHOWN_UNKNOWN = 50;

interface ValueMapping {
  readonly valueMap: ValueMap;
  readonly onMapValue: (kind: ValueKind, key: string, target: string | undefined) => void;
  readonly onRecheck: () => void;
}

/** The values no list knows, once each, with a choice of what to read them as. */
function UnknownValues({
  result,
  valueMap,
  onMapValue,
  onRecheck,
}: { readonly result: Omit<StreamedIngest, 'csvText'> } & ValueMapping) {
  const { t, num, lang } = useI18n();
  const columnName = (column: string): string => {
    const index = result.guess.mapping[column];
    const header = index === undefined ? undefined : result.header[index];
    const key = COLUMN_LABEL[column];
    return header || (key ? t(key) : column);
  };
  const options = (value: UnknownValue) => {
    if (value.kind !== 'province') {
      return CHOICE_LISTS[value.kind].map((c) => (
        <option key={c.id} value={c.id}>
          {c[lang]}
        </option>
      ));
    }
    const closest = closestProvinceNames(value.value);
    return (
      <>
        <optgroup label={t('importUnknownSuggested')}>
          {closest.map((name) => (
            <option key={`near-${name}`} value={name}>
              {name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('importUnknownAll')}>
          {PROVINCE_NAMES.filter((name) => !closest.includes(name)).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </optgroup>
      </>
    );
  };
  const shown = result.unknownValues.slice(0, SHOWN_UNKNOWN);
  return (
    <section className="import-unknown" aria-labelledby="import-unknown-title">
      <h5 id="import-unknown-title">{t('importUnknownTitle')}</h5>
      <p className="import-hint">{t('importUnknownIntro')}</p>
      <div className="table-scroll">
        <table className="data-table import-unknown-values">
          <thead>
            <tr>
              <th scope="col">{t('importUnknownColumn')}</th>
              <th scope="col">{t('importUnknownValue')}</th>
              <th scope="col" className="numeric">
                {t('importUnknownRows')}
              </th>
              <th scope="col">{t('importUnknownFirstRows')}</th>
              <th scope="col">{t('importUnknownMapTo')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((value) => {
              const key = nameKey(value.value);
              const selectId = `unknown-${value.column}-${key}`;
              return (
                <tr key={`${value.column}\u0000${key}`} data-unknown={value.value} data-column={value.column}>
                  <td className="user-text">{clipText(columnName(value.column), SHOWN_TEXT)}</td>
                  <th scope="row" className="import-value">
                    <label htmlFor={selectId}>{clipText(value.value, SHOWN_TEXT)}</label>
                  </th>
                  <td className="numeric">{num(value.rowCount)}</td>
                  <td>
                    {rowRanges(value.firstRows)}
                    {value.rowCount > value.firstRows.length ? '…' : ''}
                  </td>
                  <td>
                    <select
                      id={selectId}
                      value={valueMap[value.kind]?.[key] ?? ''}
                      onChange={(e) => onMapValue(value.kind, key, e.target.value || undefined)}
                    >
                      <option value="">{t('importUnknownLeave')}</option>
                      {options(value)}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {result.unknownValues.length > shown.length && (
        <p className="import-hint">
          {t('importUnknownMore', { count: num(result.unknownValues.length - shown.length) })}
        </p>
      )}
      <p>
        <button type="button" onClick={onRecheck}>
          {t('importUnknownApply')}
        </button>
      </p>
    </section>
  );
}

/** A rejected cell's line in the list (a row can have several rejected cells, each its own line). */
const rejectionKey = (line: ReportLine, index: number) => `${line.rowNumber}:${line.column}:${index}`;

// Characters of a rejected value or a column name shown; the downloaded report has them whole.
const SHOWN_TEXT = 200;

/** Step 2: what reading the whole file gave, before the user decides to load it. */
export function ValidationReport({
  fileName,
  result,
  ...mapping
}: { readonly fileName: string; readonly result: Omit<StreamedIngest, 'csvText'> } & Partial<ValueMapping>) {
  const { t, num, lang } = useI18n();
  const lines = useMemo(() => reportLines(result, lang), [result, lang]);
  const notes = useMemo(() => reportNotes(result, lang), [result, lang]);
  // Every rejected cell the check kept (up to DETAIL_LIMIT), virtualised; the downloaded report has them too.
  const rejections = useMemo(() => lines.filter((l) => l.outcome === 'rejected'), [lines]);
  const rejectedColumns = useMemo<DataColumn<ReportLine>[]>(
    () => [
      {
        id: 'row',
        header: t('importColRow'),
        value: (l) => l.rowNumber,
        numeric: true,
        cell: (l) => l.rowNumber,
      },
      {
        id: 'column',
        header: t('importColColumn'),
        value: (l) => l.column,
        cell: (l) => clipText(l.column, SHOWN_TEXT),
        className: 'user-text',
      },
      {
        id: 'value',
        header: t('importColValue'),
        value: (l) => l.value,
        cell: (l) => clipText(l.value, SHOWN_TEXT),
        className: 'import-value',
      },
      { id: 'reason', header: t('importColReason'), value: (l) => l.reason },
    ],
    [t],
  );
  const skippedTotal = Object.values(result.skippedCount).reduce((a, b) => a + b, 0);
  const figures = [
    ['read', 'importRowsRead', result.dataRowCount],
    ['load', 'importRowsToLoad', result.rowCount],
    ['skipped', 'importRowsSkipped', skippedTotal],
    ['rejected', 'importRowsRejected', result.rejectedRowCount],
  ] as const;

  const downloadReport = () => {
    const base = fileNamePart(fileName.replace(/\.[^.]*$/, ''));
    download(`${t('importReportFileName')}-${base}.csv`, reportCsv(lines, lang, notes));
  };

  return (
    <div className="import-report">
      <h4>{t('importReportTitle', { file: isolateBidi(fileName) })}</h4>
      <ul className="import-read-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <div role="status" className="import-summary">
        <dl className="import-figures">
          {figures.map(([id, label, value]) => (
            <div key={id} className={`import-figure import-figure-${id}`} data-figure={id} data-value={value}>
              <dt>{t(label)}</dt>
              <dd>{num(value)}</dd>
            </div>
          ))}
        </dl>
        {(['title', 'subheader', 'total', 'note', 'blank'] as const).map((reason) => {
          const rows = result.skipped.filter((s) => s.reason === reason).map((s) => s.rowNumber);
          return rows.length === 0 ? null : (
            <p key={reason} className="import-skipped" data-skipped={reason}>
              {t('importSkippedList', { kind: t(SKIP_LABEL[reason]), rows: rowRanges(rows) })}
            </p>
          );
        })}
        {result.mergedProvinceCount > 0 && (
          <p className="import-note">{t('importMergedNote', { count: num(result.mergedProvinceCount) })}</p>
        )}
      </div>

      {result.unknownValues.length > 0 && mapping.valueMap && mapping.onMapValue && mapping.onRecheck && (
        <UnknownValues
          result={result}
          valueMap={mapping.valueMap}
          onMapValue={mapping.onMapValue}
          onRecheck={mapping.onRecheck}
        />
      )}

      {rejections.length > 0 && (
        <>
          <h5>{t('importRejectedTitle')}</h5>
          <DataTable
            columns={rejectedColumns}
            rows={rejections}
            rowKey={rejectionKey}
            label={t('importRejectedTitle')}
            className="import-rejected"
            rowAttributes={(line) => ({ 'data-row': String(line.rowNumber) })}
          />
          {result.rejectedCellCount > DETAIL_LIMIT && (
            <p className="import-hint">
              {t('importDetailLimit', { total: num(result.rejectedCellCount), limit: num(DETAIL_LIMIT) })}
            </p>
          )}
        </>
      )}
      {lines.length > 0 && (
        <p>
          <button type="button" className="button-link" onClick={downloadReport}>
            {t('importDownloadReport')}
          </button>
        </p>
      )}
    </div>
  );
}
