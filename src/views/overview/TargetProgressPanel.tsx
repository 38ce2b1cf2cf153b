import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { TARGET_METRICS, type TargetMetric, type TargetProgress } from '../../queries/targetProgress';

const METRIC_LABEL: Readonly<Record<TargetMetric, MessageKey>> = {
  ocop_products: 'targetMetricOcopProducts',
  mous_signed: 'targetMetricMous',
  products_in_hcmc_hanoi: 'targetMetricDistribution',
};

/** Bullet bars: the target is the full track, the fill what was achieved, the share in words. */
export function TargetProgressPanel({ rows, year }: { rows: readonly TargetProgress[]; year: number }) {
  const { t, num, lang } = useI18n();
  const pct = (ratio: number) =>
    new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(ratio);
  return (
    <section className="chart-card target-panel" aria-labelledby="targets-title" data-chart="targets">
      <header>
        <h3 id="targets-title">{t('chartTargetsTitle', { year })}</h3>
        <p className="chart-subtitle">{t('chartTargetsSubtitle')}</p>
        {rows.some((r) => r.illustrative) && <IllustrativeBadge />}
      </header>
      {TARGET_METRICS.filter((metric) => rows.some((r) => r.metric === metric)).map((metric) => (
        <div key={metric} className="target-group">
          <h4>{t(METRIC_LABEL[metric])}</h4>
          <ul className="target-list">
            {rows
              .filter((row) => row.metric === metric)
              .map((row) => {
                const ratio = row.target > 0 ? row.actual / row.target : 0;
                const place =
                  row.unitKey === 'all'
                    ? t('targetAll')
                    : ((lang === 'vi' ? row.name : row.nameEn) ?? row.unitKey);
                const reached = t('targetReached', {
                  value: num(row.actual),
                  target: num(row.target),
                  pct: pct(ratio),
                });
                return (
                  <li key={row.unitKey} className="target-row" data-target={`${row.metric}|${row.unitKey}`}>
                    <span className="target-label">{place}</span>
                    <meter
                      className={`target-meter${ratio >= 1 ? ' target-met' : ''}`}
                      aria-label={`${t(METRIC_LABEL[metric])} · ${place}`}
                      min={0}
                      max={Math.max(row.target, row.actual)}
                      value={row.actual}
                      aria-valuetext={reached}
                    />
                    <span className="target-value">{reached}</span>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
