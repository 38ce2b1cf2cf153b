import type { MouseEvent, ReactNode } from 'react';
import { loadScope, provinceDetailOf } from '../../charts/loadScope';
import { type ProvinceOcopData, provinceOcopChart } from '../../charts/province-ocop/spec';
import { ChartCard } from '../../components/ChartCard';
import { useDatabase } from '../../components/DatabaseProvider';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { useQueryResult } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { regionLabel } from '../../filters/filterNames';
import { DESTINATIONS, type FilterState } from '../../filters/filterState';
import { serializeFilterState } from '../../filters/urlState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { CHANNEL_TYPES, type ChannelTypeId, choiceLabel, MOU_TYPES, type MouTypeId } from '../../model/ocop';
import type { Layout } from '../../model/provinces';
import type { ProvinceDetail, UnitRef } from '../../queries/provinceDetail';

/** A MoU or event list longer than this shows its newest rows and says how many there are. */
const LIST_LIMIT = 200;

/** DuckDB DATEs arrive as UTC midnight; shown as that calendar day whatever the reader's time zone. */
const calendarDay = (ms: number) => {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};

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
  const { dataVersion } = useDatabase();
  const result = useQueryResult(db, (d) => provinceDetailPage(d, filters), [filters, dataVersion]);
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

