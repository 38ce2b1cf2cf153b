import { Fragment, type ReactNode } from 'react';
import { loadScope, provinceDetailOf } from '../../charts/loadScope';
import { type ProvinceOcopData, provinceOcopChart } from '../../charts/province-ocop/spec';
import { ChartCard } from '../../components/ChartCard';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { regionLabel } from '../../filters/filterNames';
import type { FilterState } from '../../filters/filterState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { Layout } from '../../model/provinces';
import type { ProvinceDetail, UnitRef } from '../../queries/provinceDetail';
import { DistributionTable, EventsTable, MousTable, PartnersTable } from './ProvinceTables';
import { pageOf, StateLink } from './StateLink';

/** The province page's figures and its chart's, fetched together. */
async function provinceDetailPage(db: Database, filters: FilterState) {
  const scope = loadScope(db, filters);
  const [detail, ocopChart] = await Promise.all([
    scope.once(provinceDetailOf),
    provinceOcopChart.load(scope),
  ]);
  return { detail, ocopChart };
}

/** One province's page: who it is, its OCOP profile, partners, MoUs, distribution and events. */
export default function ProvinceDetailView({ db }: { db: Database }) {
  const { filters } = useFilters();
  const result = usePageData(db, provinceDetailPage);
  const { t } = useI18n();
  return (
    <article className="province-view">
      <BackLink />
      {result.status === 'loading' && <p role="status">{t('loadingView')}</p>}
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {result.status === 'ready' && result.data.detail === null && (
        <p className="empty-note">
          {filters.focus === null
            ? t('provinceDetailChoose')
            : t('provinceDetailNotFound', { code: filters.focus, layout: filters.layout })}
        </p>
      )}
      {result.status === 'ready' && result.data.detail && (
        <ProvinceContent detail={result.data.detail} ocopChart={result.data.ocopChart} />
      )}
    </article>
  );
}

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="province-back">
      <StateLink change={{ view: 'provinces', focus: null }}>{t('provinceDetailBack')}</StateLink>
    </p>
  );
}

function UnitLinks({ units }: { units: readonly UnitRef[] }) {
  const { lang } = useI18n();
  return (
    <>
      {units.map((u, i) => (
        <span key={`${u.layout}:${u.code}`}>
          {i > 0 && ', '}
          <StateLink change={pageOf(u)}>{lang === 'vi' ? u.name : u.nameEn}</StateLink>
        </span>
      ))}
    </>
  );
}

function Section({
  id,
  title,
  intro,
  illustrative,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  illustrative: boolean;
  children: ReactNode;
}) {
  return (
    <section className="province-section" aria-labelledby={`${id}-title`} data-section={id}>
      <header>
        <h3 id={`${id}-title`}>{title}</h3>
        {intro && <p className="chart-subtitle">{intro}</p>}
        {illustrative && <IllustrativeBadge />}
      </header>
      {children}
    </section>
  );
}

/** The two hubs' channels, a figure each: a province's products there, or on the hub's own page the others'. */
const HUB_CHANNELS = [
  {
    code: '79',
    testId: 'province-to-hcmc',
    label: 'provincesColToHcmc',
    ownLabel: 'provinceDetailInboundHcmc',
    value: 'toHcmc',
  },
  {
    code: '01',
    testId: 'province-to-hanoi',
    label: 'provincesColToHanoi',
    ownLabel: 'provinceDetailInboundHanoi',
    value: 'toHanoi',
  },
] as const;

