/**
 * The province page's four lists (partners, MoUs, distribution, events) as data tables: every row,
 * sortable, virtualised when long, each with the CSV of what it shows.
 */

import { type DataColumn, DataTable, type RowData } from '../../components/DataTable';
import { DESTINATIONS } from '../../filters/filterState';
import { useI18n } from '../../i18n/I18nProvider';
import { CHANNEL_TYPES, type ChannelTypeId, choiceLabel, MOU_TYPES, type MouTypeId } from '../../model/ocop';
import type { DistributionEntry, EventEntry, MouEntry, PartnerLink } from '../../queries/provinceDetail';
import { pageOf, StateLink } from './StateLink';

/** DuckDB DATEs arrive as UTC midnight; shown as that calendar day whatever the reader's time zone. */
const calendarDay = (ms: number) => {
  const d = new Date(ms);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
};

const byIndex = (_row: unknown, index: number) => String(index);

function KindBadge({ illustrative }: { illustrative: boolean }) {
  const { t } = useI18n();
  return (
    <span className={illustrative ? 'provinces-kind-illustrative' : 'provinces-kind-real'}>
      {t(illustrative ? 'provinceDetailIllustrative' : 'provinceDetailReal')}
    </span>
  );
}

const sourceText = (sources: readonly (string | null)[]) =>
  sources.filter((s): s is string => Boolean(s)).join('; ');

/** A row's source: real figures name theirs; generated ones say they are illustrative. */
function sourceColumn<R>(
  header: string,
  illustrative: (row: R) => boolean,
  sources: (row: R) => readonly (string | null)[],
  kindLabel: (illustrative: boolean) => string,
): DataColumn<R> {
  return {
    id: 'source',
    header,
    className: 'province-source',
    value: (row) => (illustrative(row) ? kindLabel(true) : sourceText(sources(row)) || kindLabel(false)),
    cell: (row) => {
      const text = sourceText(sources(row));
      return (
        <>
          <KindBadge illustrative={illustrative(row)} />
          {!illustrative(row) && text && <span className="province-source-text">{text}</span>}
        </>
      );
    },
    cellAttributes: (row) => ({ title: sourceText(sources(row)) || undefined }),
  };
}

/** The common frame of the four lists: a scroll box named by its section's title. */
function ProvinceList<R extends RowData>({
  label,
  columns,
  rows,
  rowKey = byIndex,
  rowAttributes,
}: {
  label: string;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  rowKey?: (row: R, index: number) => string;
  rowAttributes?: (row: R) => Readonly<Record<string, string | undefined>>;
}) {
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={rowKey}
      label={label}
      className="province-table"
      scrollClassName="province-list"
      csv={{ name: label }}
      rowAttributes={rowAttributes}
    />
  );
}

export function PartnersTable({ partners }: { partners: readonly PartnerLink[] }) {
  const { t, lang, num } = useI18n();
  const nameOf = (u: { name: string; nameEn: string }) => (lang === 'vi' ? u.name : u.nameEn);
  const columns: DataColumn<PartnerLink>[] = [
    {
      id: 'partner',
      header: t('provinceDetailColPartner'),
      rowHeader: true,
      value: (p) => (p.postMerger ? `${nameOf(p)} (${t('postMergerMark')})` : nameOf(p)),
      cell: (p) => (
        <>
          <StateLink change={pageOf(p)}>{nameOf(p)}</StateLink>
          {p.postMerger && <span className="provinces-merger-mark"> ({t('postMergerMark')})</span>}
        </>
      ),
    },
    { id: 'mous', header: t('provinceDetailColMous'), numeric: true, value: (p) => p.mous },
    {
      id: 'years',
      header: t('provinceDetailColYears'),
      value: (p) =>
        p.firstYear === null
          ? null
          : p.firstYear === p.lastYear
            ? String(p.firstYear)
            : `${p.firstYear}–${p.lastYear}`,
      sortValue: (p) => p.firstYear,
    },
    {
      id: 'products',
      header: t('provinceDetailColProducts'),
      numeric: true,
      value: (p) => (p.productsYear === null ? null : p.products),
      cell: (p) =>
        p.products === null || p.productsYear === null
          ? '—'
          : t('provinceDetailProductsInYear', { count: num(p.products), year: p.productsYear }),
    },
    {
      id: 'kind',
      header: t('provincesColIllustrative'),
      value: (p) => t(p.illustrative ? 'provinceDetailIllustrative' : 'provinceDetailReal'),
      cell: (p) => <KindBadge illustrative={p.illustrative} />,
    },
  ];
  return (
    <ProvinceList
      label={t('provinceDetailPartnersTitle')}
      columns={columns}
      rows={partners}
      rowKey={(p) => p.partnerKey}
      rowAttributes={(p) => ({ 'data-partner': p.partnerKey })}
    />
  );
}

