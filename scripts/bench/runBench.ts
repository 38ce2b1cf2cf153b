/**
 * `npm run bench`: builds the site, serves it on localhost, drives Debian's Chromium and prints the
 * figures of issues 8 and 16 as a table and as bench-results.json (git-ignored). Medians and ranges over
 * several runs, because this 2-core machine is noisy; compare ratios measured in the same run.
 * `BENCH_QUICK=1 npm run bench` skips the 1M-row import (about 4 of its 6 minutes) and writes
 * bench-results-quick.json instead, for a quicker loop while working on start-up or filters.
 * Both open the 10M-row Parquet file by URL (remoteBench.ts; generated once into data/generated/remote).
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../../e2e/browser';
import { parseFilterState, serializeFilterState } from '../../src/filters/urlState';
import { measureIngest } from './ingestBench';
import { measureRemote, remoteBenchServer } from './remoteBench';
import { median, percentile, range } from './stats';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = resolve(ROOT, 'dist');
const COLD_LOADS = 7;
const FILTER_CHANGES = 60;
const QUICK = process.env.BENCH_QUICK === '1';

/**
 * Injected before any page script: records when a chart first shows its data (±1 frame) — for the first
 * chart, any chart on screen with its data: the build-time picture of the snapshot (an SVG drawn with
 * its data, `[data-chart] svg[data-snapshot-chart]`) or an ECharts chart holding data; for interactive,
 * each chart of the live overview drawn by ECharts from DuckDB's answers (inside
 * `[data-rendered-filters]`, which the snapshot never carries).
 */
