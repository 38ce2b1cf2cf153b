import { useState } from 'react';
import { useDatabase } from '../components/DatabaseProvider';
import { ConfirmButton } from '../components/import/ConfirmButton';
import { ImportPanel } from '../components/import/ImportPanel';
import { useQueryResult } from '../components/useQueryResult';
import type { Database } from '../db/database';
import { listLoads } from '../db/dataLoads';
import { DATASET_LABEL } from '../i18n/datasetLabels';
import { useI18n } from '../i18n/I18nProvider';
import { clearUploadedData, removeUploads } from '../import/uploadedData';
import { lastRestoreFailures } from '../import/uploadStore';

/** What data the dashboard is using, file by file, and the way to load one's own. */
export default function DataWorkspaceView({ db }: { db: Database }) {
  const { t, num, date } = useI18n();
  const { dataVersion, notifyDataChanged } = useDatabase();
  const loads = useQueryResult(db, listLoads, [dataVersion]);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const allLoads = loads.status === 'ready' ? loads.data : [];
  const uploaded = allLoads.filter((l) => l.origin === 'uploaded').map((l) => l.loadId);
  const restoreFailures = lastRestoreFailures();

  const change = (work: Promise<void>) =>
    work.then(
      () => {
        setActionError(undefined);
        notifyDataChanged();
      },
      (error: unknown) => setActionError(error instanceof Error ? error.message : String(error)),
    );

  return (
    <div className="data-view">
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('dataTitle')}</h2>
        <p>{t('dataIntro')}</p>
        {restoreFailures > 0 && (
          <p className="import-error" role="alert">
            {t('dataRestoreFailed', { count: num(restoreFailures) })}
          </p>
        )}
        {loads.status === 'ready' && (
          <div className="table-scroll">
            <table className="data-table data-loads">
              <thead>
                <tr>
                  <th scope="col">{t('dataColumnDataset')}</th>
                  <th scope="col">{t('dataColumnFile')}</th>
                  <th scope="col">{t('dataColumnOrigin')}</th>
                  <th scope="col" className="numeric">
                    {t('dataColumnRows')}
                  </th>
                  <th scope="col">{t('dataColumnLoadedAt')}</th>
                  <th scope="col">{t('dataColumnStatus')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('dataRemove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {loads.data.map((load) => (
                  <tr
                    key={load.loadId}
                    data-load={load.loadId}
                    data-origin={load.origin}
                    className={load.hidden ? 'load-hidden' : undefined}
                  >
                    <td>{t(DATASET_LABEL[load.dataset])}</td>
                    <td>{load.fileName}</td>
                    <td>{t(load.origin === 'bundled' ? 'dataOriginBundled' : 'dataOriginUploaded')}</td>
                    <td className="numeric">{num(load.rowCount)}</td>
                    <td>{date(new Date(load.loadedAt))}</td>
                    <td>
                      {load.hidden ? (
                        <span className="badge badge-hidden">{t('dataStatusHidden')}</span>
                      ) : (
                        t('dataStatusInUse')
                      )}
                    </td>
                    <td>
                      {load.origin === 'uploaded' && (
                        <ConfirmButton
                          label={t('dataRemove')}
                          question={t('dataRemoveConfirm', { file: load.fileName })}
                          onConfirm={() => change(removeUploads(db, [load.loadId]))}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {loads.status === 'error' && <p role="alert">{loads.message}</p>}
        {actionError && (
          <p className="import-error" role="alert">
            {t('dataActionFailed', { detail: actionError })}
          </p>
        )}
        {(uploaded.length > 0 || restoreFailures > 0) && (
          <div className="import-actions">
            <ConfirmButton
              className="button-danger"
              label={t('dataClearUploads')}
              question={t('dataClearConfirm', { count: num(uploaded.length) })}
              onConfirm={() => change(clearUploadedData(db, uploaded))}
            />
          </div>
        )}
      </section>
      <ImportPanel db={db} loads={allLoads} />
    </div>
  );
}
