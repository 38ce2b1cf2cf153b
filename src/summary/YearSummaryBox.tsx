import { Component, type ReactNode, useId, useMemo, useState } from 'react';
import { type OverviewData, overviewPartners, overviewSources } from '../charts/pages/overviewData';
import { useFilters } from '../filters/FilterProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import type { SummaryExtras } from '../queries/summaryExtras';
import { summaryClipboard } from './summaryClipboard';
import { buildYearSummary, type FigureDataset, type SummaryFigure, type YearSummary } from './yearSummary';
import './yearSummary.css';

interface YearSummaryBoxProps {
  /** The overview's data (live or the build-time snapshot): the figures the KPI cards show. */
  readonly overview: OverviewData;
  readonly year: number;
  /**
   * On the overview the box opens on its first sentence and unfolds on request (so the KPI cards stay
   * on a phone's first screen and nothing below moves when the rest arrives); the report shows it all.
   */
  readonly collapsible?: boolean;
}

/** The year in words at the top of the overview and the yearly report, from the overview's own data. */
export function YearSummaryBox(props: YearSummaryBoxProps) {
  return (
    <SummaryBoundary>
      <YearSummaryView {...props} extras={props.overview.summary} />
    </SummaryBoundary>
  );
}

/** The paragraph is written over the page's figures: if writing it fails, the figures still show. */
class SummaryBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

const ILLUSTRATIVE_TEXT: Readonly<Record<SummaryFigure['illustrative'], MessageKey>> = {
  none: 'summaryFigureReal',
  part: 'summaryFigurePartIllustrative',
  all: 'summaryFigureAllIllustrative',
};

function YearSummaryView({
  overview,
  year,
  collapsible = false,
  extras,
}: YearSummaryBoxProps & { readonly extras: SummaryExtras | null }) {
  const { filters } = useFilters();
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(!collapsible);
  const [copyState, setCopyState] = useState<'idle' | 'text' | 'rich' | 'failed'>('idle');
  const baseId = useId();

  const summary: YearSummary = useMemo(
    () =>
      buildYearSummary({
        lang,
        year,
        filters,
        series: overview.series,
        partners: overviewPartners(overview),
        targets: overview.targets,
        groups: extras?.groups ?? [],
        events: extras?.events ?? [],
      }),
    [lang, year, filters, overview, extras],
  );

  // Each figure's sources: the year's real sources of its dataset (the overview's, all years, until they arrive).
  const sourcesOf = (dataset: FigureDataset): readonly string[] => {
    if (dataset === 'targets') return [t('summarySourceTargets')];
    if (extras) return extras.sources[dataset];
    const { ocop, linkage, distribution } = overviewSources(overview);
    return dataset === 'ocop'
      ? ocop
      : dataset === 'distribution'
        ? distribution
        : dataset === 'mous'
          ? linkage
          : [];
  };
  const sources = [
    ...new Set([
      ...summary.datasets.flatMap((d) => sourcesOf(d)),
      ...(summary.illustrative ? [t('summarySourceIllustrative')] : []),
    ]),
  ];

  const copy = async (rich: boolean) => {
    const { text, html } = summaryClipboard(summary, sources, lang);
    try {
      if (rich) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([html], { type: 'text/html' }),
            'text/plain': new Blob([text], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      setCopyState(rich ? 'rich' : 'text');
    } catch {
      setCopyState('failed');
    }
  };

  if (summary.sentences.length === 0) return null;
  const shown = open ? summary.sentences : summary.sentences.slice(0, 1);
  const titleId = `${baseId}-title`;
  const bodyId = `${baseId}-body`;
  let figureIndex = 0;

  return (
    <section
      className={`year-summary${open ? '' : ' year-summary-folded'}`}
      aria-labelledby={titleId}
      data-testid="year-summary"
      data-year={year}
      // Whether the groups, events and sources have arrived: tests and print wait for the whole paragraph.
      data-complete={extras !== null}
    >
      <header className="year-summary-head">
        {/* Below the page's "Năm …" heading on the overview and the report's title: a third-level heading. */}
        <h3 id={titleId} className="year-summary-title">
          {t('summaryTitle', { year })}
        </h3>
        <div className="year-summary-copy">
          <button type="button" data-testid="year-summary-copy-text" onClick={() => copy(false)}>
            {t('summaryCopyText')}
          </button>
          <button type="button" data-testid="year-summary-copy-rich" onClick={() => copy(true)}>
            {t('summaryCopyRich')}
          </button>
          <span className="year-summary-copy-status" role="status">
            {copyState === 'text'
              ? t('summaryCopiedText')
              : copyState === 'rich'
                ? t('summaryCopiedRich')
                : copyState === 'failed'
                  ? t('summaryCopyFailed')
                  : ''}
          </span>
        </div>
      </header>
      <p id={bodyId} className="year-summary-text" data-testid="year-summary-text" lang={lang}>
        {shown.map((sentence, i) => (
          <span key={sentence.id} data-sentence={sentence.id}>
            {i > 0 && ' '}
            {sentence.segments.map((segment, j) => {
              if (typeof segment === 'string') return segment;
              const tipId = `${baseId}-figure-${figureIndex++}`;
              // A wholly illustrative figure has no real source; its source is the generator.
              const figureSources = [
                ...(segment.illustrative === 'all' ? [] : sourcesOf(segment.dataset)),
                ...(segment.illustrative === 'none' ? [] : [t('summarySourceIllustrative')]),
              ];
              return (
                <span
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a given summary
                  key={j}
                  className={`summary-figure summary-figure-${segment.illustrative}`}
                  // Focusable so a keyboard reader can reach a figure's source as a mouse user does.
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: the figure discloses its source on focus
                  tabIndex={0}
                  aria-describedby={tipId}
                  data-figure={segment.id}
                  data-value={segment.value}
                  data-illustrative={segment.illustrative}
                >
                  {segment.text}
                  <span role="tooltip" id={tipId} className="summary-figure-tip">
                    <span className="summary-figure-tip-label">{segment.label}</span>
                    <span>
                      {figureSources.length > 0
                        ? t('summaryFigureSource', { sources: figureSources.join('; ') })
                        : t('summaryFigureNoSource')}
                    </span>
                    <span>{t(ILLUSTRATIVE_TEXT[segment.illustrative])}</span>
                  </span>
                </span>
              );
            })}
          </span>
        ))}
      </p>
      {open && (
        <div className="year-summary-sources">
          <h4 className="year-summary-sources-heading">{t('summarySourcesHeading')}</h4>
          <ol data-testid="year-summary-sources">
            {sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ol>
          <p className="year-summary-hint">{t('summaryFiguresHint')}</p>
        </div>
      )}
      {collapsible && summary.sentences.length > 1 && (
        <button
          type="button"
          className="year-summary-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid="year-summary-toggle"
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'summaryFold' : 'summaryUnfold')}
        </button>
      )}
    </section>
  );
}
