// ECharts' own table of Latin character widths (zrender is ECharts' renderer, installed with it).
import { DEFAULT_FONT_SIZE, DEFAULT_TEXT_WIDTH_MAP } from 'zrender/lib/core/platform.js';
import { type CardWords, cardWords } from '../../src/charts/cardWords.ts';
import { chartContext, dataOf } from '../../src/charts/chartSpec.ts';
import { echarts } from '../../src/charts/echarts.ts';
import { OVERVIEW_CHARTS } from '../../src/charts/pages/overviewCharts.ts';
import type { OverviewData } from '../../src/charts/pages/overviewData.ts';
import {
  SNAPSHOT_CHART_WIDTHS,
  type SnapshotChartWords,
  type SnapshotPictures,
} from '../../src/charts/pages/overviewSnapshot.ts';
import { DEFAULT_FILTERS } from '../../src/filters/filterState.ts';
import type { Lang } from '../../src/i18n/messages.ts';

const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * ECharts lays labels and legends out by measuring text. Node has no canvas, so ECharts falls back to
 * a table of Latin widths and counts every other character a full em: a Vietnamese letter with its
 * marks (ố, ự) is measured as its base letter instead, and Be Vietnam Pro runs about 8 % wider than
 * the table's font. Close enough that the live chart takes the picture's place without labels jumping.
 */
function installTextMeasure() {
  echarts.setPlatformAPI({
    measureText: (text: string, font?: string) => {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? DEFAULT_FONT_SIZE);
      const base = (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      let width = 0;
      for (const char of base) width += (DEFAULT_TEXT_WIDTH_MAP[char] ?? 1) * size;
      return { width: width * 1.08 } as TextMetrics;
    },
  });
}

/** One chart drawn by ECharts' server-side SVG renderer, stretched to its box by the page's CSS. */
function renderSvg(option: object, lang: Lang, width: number, height: number): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: lang === 'vi' ? 'VI' : 'EN',
  });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString().replace(
      /^<svg width="\d+" height="\d+"/,
      // The card sizes it; the words are the figure's (its alt text), so the picture is hidden from
      // screen readers. `data-snapshot-chart` is what the benchmark watches for.
      `<svg width="100%" height="100%" preserveAspectRatio="none" aria-hidden="true" focusable="false" data-snapshot-chart="${width}"`,
    );
  } finally {
    chart.dispose();
  }
}

/**
 * The overview's charts for the build-time snapshot: each card's words in both languages, and each
 * chart as SVG in both languages at every width of SNAPSHOT_CHART_WIDTHS (the page takes the nearest).
 */
export function renderOverviewCharts(data: OverviewData): {
  words: SnapshotChartWords;
  pictures: Record<string, SnapshotPictures>;
} {
  installTextMeasure();
  const words = {} as Record<Lang, CardWords[]>;
  const pictures: Record<string, SnapshotPictures> = {};
  for (const lang of LANGS) {
    const ctx = chartContext(lang, DEFAULT_FILTERS);
    words[lang] = OVERVIEW_CHARTS.map((spec) => cardWords(spec, dataOf(data.charts, spec), ctx));
    for (const width of SNAPSHOT_CHART_WIDTHS) {
      pictures[`${lang}-${width}`] = Object.fromEntries(
        OVERVIEW_CHARTS.map((spec, i) => {
          const chartData = dataOf(data.charts, spec);
          const height = words[lang][i]?.height ?? 360;
          return [spec.id, renderSvg(spec.option(chartData, ctx), lang, width, height)];
        }),
      );
    }
  }
  return { words, pictures };
}
