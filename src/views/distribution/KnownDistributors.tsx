import type { DistributionData } from '../../charts/pages/distributionData';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { DESTINATIONS } from '../../filters/filterState';
import { useI18n } from '../../i18n/I18nProvider';
import { KNOWN_DISTRIBUTORS, KNOWN_DISTRIBUTORS_SOURCE } from '../../model/distributors';

/** One distributor the article names, with what the data has of it. */
interface KnownRow {
  readonly articleName: string;
  readonly dataName: string | null;
  readonly hubs: readonly string[];
  /** Its products in the year shown; null when it has no rows that year. */
  readonly inYear: number | null;
}

const rowKey = (row: KnownRow) => row.articleName;

/** The distributors the seed article names, what the data calls them, and their products in the year. */
export function KnownDistributors({ data }: { data: DistributionData }) {
  const { t } = useI18n();
  const hubName = (code: string) =>
    code === DESTINATIONS.hcmc ? t('destHcmc') : code === DESTINATIONS.hanoi ? t('destHanoi') : code;
  const rows: KnownRow[] = KNOWN_DISTRIBUTORS.map((d) => {
    const rowsOf = data.byDistributor.filter((r) => r.distributor !== null && r.distributor === d.dataName);
    const yearRows = rowsOf.filter((r) => r.year === data.year);
    return {
      articleName: d.articleName,
      dataName: d.dataName,
      hubs: [DESTINATIONS.hcmc, DESTINATIONS.hanoi].filter((c) => rowsOf.some((r) => r.hubCode === c)),
      inYear:
        d.dataName !== null && yearRows.length > 0 ? yearRows.reduce((sum, r) => sum + r.products, 0) : null,
    };
  });
  const columns: DataColumn<KnownRow>[] = [
    {
      id: 'article',
      header: t('distributionKnownArticleName'),
      rowHeader: true,
      value: (r) => r.articleName,
    },
    {
      id: 'data',
      header: t('distributionKnownDataName'),
      value: (r) => r.dataName ?? t('distributionKnownNotUsed'),
      cell: (r) => r.dataName ?? <span className="distribution-muted">{t('distributionKnownNotUsed')}</span>,
    },
    {
      id: 'hubs',
      header: t('distributionKnownHubs'),
      value: (r) => (r.hubs.length > 0 ? r.hubs.map(hubName).join(', ') : null),
    },
    {
      id: 'products',
      header: t('distributionKnownProducts', { year: data.year ?? '' }),
      numeric: true,
      value: (r) => r.inYear,
    },
  ];
  return (
    <section className="distribution-known" aria-labelledby="distribution-known-title">
      <h3 id="distribution-known-title" className="distribution-known-title">
        {t('distributionKnownTitle')}
      </h3>
      <p>{t('distributionKnownIntro')}</p>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        label={t('distributionKnownTitle')}
        testId="distribution-known"
      />
      <p className="distribution-muted">{t('distributionKnownHubsAssumed')}</p>
      <p className="chart-source">{t('distributionKnownSource', { source: KNOWN_DISTRIBUTORS_SOURCE })}</p>
    </section>
  );
}
