import { isolateBidi } from '../../charts/escapeHtml';
import type { ListedLoad } from '../../db/dataLoads';
import { DATASET_LABEL } from '../../i18n/datasetLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { DatasetId } from '../../model/datasets';

interface LoadActionsProps {
  readonly dataset: DatasetId;
  readonly rowCount: number;
  /** Every load in the dashboard now: earlier uploads of the dataset raise the replace-or-add question. */
  readonly loads: readonly ListedLoad[];
  readonly busy: boolean;
  readonly error?: string;
  readonly fileName: string;
  readonly onLoad: (replaces: readonly string[]) => void;
  readonly onCancel: () => void;
}

/** The user's choice after the report: load the valid rows (replacing earlier uploads or not), or cancel. */
export function LoadActions({
  dataset,
  rowCount,
  loads,
  busy,
  error,
  fileName,
  onLoad,
  onCancel,
}: LoadActionsProps) {
  const { t, num } = useI18n();
  const datasetName = t(DATASET_LABEL[dataset]);
  const earlier = loads.filter((l) => l.dataset === dataset && l.origin === 'uploaded').map((l) => l.loadId);
  const illustrativeShown = loads.some((l) => l.dataset === dataset && l.illustrative && !l.hidden);
  return (
    <div className="import-choice">
      {error && (
        <p className="import-error" role="alert">
          {t('importLoadFailed', { file: isolateBidi(fileName), detail: error })}
        </p>
      )}
      {rowCount === 0 ? (
        <p className="import-error">{t('importNothingToLoad')}</p>
      ) : (
        <>
          {illustrativeShown && (
            <p className="import-note">{t('importIllustrativeNote', { dataset: datasetName })}</p>
          )}
          {earlier.length > 0 && (
            <p className="import-question">
              {t('importReplaceQuestion', { count: num(earlier.length), dataset: datasetName })}
            </p>
          )}
        </>
      )}
      <div className="import-actions">
        {rowCount > 0 && earlier.length > 0 && (
          <>
            <button type="button" className="button-primary" disabled={busy} onClick={() => onLoad(earlier)}>
              {t('importReplace')}
            </button>
            <button type="button" className="button-primary" disabled={busy} onClick={() => onLoad([])}>
              {t('importAdd')}
            </button>
          </>
        )}
        {rowCount > 0 && earlier.length === 0 && (
          <button type="button" className="button-primary" disabled={busy} onClick={() => onLoad([])}>
            {t('importLoadValid', { count: num(rowCount) })}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
      {busy && <p role="status">{t('importLoading')}</p>}
    </div>
  );
}
