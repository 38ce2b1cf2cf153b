import type { Ref } from 'react';
import type { CardWords } from '../../charts/cardWords';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A chart card of the build-time snapshot: the live card's frame (components/ChartCard.tsx) with the
 * same words, box and source line, the chart a picture drawn at build time by ECharts' SVG renderer
 * (empty until it arrives), and the export button shown but disabled until the live card replaces it.
 */
export function SnapshotChartCard({
  words,
  picture,
  boxRef,
}: {
  words: CardWords;
  picture: string | undefined;
  boxRef?: Ref<HTMLDivElement>;
}) {
  const { t } = useI18n();
  const { id } = words;
  return (
    <figure
      className="chart-card"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-alt`}
      data-chart={id}
    >
      <header>
        <h3 id={`${id}-title`}>{words.title}</h3>
        <p className="chart-subtitle">{words.subtitle}</p>
        {words.illustrative && <IllustrativeBadge />}
      </header>
      <div className="export-menu">
        <button type="button" className="export-menu-button" disabled>
          {t('exportMenuButton')}
        </button>
      </div>
      <p id={`${id}-alt`} className="visually-hidden">
        {words.altText}
      </p>
      <div
        ref={boxRef}
        className="snapshot-chart"
        style={{ height: words.height, width: '100%' }}
        // The picture is ECharts' own SVG output, made at build time from the bundled data (never from
        // a user's file: the snapshot is not shown to anyone with uploads); ECharts escapes its text.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: a build-time SVG of our own data, see above
        dangerouslySetInnerHTML={picture ? { __html: picture } : undefined}
      />
      {words.sourceLine && <figcaption className="chart-source">{words.sourceLine}</figcaption>}
    </figure>
  );
}
