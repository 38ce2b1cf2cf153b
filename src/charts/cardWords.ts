import type { AnyChartSpec, ChartContext } from './chartSpec';
import { shownSource } from './export/pressText';

/** What a chart card shows around its picture, in the language of `ctx`. */
export interface CardWords {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** The chart in words, for screen readers. */
  readonly altText: string;
  readonly illustrative: boolean;
  /** The card's source line ('' when the chart has no source to name). */
  readonly sourceLine: string;
  readonly height: number;
}

/**
 * The words of a chart's card from its spec: the live card (components/ChartCard.tsx) and the
 * build-time snapshot of the overview (scripts/vite/snapshotCharts.ts) show the same ones.
 */
export function cardWords<D>(spec: AnyChartSpec, data: D, ctx: ChartContext): CardWords {
  const illustrative = spec.illustrative(data);
  // Sources come from users' files: each clipped and isolated, as in press images.
  const sources = [
    ...spec.sources(data).map(shownSource),
    ...(illustrative ? [ctx.t('illustrativeBadge').toLowerCase()] : []),
  ].join('; ');
  return {
    id: spec.id,
    title: spec.title(data, ctx),
    subtitle: spec.subtitle(data, ctx),
    altText: spec.altText(data, ctx),
    illustrative,
    sourceLine: sources ? ctx.t('sourceLine', { sources }) : '',
    height: spec.height?.(data, ctx) ?? 360,
  };
}