const OBSERVER = `
  window.__bench = { firstChart: null, charts: {} };
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const hasData = (el) => {
    const chart = el.ocopChart;
    return !!chart && (chart.getOption().series || []).some((s) => (s.data || []).length > 0);
  };
  const poll = () => {
    const now = performance.now();
    if (window.__bench.firstChart === null) {
      for (const el of document.querySelectorAll('[data-chart] svg[data-snapshot-chart]')) {
        if (shown(el)) window.__bench.firstChart = now;
      }
      for (const el of document.querySelectorAll('[data-chart] .echarts-for-react')) {
        if (window.__bench.firstChart === null && shown(el) && hasData(el)) window.__bench.firstChart = now;
      }
    }
    for (const el of document.querySelectorAll('[data-rendered-filters] [data-chart] .echarts-for-react')) {
      const id = el.closest('[data-chart]').dataset.chart;
      if (!window.__bench.charts[id] && hasData(el)) window.__bench.charts[id] = now;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

const OVERVIEW_CHARTS = ['ocop-by-star', 'linkage-trend', 'top-partners'];

interface ColdLoad {
  firstChart: number;
  interactive: number;
  jsBeforeFirstChart: string[];
}

/** Opens the dashboard in `page` and waits for every live overview chart; what the page measured. */
async function visit(page: Page, url: string): Promise<ColdLoad> {
  await page.addInitScript(OBSERVER);
  await page.goto(url);
  await page.waitForFunction(
    (ids) =>
      ids.every(
        (id) => (window as unknown as { __bench: { charts: Record<string, number> } }).__bench.charts[id],
      ),
    OVERVIEW_CHARTS,
    { timeout: 60_000 },
  );
  return page.evaluate((ids) => {
    const bench = (window as unknown as { __bench: { firstChart: number; charts: Record<string, number> } })
      .__bench;
    const firstChart = bench.firstChart;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= firstChart)
      .map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
    return {
      firstChart,
      interactive: Math.max(...ids.map((id) => bench.charts[id] ?? Number.NaN)),
      jsBeforeFirstChart: js,
    };
  }, OVERVIEW_CHARTS);
}

/**
 * A first visit in a fresh browser context (empty HTTP cache), then a second visit in the same context:
 * every file comes from the HTTP cache (revalidated: vite preview sends `no-cache` with an ETag), and
 * Chromium may reuse the wasm's compiled code it cached on the first visit.
 */
async function coldThenWarm(browser: Browser, url: string): Promise<{ cold: ColdLoad; warm: ColdLoad }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const cold = await visit(await context.newPage(), url);
  // Chromium writes the wasm's compiled code to its cache after compiling it in the background.
  await new Promise((done) => setTimeout(done, 2_000));
  const warm = await visit(await context.newPage(), url);
  await context.close();
  return { cold, warm };
}

async function duckdbBare(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('ocop:duckdb-bare-ready').length > 0,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const ms = await page.evaluate(
    () => performance.getEntriesByName('ocop:duckdb-bare-ready')[0]?.startTime ?? Number.NaN,
  );
  await context.close();
  return ms;
}

/**
 * Whether the second visit reused the wasm's compiled code: one more first and second visit, traced.
 * V8 compiles DuckDB's functions lazily, on first call (`wasm.CompileLazy`); code taken from Chromium's
 * code cache would not be compiled again, so the second visit's count tells.
 */
async function wasmLazyCompiles(browser: Browser, url: string): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const count = async () => {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['v8.wasm'] });
    await visit(page, url);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string }[] };
    await page.close();
    return trace.traceEvents.filter((e) => e.name === 'wasm.CompileLazy').length;
  };
  const cold = await count();
  await new Promise((done) => setTimeout(done, 5_000));
  const warm = await count();
  await context.close();
  return { cold, warm };
}

/** Filter changes the way the URL drives them (Back/Forward and links do the same), timed to redraw. */
const FILTER_URLS = [
  '?year=2024',
  '?region=DBSCL',
  '?group=food',
  '?star=4',
  '?year=2022&region=TN',
  '?group=beverage&star=3,4',
  '?region=DBSH,TDMNPB',
  '?years=2020-2024',
  '?star=5',
  '?layout=34',
  '?layout=34&region=DBSCL',
  '?dest=hcmc',
];

/** `keep`: parameters every URL keeps (`data`: the dataset opened by URL stays open). */
export async function filterTimings(
  page: Page,
  changes: number,
  view?: string,
  keep: Readonly<Record<string, string>> = {},
): Promise<number[]> {
  const timings: number[] = [];
  for (let i = 0; i < changes; i++) {
    // Alternate with the defaults so every change is a real change.
    const search = withParams(
      withView(i % 2 === 0 ? (FILTER_URLS[(i / 2) % FILTER_URLS.length] ?? '') : '', view),
      keep,
    );
    const expected = serializeFilterState(parseFilterState(search));
    // A string, not a function: tsx would wrap named helpers in __name(), which the page lacks.
    const ms = await page.evaluate(`(async () => {
      const start = performance.now();
      history.pushState(null, '', location.pathname + ${JSON.stringify(search)});
      dispatchEvent(new PopStateEvent('popstate'));
      for (;;) {
        const root = document.querySelector('[data-rendered-filters]');
        if (root && root.dataset.renderedFilters === ${JSON.stringify(expected)}) break;
        await new Promise((done) => requestAnimationFrame(done));
      }
      // React committed the new data and ECharts got its options; the next frame paints them.
      await new Promise((done) => requestAnimationFrame(done));
      return performance.now() - start;
    })()`);
    timings.push(Number(ms));
  }
  return timings;
}

/** A filter URL on another page than the overview: `?view=map&year=2024`. */
function withView(search: string, view: string | undefined): string {
  if (!view) return search;
  const params = new URLSearchParams(search);
  params.set('view', view);
  return `?${params.toString()}`;
}

function withParams(search: string, keep: Readonly<Record<string, string>>): string {
  if (Object.keys(keep).length === 0) return search;
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(keep)) params.set(name, value);
  return `?${params.toString()}`;
}

/** Filter changes on one page of the dashboard, opened fresh, timed as on the overview. */
async function pageFilterTimings(browser: Browser, base: string, view?: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}${withView('', view)}`);
  await page.locator('[data-rendered-filters]').waitFor({ timeout: 60_000 });
  const timings = await filterTimings(page, FILTER_CHANGES, view);
  await context.close();
  return timings;
}

function gzipKb(files: readonly string[]): number {
  let bytes = 0;
  for (const file of new Set(files)) {
    const gz = resolve(DIST, 'assets', `${file}.gz`);
    bytes += existsSync(gz) ? statSync(gz).size : statSync(resolve(DIST, 'assets', file)).size;
  }
  return Math.round(bytes / 1024);
}

