import { useDatabase } from '../db/DatabaseProvider';
import type { Database } from '../db/database';
import { listLoads } from '../db/dataLoads';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { DatasetId } from '../model/datasets';
import { useQueryResult } from './useQueryResult';

export const DATASET_LABEL: Readonly<Record<DatasetId, MessageKey>> = {
  ocop_products: 'datasetOcopProducts',
  mous: 'datasetMous',
  distribution: 'datasetDistribution',
  events: 'datasetEvents',
  targets: 'datasetTargets',
};

/** What data the dashboard is using, file by file. */
export default function DataWorkspaceView({ db }: { db: Database }) {
  const { t, num, date } = useI18n();
  const { dataVersion } = useDatabase();
  const loads = useQueryResult(db, listLoads, [dataVersion]);
  return (
    <section className="data-view" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p>{t('dataIntro')}</p>
      {loads.status === 'ready' && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dataColumnDataset')}</th>
              <th scope="col">{t('dataColumnFile')}</th>
              <th scope="col">{t('dataColumnOrigin')}</th>
              <th scope="col" className="numeric">
                {t('dataColumnRows')}
              </th>
              <th scope="col">{t('dataColumnLoadedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {loads.data.map((load) => (
              <tr key={load.loadId} data-load={load.loadId}>
                <td>{t(DATASET_LABEL[load.dataset])}</td>
                <td>{load.fileName}</td>
                <td>{t(load.origin === 'bundled' ? 'dataOriginBundled' : 'dataOriginUploaded')}</td>
                <td className="numeric">{num(load.rowCount)}</td>
                <td>{date(new Date(load.loadedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {loads.status === 'error' && <p role="alert">{loads.message}</p>}
    </section>
  );
}
