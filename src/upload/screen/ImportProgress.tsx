import { useId } from 'react';
import { isolateBidi } from '../../charts/escapeHtml';
import { formatPercent } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { IngestProgress } from '../../ingest/ingestCsvStream';

const MB = 1_000_000;

/** How far the worker has read the file, with the way out. */
export function ImportProgress({
  fileName,
  fileSize,
  progress,
  onCancel,
}: {
  readonly fileName: string;
  readonly fileSize: number;
  readonly progress: IngestProgress | undefined;
  readonly onCancel: () => void;
}) {
  const { t, num, lang } = useI18n();
  const labelId = useId();
  const total = progress?.totalBytes ?? fileSize;
  const percent = total > 0 ? Math.round(((progress?.bytesRead ?? 0) / total) * 100) : 0;
  return (
    <div className="import-progress">
      <p id={labelId} className="import-progress-label">
        {t('importProgressLabel', { file: isolateBidi(fileName) })}
      </p>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress-text">
        {formatPercent(lang, percent / 100)} ·{' '}
        {t('importProgressText', {
          read: num((progress?.bytesRead ?? 0) / MB, 1),
          total: num(total / MB, 1),
          rows: num(progress?.rowsRead ?? 0),
        })}
      </p>
      <div className="import-actions">
        <button type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