/** A link that moves the filter state (so Back works and the address can be shared), not a page load. */
function StateLink({
  change,
  children,
  title,
}: {
  change: Partial<FilterState>;
  children: ReactNode;
  title?: string;
}) {
  const { filters, update } = useFilters();
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    update(change);
  };
  return (
    <a href={serializeFilterState({ ...filters, ...change }) || '?'} onClick={onClick} title={title}>
      {children}
    </a>
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

/** The filter change that opens a unit's page: codes mean something only with their layout. */
function pageOf(unit: Pick<UnitRef, 'code' | 'layout'>): Partial<FilterState> {
  return { view: 'province', layout: unit.layout, focus: unit.code, provinces: [] };
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

function KindBadge({ illustrative }: { illustrative: boolean }) {
  const { t } = useI18n();
  return (
    <span className={illustrative ? 'provinces-kind-illustrative' : 'provinces-kind-real'}>
      {t(illustrative ? 'provinceDetailIllustrative' : 'provinceDetailReal')}
    </span>
  );
}

/** A row's source: real figures name theirs; generated ones say they are illustrative. */
function SourceCell({
  illustrative,
  sources,
}: {
  illustrative: boolean;
  sources: readonly (string | null)[];
}) {
  const text = sources.filter((s): s is string => Boolean(s)).join('; ');
  return (
    <td className="province-source" title={text}>
      <KindBadge illustrative={illustrative} />
      {!illustrative && text && <span className="province-source-text">{text}</span>}
    </td>
  );
}

/** A list that scrolls within the page: focusable, so keyboard users can scroll it, and named by its section. */
function ScrollList({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard
    <section className="province-list" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
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

function ProvinceContent({ detail, ocopChart }: { detail: ProvinceDetail; ocopChart: ProvinceOcopData }) {
  const { t, lang, num, date } = useI18n();
  const { filters, update } = useFilters();
  const { profile, summary, year } = detail;
  const nameOf = (u: { name: string; nameEn: string }) => (lang === 'vi' ? u.name : u.nameEn);
  const hubName = (code: string | null) =>
    code === DESTINATIONS.hcmc ? t('destHcmc') : code === DESTINATIONS.hanoi ? t('destHanoi') : '—';
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
  const mous = detail.mous.slice(0, LIST_LIMIT);
  const events = detail.events.slice(0, LIST_LIMIT);
  const mouType = (id: string) =>
    MOU_TYPES.some((m) => m.id === id) ? choiceLabel(MOU_TYPES, id as MouTypeId, lang) : id;
  const channel = (id: string | null) =>
    id === null
      ? t('provinceDetailNotGiven')
      : CHANNEL_TYPES.some((c) => c.id === id)
        ? choiceLabel(CHANNEL_TYPES, id as ChannelTypeId, lang)
        : id;
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
          {figure(t('provincesColMous'), num(summary.mous), 'province-mous', t('provinceDetailSummaryRange'))}
          {year !== null &&
            figure(t('provincesColToHcmc', { year }), optional(summary.toHcmc), 'province-to-hcmc')}
          {year !== null &&
            figure(t('provincesColToHanoi', { year }), optional(summary.toHanoi), 'province-to-hanoi')}
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
          {partners.length > 0 && (
            <ScrollList labelledBy="province-partners-title">
              <table className="data-table province-table">
                <thead>
                  <tr>
                    <th scope="col">{t('provinceDetailColPartner')}</th>
                    <th scope="col" className="numeric">
                      {t('provinceDetailColMous')}
                    </th>
                    <th scope="col">{t('provinceDetailColYears')}</th>
                    <th scope="col" className="numeric">
                      {t('provinceDetailColProducts')}
                    </th>
                    <th scope="col">{t('provincesColIllustrative')}</th>
                  </tr>
                </thead>
                <tbody>
                  {partners.map((p) => (
                    <tr key={p.partnerKey} data-partner={p.partnerKey}>
                      <th scope="row">
                        <StateLink change={pageOf(p)}>{nameOf(p)}</StateLink>
                        {p.postMerger && (
                          <span className="provinces-merger-mark"> ({t('postMergerMark')})</span>
                        )}
                      </th>
                      <td className="numeric">{num(p.mous)}</td>
                      <td>
                        {p.firstYear === null
                          ? '—'
                          : p.firstYear === p.lastYear
                            ? p.firstYear
                            : `${p.firstYear}–${p.lastYear}`}
                      </td>
                      <td className="numeric">
                        {p.products === null || p.productsYear === null
                          ? '—'
                          : t('provinceDetailProductsInYear', {
                              count: num(p.products),
                              year: p.productsYear,
                            })}
                      </td>
                      <td>
                        <KindBadge illustrative={p.illustrative} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollList>
          )}
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
        {detail.mous.length === 0 ? (
          none
        ) : (
          <ScrollList labelledBy="province-mous-title">
            <table className="data-table province-table">
              <thead>
                <tr>
                  <th scope="col">{t('provinceDetailColDate')}</th>
                  <th scope="col">{t('provinceDetailColEvent')}</th>
                  <th scope="col">{t('provinceDetailColPartyA')}</th>
                  <th scope="col">{t('provinceDetailColPartyB')}</th>
                  <th scope="col">{t('provinceDetailColType')}</th>
                  <th scope="col" className="numeric">
                    {t('provinceDetailColCount')}
                  </th>
                  <th scope="col">{t('provinceDetailColSource')}</th>
                </tr>
              </thead>
              <tbody>
                {mous.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two MoU rows may repeat every field; the list is replaced, never reordered
                  <tr key={i}>
                    <td>{date(calendarDay(m.date))}</td>
                    <td className="user-text">{m.event ?? '—'}</td>
                    <td className="user-text">{m.partyA}</td>
                    <td className="user-text">{m.partyB}</td>
                    <td>{mouType(m.mouType)}</td>
                    <td className="numeric">{num(m.count)}</td>
                    <SourceCell illustrative={m.dataKind === 'illustrative'} sources={[m.source]} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollList>
        )}
        {detail.mous.length > LIST_LIMIT && (
          <p className="province-more">
            {t('provinceDetailRowsShown', { shown: LIST_LIMIT, total: detail.mous.length })}
          </p>
        )}
      </Section>

      <Section
        id="province-distribution"
        title={t('provinceDetailDistributionTitle')}
        intro={t('provinceDetailDistributionIntro')}
        illustrative={detail.distribution.some((d) => d.illustrative)}
      >
        {detail.distribution.length === 0 ? (
          none
        ) : (
          <ScrollList labelledBy="province-distribution-title">
            <table className="data-table province-table">
              <thead>
                <tr>
                  <th scope="col">{t('provinceDetailColYear')}</th>
                  <th scope="col">{t('provinceDetailColDestination')}</th>
                  <th scope="col">{t('provinceDetailColDistributor')}</th>
                  <th scope="col">{t('provinceDetailColChannel')}</th>
                  <th scope="col" className="numeric">
                    {t('provinceDetailColProductCount')}
                  </th>
                  <th scope="col">{t('provinceDetailColSource')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.distribution.map((d) => (
                  <tr key={`${d.year}-${d.hubCode}-${d.distributor}-${d.channelType}`}>
                    <td>{d.year}</td>
                    <td>{hubName(d.hubCode)}</td>
                    <td className="user-text">{d.distributor ?? t('provinceDetailNotGiven')}</td>
                    <td>{channel(d.channelType)}</td>
                    <td className="numeric">{num(d.products)}</td>
                    <SourceCell illustrative={d.illustrative} sources={d.sources} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollList>
        )}
      </Section>

      <Section
        id="province-events"
        title={t('provinceDetailEventsTitle')}
        illustrative={detail.events.some((e) => e.dataKind === 'illustrative')}
      >
        {detail.events.length === 0 ? (
          none
        ) : (
          <ScrollList labelledBy="province-events-title">
            <table className="data-table province-table">
              <thead>
                <tr>
                  <th scope="col">{t('provinceDetailColDate')}</th>
                  <th scope="col">{t('provinceDetailColEvent')}</th>
                  <th scope="col">{t('provinceDetailColRole')}</th>
                  <th scope="col">{t('provinceDetailColHost')}</th>
                  <th scope="col" className="numeric">
                    {t('provinceDetailColProvinces')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('provinceDetailColBusinesses')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('provinceDetailColProductsShown')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('provinceDetailColMousSigned')}
                  </th>
                  <th scope="col">{t('provinceDetailColSource')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={`${e.date}-${e.name}-${e.role}`} data-event-role={e.role}>
                    <td>{date(calendarDay(e.date))}</td>
                    <td className="user-text">{e.name}</td>
                    <td>
                      {t(e.role === 'host' ? 'provinceDetailRoleHost' : 'provinceDetailRoleParticipant')}
                    </td>
                    <td>{lang === 'vi' ? e.hostName : e.hostNameEn}</td>
                    <td className="numeric">{optional(e.participatingProvinces)}</td>
                    <td className="numeric">{optional(e.businesses)}</td>
                    <td className="numeric">{optional(e.productsShown)}</td>
                    <td className="numeric">{optional(e.mousSigned)}</td>
                    <SourceCell illustrative={e.dataKind === 'illustrative'} sources={[e.source]} />
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollList>
        )}
        {detail.events.length > LIST_LIMIT && (
          <p className="province-more">
            {t('provinceDetailRowsShown', { shown: LIST_LIMIT, total: detail.events.length })}
          </p>
        )}
      </Section>
    </>
  );
}
