import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { overviewData, overviewPartners } from '../charts/pages/overviewData';
import type { Database } from '../db/database';
import { DEFAULT_FILTERS, type FilterState } from '../filters/filterState';
import { formatNumber } from '../i18n/format';
import type { Lang } from '../i18n/messages';
import { compareWithPreviousYear } from '../queries/kpiComparison';
import { KPI_IDS, kpiSeries } from '../queries/overviewMetrics';
import { summaryClipboard } from './summaryClipboard';
import { buildYearSummary, type SummaryFigure, summaryText } from './yearSummary';

/** The paragraph exactly as the page writes it: from the overview's data, the summary's extras included. */
async function pageSummary(db: Database, filters: FilterState, lang: Lang) {
  const overview = await overviewData(db, filters);
  const extras = overview.summary;
  if (overview.year === null || extras === null) throw new Error('no year');
  const summary = buildYearSummary({
    lang,
    year: overview.year,
    filters,
    series: overview.series,
    partners: overviewPartners(overview),
    targets: overview.targets,
    groups: extras.groups,
    events: extras.events,
  });
  return { summary, overview, extras };
}

const figuresOf = (summary: ReturnType<typeof buildYearSummary>) =>
  summary.sentences.flatMap((s) => s.segments.filter((seg): seg is SummaryFigure => typeof seg !== 'string'));

const state = (change: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...change });

/** Filter states a reporter would pick, named for their golden files. */
const STATES: Readonly<Record<string, FilterState>> = {
  default: DEFAULT_FILTERS,
  'layout63-2025': state({ layout: '63', year: 2025 }),
  'dong-thap': state({ provinces: ['82'] }),
  'mekong-4star-hcmc': state({ regions: ['DBSCL'], stars: ['4'], destinations: ['hcmc'] }),
  'beverage-2024': state({ groups: ['beverage'], year: 2024 }),
  'first-year-2019': state({ year: 2019 }),
};

describe('the year in words on the bundled data', () => {
  const db = bundledDatabaseForFile();
  const real = bundledDatabaseForFile({ only: 'real' });

  it('states every KPI figure the cards show, and the year before’s, for the default and filtered states', async () => {
    for (const [name, filters] of Object.entries(STATES)) {
      const { summary, overview } = await pageSummary(db, filters, 'vi');
      const year = overview.year ?? 0;
      // The cards' figures, from kpiSeries directly and compared as the KPI card compares them.
      const series = await kpiSeries(db, filters);
      const figures = figuresOf(summary);
      const text = summaryText(summary);
      for (const id of KPI_IDS) {
        const { current, previous, delta } = compareWithPreviousYear(series[id], year);
        const stated = figures.find((f) => f.id === `kpi:${id}`);
        if (!current || current.value === 0) {
          expect(stated, `${name}: ${id}`).toBeUndefined();
          continue;
        }
        expect(stated?.value, `${name}: ${id}`).toBe(current.value);
        expect(stated?.text).toBe(formatNumber('vi', current.value));
        expect(text).toContain(formatNumber('vi', current.value));
        const before = figures.find((f) => f.id === `previous:${id}`);
        if (previous && delta !== null && delta !== 0 && previous.value > 0) {
          expect(before?.value, `${name}: ${id} the year before`).toBe(previous.value);
        } else {
          expect(before, `${name}: ${id} the year before`).toBeUndefined();
        }
      }
      // The leaders are the top-partners chart's first bars, with its figures.
      for (const f of figures.filter((x) => x.id.startsWith('partner:'))) {
        const bar = overviewPartners(overview).find((p) => `partner:${p.unitKey}` === f.id);
        expect(bar && bar.toHcmc + bar.toHanoi).toBe(f.value);
      }
    }
  });

  it('matches the golden texts in Vietnamese and English', async () => {
    for (const [name, filters] of Object.entries(STATES)) {
      for (const lang of ['vi', 'en'] as const) {
        const { summary } = await pageSummary(db, filters, lang);
        await expect(`${summaryText(summary)}\n`).toMatchFileSnapshot(`golden/${name}.${lang}.txt`);
      }
    }
  });

  it('writes the real figures without the illustrative words, and lists their sources', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const filters = state({ layout: '63', year: 2020 });
      const { summary, extras } = await pageSummary(real, filters, lang);
      expect(summary.illustrative).toBe(false);
      const text = summaryText(summary);
      expect(text).not.toMatch(/minh họa|illustrative/);
      // 2020: Hà Nội 301 + Sóc Trăng 99 rated products, 175 + 56 MoUs (the articles in data/real).
      expect(figuresOf(summary).find((f) => f.id === 'kpi:ocopProducts')?.value).toBe(400);
      expect(figuresOf(summary).find((f) => f.id === 'kpi:mous')?.value).toBe(231);
      const sources = [...extras.sources.ocop, ...extras.sources.mous];
      expect(sources.length).toBeGreaterThan(0);
      const { text: copied } = summaryClipboard(summary, sources, lang);
      expect(copied.startsWith(text)).toBe(true);
      for (const source of sources) expect(copied).toContain(source);
      await expect(`${text}\n`).toMatchFileSnapshot(`golden/real-2020.${lang}.txt`);
    }
  });
});
