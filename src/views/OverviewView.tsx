import { useMemo } from 'react';
import { ocopByStarOption } from '../charts/ocopByStarOption';
import { ChartCard } from '../components/ChartCard';
import { KpiCard } from '../components/KpiCard';
import { useDatabase } from '../db/DatabaseProvider';
import type { Database } from '../db/database';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { ocopByYearAndStar, ocopTotal } from '../queries/ocopOverview';
import { useQueryResult } from './useQueryResult';

const STAR_LABELS: readonly { star: string; key: MessageKey }[] = [
  { star: '3', key: 'star3' },
  { star: '4', key: 'star4' },
  { star: '5', key: 'star5' },
  { star: 'potential-5', key: 'starPotential5' },
];

/** Leadership's first screen: headline figures and the yearly picture. */
export function OverviewView({ db }: { db: Database }) {
  const { t, lang } = useI18n();
  const { dataVersion } = useDatabase();
  const total = useQueryResult(db, ocopTotal, [dataVersion]);
  const byStar = useQueryResult(db, ocopByYearAndStar, [dataVersion]);

  const option = useMemo(() => {
    if (byStar.status !== 'ready') return null;
    return ocopByStarOption({
      rows: byStar.data,
      stars: STAR_LABELS.map((s) => ({ star: s.star, label: t(s.key) })),
      lang,
      axisLabels: { year: t('axisYear'), products: t('axisProducts') },
      ariaTitle: t('chartOcopByStarTitle'),
    });
  }, [byStar, lang, t]);

  return (
    <div className="overview">
      <div className="kpi-row">
        {total.status === 'ready' && (
          <KpiCard
            id="ocop-total"
            label={t('kpiOcopTotal')}
            value={total.data.products}
            unit={t('kpiOcopTotalUnit')}
            hint={t('kpiOcopTotalHint')}
            illustrative={total.data.illustrativeProducts > 0}
          />
        )}
        {total.status === 'error' && <p role="alert">{total.message}</p>}
      </div>
      {byStar.status === 'ready' && option && (
        <ChartCard
          id="ocop-by-star"
          title={t('chartOcopByStarTitle')}
          subtitle={t('chartOcopByStarSubtitle')}
          option={option}
          sources={total.status === 'ready' ? total.data.sources : []}
          illustrative={byStar.data.some((r) => r.illustrativeProducts > 0)}
        />
      )}
      {byStar.status === 'error' && <p role="alert">{byStar.message}</p>}
    </div>
  );
}
