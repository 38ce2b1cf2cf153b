import type { TimelineEvent } from '../../charts/event-timeline/option';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n/I18nProvider';

const eventKey = (e: TimelineEvent) => `${e.date}|${e.name}`;

/** A yyyy-mm-dd day as that calendar day in local time (a date-time without a zone is read as local). */
const localDay = (iso: string) => new Date(`${iso}T00:00:00`);

/** The trade events of the timeline as a table: every event, sortable, with the CSV of what it shows. */
export function EventsTable({
  events,
  byProvince,
}: {
  events: readonly TimelineEvent[];
  byProvince: boolean;
}) {
  const { t, num, date } = useI18n();
  if (events.length === 0) return <p className="empty-note">{t('linkagesNoEvents')}</p>;
  const count = (value: number | null) =>
    value === null ? <span className="linkages-muted">{t('linkagesNotReported')}</span> : num(value);
  const caption = t(byProvince ? 'linkagesEventsCaptionProvince' : 'linkagesEventsCaption', {
    count: num(events.length),
  });
  const figure = (
    id: string,
    header: string,
    value: (e: TimelineEvent) => number | null,
  ): DataColumn<TimelineEvent> => ({ id, header, numeric: true, value, cell: (e) => count(value(e)) });
  const columns: DataColumn<TimelineEvent>[] = [
    {
      id: 'date',
      header: t('linkagesEventDate'),
      value: (e) => date(localDay(e.date)),
      sortValue: (e) => e.date,
      className: 'linkages-date',
    },
    {
      id: 'name',
      header: t('linkagesEventName'),
      rowHeader: true,
      value: (e) => e.name,
      cell: (e) => (
        <>
          {e.name}{' '}
          {e.real ? <span className="badge linkages-badge-real">{t('linkagesEventRealMark')}</span> : null}
        </>
      ),
    },
    { id: 'host', header: t('linkagesEventHost'), value: (e) => e.hostLabel, className: 'linkages-host' },
    {
      ...figure('provinces', t('linkagesEventProvinces'), (e) => e.provincesCount),
      cell: (e) => (
        <>
          {count(e.provincesCount)}
          {e.participants.length > 0 && (
            <details className="linkages-participants">
              <summary>{t('linkagesShowParticipants')}</summary>
              {e.participants.join(', ')}
            </details>
          )}
        </>
      ),
    },
    figure('businesses', t('linkagesEventBusinesses'), (e) => e.businesses),
    figure('products', t('linkagesEventProducts'), (e) => e.productsShown),
    figure('mous', t('linkagesEventMous'), (e) => e.mousSigned),
    {
      id: 'source',
      header: t('linkagesEventSource'),
      className: 'linkages-source',
      value: (e) => (e.real ? e.source : t('linkagesEventIllustrativeMark')),
      cell: (e) =>
        e.real ? (
          e.source
        ) : (
          <span className="badge badge-illustrative" title={t('illustrativeHint')}>
            {t('linkagesEventIllustrativeMark')}
          </span>
        ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={events}
      rowKey={eventKey}
      label={caption}
      caption={caption}
      className="linkages-events"
      scrollClassName="linkages-table-scroll"
      testId="linkages-events"
      csv={{ name: t('linkagesTimelineTitle') }}
      rowAttributes={(e) => ({ className: e.real ? 'linkages-real-row' : undefined })}
    />
  );
}
