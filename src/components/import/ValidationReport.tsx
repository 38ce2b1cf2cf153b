import { useMemo } from 'react';
import { clipText, isolateBidi } from '../../charts/escapeHtml';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadText } from '../../import/downloadText';
import { reportCsv, reportLines, rowRanges, SKIP_LABEL } from '../../import/validationReport';
import { DETAIL_LIMIT, type StreamedIngest } from '../../ingest/ingestCsvStream';
import { fileNamePart } from '../csvExport';

// Rejected cells listed on the page; the downloaded report has all of them (up to DETAIL_LIMIT).
const SHOWN_REJECTIONS = 100;
// Characters of a rejected value or a column name shown; the downloaded report has them whole.
const SHOWN_TEXT = 200;

/** Step 2: what reading the whole file gave, before the user decides to load it. */
export function ValidationReport({ fileName, result }: { fileName: string; result: StreamedIngest }) {
  const { t, num, lang } = useI18n();
  const lines = useMemo(() => reportLines(result, lang), [result, lang]);
  const rejections = lines.filter((l) => l.outcome === 'rejected');
  const skippedTotal = Object.values(result.skippedCount).reduce((a, b) => a + b, 0);
  const figures = [
    ['read', 'importRowsRead', result.dataRowCount],
    ['load', 'importRowsToLoad', result.rowCount],
    ['skipped', 'importRowsSkipped', skippedTotal],
    ['rejected', 'importRowsRejected', result.rejectedRowCount],
  ] as const;

  const download = () => {
    const base = fileNamePart(fileName.replace(/\.[^.]*$/, ''));
    downloadText(`${t('importReportFileName')}-${base}.csv`, reportCsv(lines, lang));
  };

  return (
    <div className="import-report">
      <h4>{t('importReportTitle', { file: isolateBidi(fileName) })}</h4>
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

      {rejections.length > 0 && (
        <>
          <h5>{t('importRejectedTitle')}</h5>
          <div className="table-scroll">
            <table className="data-table import-rejected">
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('importColRow')}
                  </th>
                  <th scope="col">{t('importColColumn')}</th>
                  <th scope="col">{t('importColValue')}</th>
                  <th scope="col">{t('importColReason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejections.slice(0, SHOWN_REJECTIONS).map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row can have several rejected cells
                  <tr key={i} data-row={line.rowNumber}>
                    <td className="numeric">{line.rowNumber}</td>
                    <td className="user-text">{clipText(line.column, SHOWN_TEXT)}</td>
                    <td className="import-value">{clipText(line.value, SHOWN_TEXT)}</td>
                    <td>{line.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rejections.length > SHOWN_REJECTIONS && (
            <p className="import-hint">
              {t('importRejectedShown', {
                shown: num(SHOWN_REJECTIONS),
                total: num(result.rejectedCellCount),
              })}
            </p>
          )}
          {result.rejectedCellCount > DETAIL_LIMIT && (
            <p className="import-hint">
              {t('importDetailLimit', { total: num(result.rejectedCellCount), limit: num(DETAIL_LIMIT) })}
            </p>
          )}
        </>
      )}
      {lines.length > 0 && (
        <p>
          <button type="button" className="button-link" onClick={download}>
            {t('importDownloadReport')}
          </button>
        </p>
      )}
    </div>
  );
}