function ProvinceContent({ detail, ocopChart }: { detail: ProvinceDetail; ocopChart: ProvinceOcopData }) {
  const { t, lang, num } = useI18n();
  const { filters, update } = useFilters();
  const { profile, summary, year } = detail;
  const nameOf = (u: { name: string; nameEn: string }) => (lang === 'vi' ? u.name : u.nameEn);
  const optional = (value: number | null) => (value === null ? '—' : num(value));

  const figure = (label: string, value: string, testId: string, note?: string) => (
    <div className="province-figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {value}
        {note && <span className="province-figure-note">{note}</span>}
      </dd>
    </div>
  );
  const change = summary?.ocopChange ?? null;
  const changeText =
    change === null
      ? undefined
      : t('provinceDetailChange', {
          change: `${change > 0 ? '+' : change < 0 ? '−' : '±'}${num(Math.abs(change))}`,
          year: (year ?? 0) - 1,
        });

  const { partners, unnamedMous, unnamedIllustrative } = detail.partners;
  const layoutKey: Record<Layout, MessageKey> = {
    '63': 'provinceDetailLayout63',
    '34': 'provinceDetailLayout34',
  };
  const none = <p className="province-none">{t('provinceDetailNone')}</p>;

  return (
    <>
      <header className="province-header">
        <div className="province-heading">
          <h2 data-testid="province-name">{nameOf(profile)}</h2>
          <button
            type="button"
            className="province-filter-to"
            onClick={() => update({ provinces: [profile.code] })}
            aria-pressed={filters.provinces.length === 1 && filters.provinces[0] === profile.code}
          >
            {t('provinceDetailFilterTo')}
          </button>
        </div>
        <p className="province-facts">
          {t(profile.kind === 'city' ? 'provinceDetailCity' : 'provinceDetailProvince')} ·{' '}
          {t('provinceDetailRegion', { region: regionLabel(profile.region, lang) })} ·{' '}
          {t(layoutKey[profile.layout])}
        </p>
        {profile.mergedInto && profile.mergedWith.length === 0 && (
          <p className="province-merger">{t('provinceDetailUnchanged')}</p>
        )}
        {profile.mergedInto && profile.mergedWith.length > 0 && (
          <p className="province-merger" data-testid="province-merged-into">
            {t('provinceDetailMergedInto')} <UnitLinks units={[profile.mergedInto]} /> (
            {t('provinceDetailMergedWith')} <UnitLinks units={profile.mergedWith} />
            ). {t('provinceDetailAfterMergerNote', { name: nameOf(profile.mergedInto) })}
          </p>
        )}
        {profile.layout === '34' && profile.constituents.length <= 1 && (
          <p className="province-merger">{t('provinceDetailUnchanged')}</p>
        )}
        {profile.layout === '34' && profile.constituents.length > 1 && (
          <p className="province-merger" data-testid="province-constituents">
            {t('provinceDetailConstituents')}: <UnitLinks units={profile.constituents} />.{' '}
            {t('provinceDetailConstituentsNote')}
          </p>
        )}
        <p className="province-filters-note">{t('provinceDetailFiltersNote')}</p>
      </header>

      {/* A figure quoted from this page must say when generated rows feed it, as every section does. */}
      {summary?.illustrative && (
        <p className="province-figures-note" data-testid="province-figures-illustrative">
          <IllustrativeBadge />
        </p>
      )}
      {summary && (
        <dl className="province-figures">
          {figure(
            t('provincesColOcopTotal'),
            num(summary.ocopTotal),
            'province-ocop-total',
            t('provinceDetailSummaryRange'),
          )}
          {year !== null &&
            figure(
              t('provincesColOcopYear', { year }),
              optional(summary.ocopYear),
              'province-ocop-year',
              changeText,
            )}
          {/* A hub's figure is the MoUs it signed (its list below); the provinces table credits partners. */}
          {figure(
            t(profile.isHub ? 'provinceDetailHubMous' : 'provincesColMous'),
            num(profile.isHub ? detail.mousSigned : summary.mous),
            'province-mous',
            t('provinceDetailSummaryRange'),
          )}
          {/* On a hub's page its own channel counts the other provinces' products (the table credits origins). */}
          {year !== null &&
            HUB_CHANNELS.map(({ code, testId, label, ownLabel, value }) => (
              <Fragment key={code}>
                {profile.isHub && profile.code === code
                  ? figure(t(ownLabel, { year }), optional(detail.hubInbound), testId)
                  : figure(t(label, { year }), optional(summary[value]), testId)}
              </Fragment>
            ))}
        </dl>
      )}

      <div className="province-grid">
        <ChartCard spec={provinceOcopChart} data={ocopChart} />

        <Section
          id="province-partners"
          title={t('provinceDetailPartnersTitle')}
          intro={
            profile.isHub
              ? t('provinceDetailPartnersHubIntro', { name: nameOf(profile) })
              : t('provinceDetailPartnersIntro')
          }
          illustrative={partners.some((p) => p.illustrative) || unnamedIllustrative}
        >
          {partners.length === 0 && unnamedMous === 0 && none}
          {partners.length > 0 && <PartnersTable partners={partners} />}
          {unnamedMous > 0 && (
            <p className="province-unnamed">{t('provinceDetailUnnamed', { count: num(unnamedMous) })}</p>
          )}
        </Section>
      </div>

      <Section
        id="province-mous"
        title={t('provinceDetailMousTitle')}
        illustrative={detail.mous.some((m) => m.dataKind === 'illustrative')}
      >
        {detail.mous.length === 0 ? none : <MousTable mous={detail.mous} />}
      </Section>

      <Section
        id="province-distribution"
        title={t('provinceDetailDistributionTitle')}
        intro={t('provinceDetailDistributionIntro')}
        illustrative={detail.distribution.some((d) => d.illustrative)}
      >
        {detail.distribution.length === 0 ? none : <DistributionTable rows={detail.distribution} />}
      </Section>

      <Section
        id="province-events"
        title={t('provinceDetailEventsTitle')}
        illustrative={detail.events.some((e) => e.dataKind === 'illustrative')}
      >
        {detail.events.length === 0 ? none : <EventsTable events={detail.events} />}
      </Section>
    </>
  );
}
