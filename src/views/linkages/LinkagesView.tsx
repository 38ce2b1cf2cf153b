import { useMemo } from 'react';
import { chartContext, dataOf } from '../../charts/chartSpec';
import type { TimelineEvent } from '../../charts/event-timeline/option';
import { eventTimelineChart, isoDate, timelineEvents } from '../../charts/event-timeline/spec';
import { drawnMous, mouSankeyChart, mouTypeStyles } from '../../charts/mou-sankey/spec';
import { type LinkagesData, linkagesData } from '../../charts/pages/linkagesData';
import { ChartCard } from '../../components/ChartCard';
import { usePageData } from '../../components/useQueryResult';
import type { Database } from '../../db/database';
import { useFilters } from '../../filters/FilterProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { UndrawnMous } from '../../queries/linkages';
import { useElementWidth } from '../useElementWidth';
import { EventsTable } from './EventsTable';

/** Who signed with whom, and the trade events where they met. */
export default function LinkagesView({ db }: { db: Database }) {
  const result = usePageData(db, linkagesData);
  return (
    <div className="linkages">
      {result.status === 'error' && <p role="alert">{result.message}</p>}
      {result.status === 'ready' && <LinkagesContent data={result.data} />}
    </div>
  );
}

function LinkagesContent({ data }: { data: LinkagesData }) {
  return (
    <>
      <MouFlowsCard data={data} />
      <EventsSection data={data} />
    </>
  );
}

function MouFlowsCard({ data }: { data: LinkagesData }) {
  const { filters } = useFilters();
  const { t, lang, num } = useI18n();
  const [sectionRef, sectionWidth] = useElementWidth<HTMLElement>();
  // The card's padding and border: the chart is this much narrower than the section.
  const width = sectionWidth > 0 ? sectionWidth - 34 : undefined;
  const sankey = dataOf(data.charts, mouSankeyChart);
  const ctx = useMemo(() => chartContext(lang, filters, width), [lang, filters, width]);
  const drawn = drawnMous(sankey);
  const undrawnTotal = sankey.undrawn.reduce((sum, u) => sum + u.mous, 0);
  const footer = (
    <div className="linkages-sankey-footer">
      <p className="linkages-legend">
        <span className="linkages-legend-title">{t('linkagesTypeLegend')}:</span>
        {mouTypeStyles(ctx).map((type) => (
          <span key={type.key} className="linkages-legend-item">
            <span className="linkages-swatch" style={{ background: type.color }} aria-hidden="true" />
            {type.label}
          </span>
        ))}
      </p>
      <p
        className="linkages-drawn"
        data-testid="linkages-drawn"
        data-drawn={drawn}
        data-undrawn={undrawnTotal}
      >
        {t('linkagesDrawnTotal', { drawn: num(drawn), total: num(drawn + undrawnTotal) })}
      </p>
      <UndrawnNote undrawn={sankey.undrawn} />
    </div>
  );
  return (
    <section className="linkages-section" ref={sectionRef}>
      {sankey.flows.length === 0 && <p className="empty-note">{t('linkagesNoFlows')}</p>}
      <ChartCard spec={mouSankeyChart} data={sankey} width={width} footer={footer} />
    </section>
  );
}

/** Says how many MoUs the totals count that the diagram cannot draw, and why, event by event where named. */
function UndrawnNote({ undrawn }: { undrawn: readonly UndrawnMous[] }) {
  const { t, num, lang, date } = useI18n();
  const total = undrawn.reduce((sum, u) => sum + u.mous, 0);
  if (total === 0) return null;
  const sumOf = (reason: UndrawnMous['reason']) =>
    undrawn.filter((u) => u.reason === reason).reduce((sum, u) => sum + u.mous, 0);
  const unnamed = undrawn.filter((u) => u.reason === 'unnamed');
  const noHub = sumOf('noHub');
  const withinHub = sumOf('withinHub');
  return (
    <div className="note linkages-undrawn" data-testid="linkages-undrawn">
      <p>{t('linkagesUndrawnIntro', { count: num(total) })}</p>
      <ul>
        {unnamed.length > 0 && (
          <li>
            {t('linkagesUndrawnUnnamed', { count: num(sumOf('unnamed')) })}
            <ul>
              {unnamed.map((u) => (
                <li key={`${u.event}|${u.date}|${u.name}`}>
                  {t('linkagesUndrawnEvent', {
                    count: num(u.mous),
                    event: u.event ?? '—',
                    place: lang === 'vi' ? u.name : u.nameEn,
                    date: date(isoDate(u.date)),
                  })}
                </li>
              ))}
            </ul>
          </li>
        )}
        {noHub > 0 && <li>{t('linkagesUndrawnNoHub', { count: num(noHub) })}</li>}
        {withinHub > 0 && <li>{t('linkagesUndrawnWithinHub', { count: num(withinHub) })}</li>}
      </ul>
    </div>
  );
}

function EventsSection({ data }: { data: LinkagesData }) {
  const { filters } = useFilters();
  const { lang } = useI18n();
  const [sectionRef, sectionWidth] = useElementWidth<HTMLElement>();
  const width = sectionWidth > 0 ? sectionWidth - 34 : undefined;
  const timeline = dataOf(data.charts, eventTimelineChart);
  const events = useMemo<TimelineEvent[]>(
    () => timelineEvents(timeline.events, chartContext(lang, filters)),
    [timeline, lang, filters],
  );
  return (
    <section className="linkages-section" ref={sectionRef}>
      <ChartCard spec={eventTimelineChart} data={timeline} width={width} />
      <EventsTable events={events} byProvince={filters.provinces.length > 0} />
    </section>
  );
}
