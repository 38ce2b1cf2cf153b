import { useI18n } from '../i18n/I18nProvider';
import { IllustrativeBadge } from './IllustrativeBadge';

interface KpiCardProps {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly hint: string;
  readonly illustrative: boolean;
}

/** One headline figure, formatted in the UI language, flagged when illustrative data feeds it. */
export function KpiCard({ id, label, value, unit, hint, illustrative }: KpiCardProps) {
  const { num } = useI18n();
  return (
    <section className="kpi-card" aria-labelledby={`${id}-label`} data-kpi={id}>
      <h3 id={`${id}-label`} className="kpi-label">
        {label}
      </h3>
      <p className="kpi-value">
        <span data-testid={`kpi-${id}`} data-value={value}>
          {num(value)}
        </span>{' '}
        <span className="kpi-unit">{unit}</span>
      </p>
      <p className="kpi-hint">{hint}</p>
      {illustrative && <IllustrativeBadge />}
    </section>
  );
}