export function MousTable({ mous }: { mous: readonly MouEntry[] }) {
  const { t, lang, date } = useI18n();
  const mouType = (id: string) =>
    MOU_TYPES.some((m) => m.id === id) ? choiceLabel(MOU_TYPES, id as MouTypeId, lang) : id;
  const kind = (illustrative: boolean) =>
    t(illustrative ? 'provinceDetailIllustrative' : 'provinceDetailReal');
  const columns: DataColumn<MouEntry>[] = [
    {
      id: 'date',
      header: t('provinceDetailColDate'),
      value: (m) => date(calendarDay(m.date)),
      sortValue: (m) => m.date,
    },
    { id: 'event', header: t('provinceDetailColEvent'), value: (m) => m.event, className: 'user-text' },
    { id: 'partyA', header: t('provinceDetailColPartyA'), value: (m) => m.partyA, className: 'user-text' },
    { id: 'partyB', header: t('provinceDetailColPartyB'), value: (m) => m.partyB, className: 'user-text' },
    { id: 'type', header: t('provinceDetailColType'), value: (m) => mouType(m.mouType) },
    { id: 'count', header: t('provinceDetailColCount'), numeric: true, value: (m) => m.count },
    sourceColumn(
      t('provinceDetailColSource'),
      (m) => m.dataKind === 'illustrative',
      (m) => [m.source],
      kind,
    ),
  ];
  return <ProvinceList label={t('provinceDetailMousTitle')} columns={columns} rows={mous} />;
}

export function DistributionTable({ rows }: { rows: readonly DistributionEntry[] }) {
  const { t, lang } = useI18n();
  const hubName = (code: string | null) =>
    code === DESTINATIONS.hcmc ? t('destHcmc') : code === DESTINATIONS.hanoi ? t('destHanoi') : '—';
  const channel = (id: string | null) =>
    id === null
      ? t('provinceDetailNotGiven')
      : CHANNEL_TYPES.some((c) => c.id === id)
        ? choiceLabel(CHANNEL_TYPES, id as ChannelTypeId, lang)
        : id;
  const kind = (illustrative: boolean) =>
    t(illustrative ? 'provinceDetailIllustrative' : 'provinceDetailReal');
  const columns: DataColumn<DistributionEntry>[] = [
    { id: 'year', header: t('provinceDetailColYear'), value: (d) => d.year, cell: (d) => d.year },
    { id: 'hub', header: t('provinceDetailColDestination'), value: (d) => hubName(d.hubCode) },
    {
      id: 'distributor',
      header: t('provinceDetailColDistributor'),
      value: (d) => d.distributor ?? t('provinceDetailNotGiven'),
      className: 'user-text',
    },
    { id: 'channel', header: t('provinceDetailColChannel'), value: (d) => channel(d.channelType) },
    { id: 'products', header: t('provinceDetailColProductCount'), numeric: true, value: (d) => d.products },
    sourceColumn(
      t('provinceDetailColSource'),
      (d) => d.illustrative,
      (d) => d.sources,
      kind,
    ),
  ];
  return (
    <ProvinceList
      label={t('provinceDetailDistributionTitle')}
      columns={columns}
      rows={rows}
      rowKey={(d) => `${d.year}-${d.hubCode}-${d.distributor}-${d.channelType}`}
    />
  );
}

export function EventsTable({ events }: { events: readonly EventEntry[] }) {
  const { t, lang, date } = useI18n();
  const kind = (illustrative: boolean) =>
    t(illustrative ? 'provinceDetailIllustrative' : 'provinceDetailReal');
  const columns: DataColumn<EventEntry>[] = [
    {
      id: 'date',
      header: t('provinceDetailColDate'),
      value: (e) => date(calendarDay(e.date)),
      sortValue: (e) => e.date,
    },
    { id: 'name', header: t('provinceDetailColEvent'), value: (e) => e.name, className: 'user-text' },
    {
      id: 'role',
      header: t('provinceDetailColRole'),
      value: (e) => t(e.role === 'host' ? 'provinceDetailRoleHost' : 'provinceDetailRoleParticipant'),
    },
    {
      id: 'host',
      header: t('provinceDetailColHost'),
      value: (e) => (lang === 'vi' ? e.hostName : e.hostNameEn),
    },
    {
      id: 'provinces',
      header: t('provinceDetailColProvinces'),
      numeric: true,
      value: (e) => e.participatingProvinces,
    },
    { id: 'businesses', header: t('provinceDetailColBusinesses'), numeric: true, value: (e) => e.businesses },
    {
      id: 'productsShown',
      header: t('provinceDetailColProductsShown'),
      numeric: true,
      value: (e) => e.productsShown,
    },
    { id: 'mousSigned', header: t('provinceDetailColMousSigned'), numeric: true, value: (e) => e.mousSigned },
    sourceColumn(
      t('provinceDetailColSource'),
      (e) => e.dataKind === 'illustrative',
      (e) => [e.source],
      kind,
    ),
  ];
  return (
    <ProvinceList
      label={t('provinceDetailEventsTitle')}
      columns={columns}
      rows={events}
      rowKey={(e) => `${e.date}-${e.name}-${e.role}`}
      rowAttributes={(e) => ({ 'data-event-role': e.role })}
    />
  );
}
