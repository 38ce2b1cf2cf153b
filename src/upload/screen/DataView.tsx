import { useState } from 'react';
import { useDatabase } from '../../components/DatabaseProvider';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { useQueryResult } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { type ListedLoad, listLoads } from '../../db/dataLoads';
import { DATASET_LABEL } from '../../i18n/datasetLabels';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { clearUploadedData, removeUploads } from '../uploadedData';
import { lastRestoreFailures } from '../uploadStore';
import { ConfirmButton } from './ConfirmButton';
import { ImportPanel } from './ImportPanel';
import { PublishPanel } from './PublishPanel';

const loadKey = (load: ListedLoad) => load.loadId;

const ORIGIN_LABELS: Readonly<Record<ListedLoad['origin'], MessageKey>> = {
  bundled: 'dataOriginBundled',
  uploaded: 'dataOriginUploaded',
  published: 'dataOriginPublished',
};

/** What data the dashboard is using, file by file, and the way to load one's own. */
export default function DataWorkspaceView({ db }: { db: Database }) {
  const { t, num, date } = useI18n();
  const { dataVersion, notifyDataChanged, uploadsSettled } = useDatabase();
  // The list waits for the user's stored uploads to be back (just after start-up): an answer asked
  // before that is not shown. Later answers stay on screen while the next one loads.
  const loads = useQueryResult(
    db,
    async (d) => ({ afterRestore: uploadsSettled, rows: await listLoads(d) }),
    [dataVersion, uploadsSettled],
  );
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const current = loads.status === 'ready' && loads.data.afterRestore ? loads.data.rows : null;
  const allLoads = current ?? [];
  const uploaded = allLoads.filter((l) => l.origin === 'uploaded').map((l) => l.loadId);
  const restoreFailures = lastRestoreFailures();

  // Why a load is hidden: a dataset opened by URL hides everything else of its datasets (db/dataLoads.ts).
  const published = new Set(allLoads.filter((l) => l.origin === 'published').map((l) => l.dataset));
  const hiddenKey = (l: ListedLoad): MessageKey =>
    published.has(l.dataset) ? 'dataStatusHiddenByPublished' : 'dataStatusHidden';
  // Built each render: the remove button's action closes over this render's state.
  const columns: DataColumn<ListedLoad>[] = [
    { id: 'dataset', header: t('dataColumnDataset'), value: (l) => t(DATASET_LABEL[l.dataset]) },
    { id: 'file', header: t('dataColumnFile'), value: (l) => l.fileName },
    {
      id: 'origin',
      header: t('dataColumnOrigin'),
      value: (l) => t(ORIGIN_LABELS[l.origin]),
    },
    { id: 'rows', header: t('dataColumnRows'), value: (l) => l.rowCount, numeric: true },
    {
      id: 'loadedAt',
      header: t('dataColumnLoadedAt'),
      value: (l) => date(new Date(l.loadedAt)),
      sortValue: (l) => new Date(l.loadedAt).getTime(),
    },
    {
      id: 'status',
      header: t('dataColumnStatus'),
      value: (l) => t(l.hidden ? hiddenKey(l) : 'dataStatusInUse'),
      cell: (l) =>
        l.hidden ? <span className="badge badge-hidden">{t(hiddenKey(l))}</span> : t('dataStatusInUse'),
    },
    {
      id: 'remove',
      header: t('dataRemove'),
      headerHidden: true,
      sortable: false,
      csv: false,
      value: () => null,
      cell: (l) =>
        l.origin === 'uploaded' && (
          <ConfirmButton
            label={t('dataRemove')}
            question={t('dataRemoveConfirm', { file: l.fileName })}
            onConfirm={() => change(removeUploads(db, [l.loadId]))}
          />
        ),
    },
  ];

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
        {current && (
          <DataTable
            columns={columns}
            rows={current}
            rowKey={loadKey}
            label={t('dataTitle')}
            className="data-loads"
            rowAttributes={(load) => ({
              'data-load': load.loadId,
              'data-origin': load.origin,
              className: load.hidden ? 'load-hidden' : undefined,
            })}
          />
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
      <PublishPanel db={db} />
    </div>
  );
}
