import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { formatFileSize } from '../upload/importLimits';
import { fileNameOf } from './manifest';
import type { OpenedDataset } from './openDataset';
import type { RemoteProblem, RemoteProblemCode } from './remoteProblem';
import type { OpenedDatasetState } from './useOpenedDataset';

const PROBLEM_KEYS: Readonly<Record<RemoteProblemCode, MessageKey>> = {
  badUrl: 'remoteProblemBadUrl',
  originNotAllowed: 'remoteProblemOriginNotAllowed',
  unreachable: 'remoteProblemUnreachable',
  cors: 'remoteProblemCors',
  notFound: 'remoteProblemNotFound',
  httpStatus: 'remoteProblemHttpStatus',
  tooLarge: 'remoteProblemTooLarge',
  notParquet: 'remoteProblemNotParquet',
  notManifest: 'remoteProblemNotManifest',
  missingFile: 'remoteProblemMissingFile',
  unknownDataset: 'remoteProblemUnknownDataset',
  wrongColumns: 'remoteProblemWrongColumns',
  tooManyRows: 'remoteProblemTooManyRows',
  badRows: 'remoteProblemBadRows',
  failed: 'remoteProblemFailed',
};

const hostOf = (url: string): string => {
  try {
    return new URL(url, window.location.href).host;
  } catch {
    return url;
  }
};

function ProblemText({ problem }: { problem: RemoteProblem }) {
  const { t, lang } = useI18n();
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(problem)) if (typeof value === 'string') params[key] = value;
  if (problem.code === 'httpStatus') params.status = String(problem.status);
  if (problem.code === 'tooLarge') {
    params.size = formatFileSize(lang, problem.bytes);
    params.limit = formatFileSize(lang, problem.limit);
  }
  if (problem.code === 'tooManyRows') {
    params.rows = formatNumber(lang, problem.rows);
    params.limit = formatNumber(lang, problem.limit);
  }
  if (problem.code === 'wrongColumns') params.columns = problem.missing.join(', ');
  return <>{t(PROBLEM_KEYS[problem.code], params)}</>;
}

function OpenedSummary({ dataset }: { dataset: OpenedDataset }) {
  const { t, lang } = useI18n();
  const { manifest } = dataset;
  const rows = dataset.files.reduce((n, f) => n + f.fileRows, 0);
  const dataDate = manifest?.dataDate ? new Date(`${manifest.dataDate}T00:00:00`) : null;
  return (
    <>
      <p className="opened-dataset-line">
        <strong>{t('remoteOpenLabel')}:</strong> {manifest?.title ? <cite>{manifest.title}</cite> : null}{' '}
        <span className="opened-dataset-url">{t('remoteFrom', { url: dataset.url })}</span>
        {dataDate && <> · {t('remoteDataDate', { date: formatDate(lang, dataDate) })}</>}
        {' · '}
        {t('remoteRows', { rows: formatNumber(lang, rows) })}
      </p>
      {dataset.files
        .filter((f) => f.summarised)
        .map((f) => (
          <p key={f.url} className="opened-dataset-note">
            {t('remoteSummarised', {
              file: fileNameOf(f.url),
              rows: formatNumber(lang, f.fileRows),
              kept: formatNumber(lang, f.rowCount),
            })}
          </p>
        ))}
      {dataset.files
        .filter((f) => f.rejectedRows > 0)
        .map((f) => (
          <p key={`${f.url}-rejected`} className="opened-dataset-note">
            {t('remoteRejectedRows', { file: fileNameOf(f.url), rows: formatNumber(lang, f.rejectedRows) })}
          </p>
        ))}
      {dataset.files
        .filter((f) => f.format === 'parquet' && !f.transfer.ranges)
        .map((f) => (
          <p key={f.url} className="opened-dataset-note">
            {t('remoteWholeDownload', {
              host: hostOf(f.url),
              size: formatFileSize(lang, f.transfer.byteLength),
            })}
          </p>
        ))}
    </>
  );
}

/**
 * Which dataset is open, from where and of what date, on every page while the address names one
 * (`[data-opened-dataset]`, its `data-state`: loading, open or failed; a failure's `data-problem`).
 */
export default function OpenedDatasetBar({
  state,
  onClose,
}: {
  state: OpenedDatasetState;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  if (state.status === 'none') return null;
  const closeButton = (
    <button type="button" className="opened-dataset-close" onClick={onClose}>
      {t('remoteClose')}
    </button>
  );
  if (state.status === 'loading') {
    const { progress } = state;
    return (
      <section className="opened-dataset" data-opened-dataset="" data-state="loading" aria-live="polite">
        <p role="status">
          {t('remoteOpening', { host: hostOf(state.url) })}
          {progress && progress.fileRows > 0 && (
            <>
              {' '}
              {t('remoteOpeningFile', {
                file: String(progress.fileIndex + 1),
                files: String(progress.files),
                rows: formatNumber(lang, progress.rowsRead),
                total: formatNumber(lang, progress.fileRows),
              })}
            </>
          )}
        </p>
        {progress && progress.fileRows > 0 && (
          <progress
            max={progress.fileRows}
            value={progress.rowsRead}
            aria-label={t('remoteOpening', { host: hostOf(state.url) })}
          />
        )}
      </section>
    );
  }
  if (state.status === 'open')
    return (
      <section className="opened-dataset" data-opened-dataset="" data-state="open">
        <OpenedSummary dataset={state.dataset} />
        {closeButton}
      </section>
    );
  return (
    <section className="opened-dataset opened-dataset-failed" data-opened-dataset="" data-state="failed">
      <div role="alert" data-problem={state.problem.code}>
        <p>
          <strong>{t('remoteFailedTitle')}.</strong> <ProblemText problem={state.problem} />
        </p>
        <p>{t('remoteKeptData')}</p>
      </div>
      {state.kept && <OpenedSummary dataset={state.kept} />}
      {closeButton}
    </section>
  );
}
