import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { comparableTrend, type KpiComparison } from '../queries/kpiComparison';
import type { YearValue } from '../queries/overviewMetrics';
import { IllustrativeBadge } from './IllustrativeBadge';
import { Sparkline } from './Sparkline';

interface KpiCardProps {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly comparison: KpiComparison;
  /** The KPI's series by year (drawn in the 34 units throughout when a year spans the 2025 merger). */
  readonly series: readonly YearValue[];
  readonly hint?: string;
  readonly breakdown?: ReactNode;
}

/** One headline figure for a year, its change from the year before, and its trend. */
export function KpiCard({ id, label, unit, comparison, series, hint, breakdown }: KpiCardProps) {
  const { t, num, lang } = useI18n();
  const { year, current, previous, delta, ratio } = comparison;
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
  let change: string;
  if (!current) change = t('kpiNoData', { year });
  else if (!previous || delta === null) change = t('kpiNoPrevious', { year: year - 1 });
  else if (ratio === null)
    change = t('kpiChangeNoBase', { sign: sign(delta), abs: num(Math.abs(delta)), year: year - 1 });
  else {
    const pct = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(Math.abs(ratio));
    change = t('kpiChange', { sign: sign(delta), abs: num(Math.abs(delta)), pct, year: year - 1 });
  }
  const direction = delta === null || delta === 0 ? 'flat' : delta > 0 ? 'up' : 'down';
  const trend = comparableTrend(series);
  const in34Units = comparison.in34Units || trend !== series;
  const years = trend.map((p) => p.year);
  return (
    <section className="kpi-card" aria-labelledby={`${id}-label`} data-kpi={id}>
      <h3 id={`${id}-label`} className="kpi-label">
        {label}
      </h3>
      <p className="kpi-value">
        <span data-testid={`kpi-${id}`} data-value={current?.value ?? ''}>
          {current ? num(current.value) : '—'}
        </span>{' '}
        <span className="kpi-unit">{unit}</span>
      </p>
      <p className={`kpi-change kpi-change-${direction}`} data-testid={`kpi-${id}-change`}>
        {change}
      </p>
      {in34Units && (
        <p className="kpi-note" data-testid={`kpi-${id}-in34`}>
          {t('kpiComparedIn34')}
        </p>
      )}
      {breakdown}
      <div className="kpi-footer">
        <Sparkline
          points={trend}
          highlightYear={year}
          // The line in words for screen readers: every year's figure, not only the span.
          label={
            years.length > 1
              ? `${t('kpiTrendLabel', { from: years[0] ?? '', to: years.at(-1) ?? '' })}, ${unit}: ${trend
                  .map((p) => `${p.year}: ${num(p.value)}`)
                  .join('; ')}`
              : ''
          }
        />
        {current && current.illustrative > 0 && <IllustrativeBadge />}
      </div>
      {hint && <p className="kpi-hint">{hint}</p>}
    </section>
  );
}