async function main() {
  console.log('Building…');
  await build({ root: ROOT, logLevel: 'warn' });
  // The 10M-row file by URL comes from the same origin as the page, with byte ranges (e2e/rangeServer.ts).
  const remote = remoteBenchServer(ROOT);
  const server = await preview({
    root: ROOT,
    plugins: [remote.plugin],
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('vite preview gave no URL');
  const browser = await launchChromium();
  try {
    console.log(`Cold loads, each followed by a warm one (${COLD_LOADS})…`);
    const loads: ColdLoad[] = [];
    const warmLoads: ColdLoad[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      const { cold, warm } = await coldThenWarm(browser, base);
      loads.push(cold);
      warmLoads.push(warm);
    }
    console.log('Compiled wasm code on a second visit (traced)…');
    const lazyCompiles = await wasmLazyCompiles(browser, base);
    console.log(`DuckDB alone (${COLD_LOADS})…`);
    const bare: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++)
      bare.push(await duckdbBare(browser, `${base}scripts/bench/duckdb-bare.html`));

    console.log(
      `Filter changes on the bundled data (${FILTER_CHANGES} on the overview, the map, the provinces)…`,
    );
    const filter = await pageFilterTimings(browser, base);
    const filterMap = await pageFilterTimings(browser, base, 'map');
    const filterProvinces = await pageFilterTimings(browser, base, 'provinces');

    const ingest = QUICK ? {} : await measureIngest(browser, base, ROOT, filterTimings);
    const remoteFigures = await measureRemote(
      browser,
      base,
      ROOT,
      remote.handler,
      filterTimings,
      FILTER_CHANGES,
    );

    const first = loads.map((l) => l.firstChart);
    const interactive = loads.map((l) => l.interactive);
    const warmInteractive = warmLoads.map((l) => l.interactive);
    const jsFiles = loads[0]?.jsBeforeFirstChart ?? [];
    const wasm = readdirSync(resolve(DIST, 'assets')).find((f) => /^duckdb-eh-.*\.wasm$/.test(f)) ?? '';
    const results = {
      first_chart_ms: median(first),
      first_chart_range_ms: range(first),
      interactive_ms: median(interactive),
      interactive_range_ms: range(interactive),
      warm_interactive_ms: median(warmInteractive),
      warm_interactive_range_ms: range(warmInteractive),
      // wasm functions V8 compiled on a first and a second visit: equal counts mean no compiled code reused.
      wasm_lazy_compiles_cold: lazyCompiles.cold,
      wasm_lazy_compiles_warm: lazyCompiles.warm,
      duckdb_bare_ms: median(bare),
      duckdb_bare_range_ms: range(bare),
      interactive_target_ms: Math.round(1.2 * median(bare) + 150),
      filter_p50_ms: percentile(filter, 50),
      filter_p95_ms: percentile(filter, 95),
      filter_p95_ms_map: percentile(filterMap, 95),
      filter_p95_ms_provinces: percentile(filterProvinces, 95),
      ...ingest,
      ...remoteFigures.values,
      initial_js_gzip_kb: gzipKb(jsFiles.filter((f) => !f.includes('worker'))),
      initial_worker_js_gzip_kb: gzipKb(jsFiles.filter((f) => f.includes('worker'))),
      initial_js_files: jsFiles,
      wasm_gzip_kb: gzipKb([wasm]),
      // Why a key above is null: it has no number, never an invented one.
      missing: remoteFigures.missing,
      machine: {
        cores: (await import('node:os')).cpus().length,
        node: process.version,
        date: new Date().toISOString(),
      },
    };
    const out = QUICK ? 'bench-results-quick.json' : 'bench-results.json';
    writeFileSync(resolve(ROOT, out), `${JSON.stringify(results, null, 2)}\n`);
    console.table(
      Object.fromEntries(
        Object.entries(results)
          .filter(([key]) => key !== 'machine' && key !== 'initial_js_files' && key !== 'missing')
          .map(([key, value]) => {
            const why = (remoteFigures.missing as Record<string, string | undefined>)[key];
            return [key, { value: why ? `missing: ${why}` : Array.isArray(value) ? value.join('–') : value }];
          }),
      ),
    );
    console.log(`Written to ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
