import { formatNumber } from '../../i18n/format';
import { type Lang, translate } from '../../i18n/messages';
import { byCountDesc, joinList, lowerFirst, withIllustrative } from '../altTextParts';

export interface EventsAltInput {
  readonly events: readonly {
    /** yyyy-mm-dd */
    readonly date: string;
    readonly name: string;
    /** The lane's label ("Tại TP.HCM"), said in lower case inside the sentence. */
    readonly laneLabel: string;
    readonly productsShown: number | null;
  }[];
  /** Formats a yyyy-mm-dd day as the UI does. */
  readonly formatDay: (isoDate: string) => string;
  readonly illustrative: boolean;
  readonly lang: Lang;
}

/** The event timeline in words: how many events, when, where, and the one that showed most products. */
export function eventsAltText(input: EventsAltInput): string {
  const { lang, events } = input;
  const fmt = (n: number) => formatNumber(lang, n);
  if (events.length === 0) return translate(lang, 'exportAltNoData');
  const dates = events.map((e) => e.date).sort();
  const lanes = new Map<string, number>();
  for (const e of events) lanes.set(e.laneLabel, (lanes.get(e.laneLabel) ?? 0) + 1);
  const laneText = joinList(
    byCountDesc([...lanes].map(([label, count]) => ({ label, count }))).map((l) =>
      translate(lang, 'a11yAltEventLane', { count: fmt(l.count), lane: lowerFirst(l.label, lang) }),
    ),
    lang,
  );
  const from = input.formatDay(dates[0] ?? '');
  const to = input.formatDay(dates.at(-1) ?? '');
  const sentences = [
    events.length === 1
      ? translate(lang, 'a11yAltEventsOne', { from, lanes: laneText })
      : translate(lang, 'a11yAltEvents', { count: fmt(events.length), from, to, lanes: laneText }),
  ];
  let most: (typeof events)[number] | null = null;
  for (const e of events) if ((e.productsShown ?? 0) > (most?.productsShown ?? 0)) most = e;
  if (most?.productsShown) {
    sentences.push(
      translate(lang, 'a11yAltEventsMostProducts', {
        name: most.name,
        date: input.formatDay(most.date),
        count: fmt(most.productsShown),
      }),
    );
  }
  return withIllustrative(sentences.join(' '), input.illustrative, lang);
}
