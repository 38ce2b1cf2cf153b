import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { chartContext, dataOf } from '../../src/charts/chartSpec';
import { OVERVIEW_CHARTS } from '../../src/charts/pages/overviewCharts';
import { overviewData } from '../../src/charts/pages/overviewData';
import { nearestSnapshotWidth, SNAPSHOT_CHART_WIDTHS } from '../../src/charts/pages/overviewSnapshot';
import { DEFAULT_FILTERS } from '../../src/filters/filterState';
import { translate } from '../../src/i18n/messages';
import { renderOverviewCharts } from './snapshotCharts';

const db = bundledDatabaseForFile();

describe('the snapshot’s drawn widths', () => {
  it('never stretch a picture by more than 5 % between the narrowest and the widest', () => {
    for (let width = SNAPSHOT_CHART_WIDTHS[0] ?? 0; width <= 1250; width++) {
      const drawn = nearestSnapshotWidth(width);
      expect(Math.abs(drawn - width) / width, `${width} px`).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('the snapshot’s charts, drawn at build time', () => {
  it('are every overview chart in both languages at every width, with the live card’s words', async () => {
    const data = await overviewData(db, DEFAULT_FILTERS);
    const { words, pictures } = renderOverviewCharts(data);
    const ids = OVERVIEW_CHARTS.map((spec) => spec.id);
    expect(Object.keys(pictures).sort()).toEqual(
      ['vi', 'en'].flatMap((lang) => SNAPSHOT_CHART_WIDTHS.map((w) => `${lang}-${w}`)).sort(),
    );
    for (const lang of ['vi', 'en'] as const) {
      const ctx = chartContext(lang, DEFAULT_FILTERS);
      expect(words[lang].map((w) => w.id)).toEqual(ids);
      OVERVIEW_CHARTS.forEach((spec, i) => {
        // The same title and words the live card shows for the same data.
        expect(words[lang][i]?.title).toBe(spec.title(dataOf(data.charts, spec), ctx));
        expect(words[lang][i]?.altText).toBe(spec.altText(dataOf(data.charts, spec), ctx));
      });
      for (const width of SNAPSHOT_CHART_WIDTHS) {
        for (const id of ids) {
          const svg = pictures[`${lang}-${width}`]?.[id] ?? '';
          // Sized by its card, hidden from screen readers (the card has its words), marked for the bench.
          expect(svg).toMatch(
            new RegExp(
              `^<svg width="100%" height="100%" preserveAspectRatio="none" aria-hidden="true"[^>]* data-snapshot-chart="${width}"[^>]* viewBox="0 0 ${width} \\d+"`,
            ),
          );
          // Drawn with its data: bars, lines and their labels, not an empty frame.
          expect((svg.match(/<path/g) ?? []).length, `${lang} ${width} ${id}`).toBeGreaterThan(10);
          if (id !== 'top-partners') expect(svg, `${lang} ${width} ${id}`).toContain(`>${data.years[0]}<`);
        }
      }
    }
    // Each language's own words are in its pictures: the star chart's year axis.
    expect(pictures['vi-585']?.['ocop-by-star']).toContain(`>${translate('vi', 'axisYear')}<`);
    expect(pictures['en-585']?.['ocop-by-star']).toContain(`>${translate('en', 'axisYear')}<`);
  });
});
