import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type RangeHandler, rangeServerPlugin } from '../../e2e/rangeServer';
import { generateOcopParquet } from '../generateOcopParquet';
import { percentile } from './stats';

/**
 * The figures of datasets opened by URL (issue 17): the 10M-row `ocop_products` Parquet file opened with
 * `?data=<URL>` from the bench's own server (same origin, byte ranges), read over HTTP range requests.
 * - remote_10m_first_chart_ms: navigation start → the overview's first live chart drawn from the dataset.
 * - remote_10m_bytes: body bytes the server sent until then (what the page fetched to draw it).
 * - remote_10m_filter_p95_ms: filter changes on that page, timed as the bench times them on bundled data.
 * A key the page cannot produce (the dataset failed to open, the feature is not in the build) is printed as
 * missing, with the reason: never a number the page did not measure.
 */
export const REMOTE_KEYS = [
  'remote_10m_first_chart_ms',
  'remote_10m_bytes',
  'remote_10m_filter_p95_ms',
] as const;
export type RemoteKey = (typeof REMOTE_KEYS)[number];

export const REMOTE_ROWS = 10_000_000;
/** Where the bench's server mounts the folder of the file: `<origin>/bench-data/…`. */
export const REMOTE_PREFIX = '/bench-data';
const FILE_NAME = 'ocop_products_10m.parquet';
/** Opening 10M rows may take long on this 2-core machine; past this, the key is missing (timeout). */
const OPEN_TIMEOUT_MS = 300_000;
/** With no status element this long after the overview drew, the build has no datasets by URL. */
const NO_FEATURE_AFTER_MS = 10_000;

export function remoteDataDir(root: string): string {
  return resolve(root, 'data', 'generated', 'remote');
}

/** The 10M-row file in data/generated/remote (git-ignored), generated once (about 15 s). */
export async function tenMillionRowFile(root: string): Promise<string> {
  const path = resolve(remoteDataDir(root), FILE_NAME);
  if (existsSync(path) && statSync(path).size > 100_000_000) return path;
  console.log('Generating the 10M-row Parquet file…');
  await generateOcopParquet(REMOTE_ROWS, path);
  return path;
}

/** The range handler on the bench's own preview server, serving data/generated/remote. */
export function remoteBenchServer(root: string) {
  const { plugin, handlers } = rangeServerPlugin([{ prefix: REMOTE_PREFIX, dir: remoteDataDir(root) }]);
  const handler = handlers.get(REMOTE_PREFIX);
  if (!handler) throw new Error('no range handler');
  return { plugin, handler };
}

/** What the page did with `?data=`, as its observer saw it. */
export type RemoteOutcome =
  | {
      readonly kind: 'drawn';
      readonly firstChartMs: number;
      readonly bytes: number;
      readonly filter: readonly number[] | string;
    }
  | { readonly kind: 'failed'; readonly problem: string | null; readonly message: string }
  | { readonly kind: 'noFeature' }
  | { readonly kind: 'drawnBeforeOpen' }
  | { readonly kind: 'timeout'; readonly state: string | null };

export interface RemoteFigures {
  readonly values: Readonly<Record<RemoteKey, number | null>>;
  /** Why a key has no number. */
  readonly missing: Readonly<Partial<Record<RemoteKey, string>>>;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The keys' values, or each one's reason to be missing. */
export function remoteFigures(outcome: RemoteOutcome): RemoteFigures {
  const none = (reason: string): RemoteFigures => ({
    values: { remote_10m_first_chart_ms: null, remote_10m_bytes: null, remote_10m_filter_p95_ms: null },
    missing: Object.fromEntries(REMOTE_KEYS.map((key) => [key, reason])),
  });
  switch (outcome.kind) {
    case 'failed':
      return none(
        `the page showed the failure state: ${outcome.problem ?? 'no data-problem'}${outcome.message ? ` (${outcome.message})` : ''}`,
      );
    case 'noFeature':
      return none(
        'the page drew the bundled data and has no [data-opened-dataset]: datasets by URL are not in this build',
      );
    case 'drawnBeforeOpen':
      return none(
        'live overview charts were on screen before the dataset was open (bundled data?): the first chart of the dataset cannot be told apart',
      );
    case 'timeout':
      return none(
        `no chart of the dataset within ${OPEN_TIMEOUT_MS / 1000} s (data-state: ${outcome.state ?? 'none'})`,
      );
    case 'drawn': {
      const filterOk = typeof outcome.filter !== 'string' && outcome.filter.length > 0;
      return {
        values: {
          remote_10m_first_chart_ms: round(outcome.firstChartMs),
          remote_10m_bytes: outcome.bytes,
          remote_10m_filter_p95_ms:
            filterOk && typeof outcome.filter !== 'string' ? percentile(outcome.filter, 95) : null,
        },
        missing: filterOk
          ? {}
          : {
              remote_10m_filter_p95_ms: `filter changes failed: ${typeof outcome.filter === 'string' ? outcome.filter : 'none timed'}`,
            },
      };
    }
  }
}

/**
 * Injected before any page script (a string: tsx would wrap named helpers in __name(), which the page
 * lacks). Every frame: the status element's state, and whether a live overview chart (inside
 * `[data-rendered-filters]`, drawn by ECharts from DuckDB) holds data. The first frame with the dataset open
 * and such a chart on screen is the first chart; `__remoteChartDrawn` tells the bench to read its counter.
 */
const REMOTE_OBSERVER = `
  window.__remote = { outcome: null, chartAt: null, firstLiveAt: null, liveBeforeOpen: false, state: null };
  const hasData = (el) => {
    const chart = el.ocopChart;
    const box = el.getBoundingClientRect();
    return !!chart && box.width > 0 && box.height > 0 &&
      (chart.getOption().series || []).some((s) => (s.data || []).length > 0);
  };
  const poll = () => {
    const r = window.__remote;
    if (r.outcome === null) {
      const now = performance.now();
      const status = document.querySelector('[data-opened-dataset]');
      const state = status ? status.getAttribute('data-state') : null;
      r.state = state;
      const live = [...document.querySelectorAll('[data-rendered-filters] [data-chart] .echarts-for-react')].some(hasData);
      if (live && r.firstLiveAt === null) r.firstLiveAt = now;
      if (state === 'failed') {
        const alert = status.querySelector('[role="alert"]');
        r.problem = alert ? alert.getAttribute('data-problem') : null;
        r.message = (alert || status).textContent.trim().replace(/\\s+/g, ' ').slice(0, 200);
        r.outcome = 'failed';
      } else if (live && state === 'open') {
        r.chartAt = now;
        r.outcome = r.liveBeforeOpen ? 'drawnBeforeOpen' : 'drawn';
        if (window.__remoteChartDrawn) window.__remoteChartDrawn();
      } else if (live) {
        r.liveBeforeOpen = true;
        if (!status && now - r.firstLiveAt > ${NO_FEATURE_AFTER_MS}) r.outcome = 'noFeature';
      }
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
`;

interface Observed {
  outcome: 'drawn' | 'failed' | 'noFeature' | 'drawnBeforeOpen' | null;
  chartAt: number | null;
  state: string | null;
  problem?: string | null;
  message?: string;
}

/**
 * Opens the dashboard with the 10M-row file by URL in a fresh context, then times filter changes there.
 * `filterTimings` is the bench's (runBench.ts), passed in so that both pages are timed alike.
 */
export async function measureRemote(
  browser: Browser,
  baseUrl: string,
  root: string,
  handler: RangeHandler,
  filterTimings: (
    page: Page,
    changes: number,
    view?: string,
    keep?: Readonly<Record<string, string>>,
  ) => Promise<number[]>,
  filterChanges: number,
): Promise<RemoteFigures> {
  await tenMillionRowFile(root);
  const dataUrl = `${new URL(baseUrl).origin}${REMOTE_PREFIX}/${FILE_NAME}`;
  console.log(`The 10M-row Parquet file by URL (${dataUrl})…`);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    let bytesAtChart: number | null = null;
    await context.exposeBinding('__remoteChartDrawn', () => {
      bytesAtChart ??= handler.bytesSent();
    });
    const page = await context.newPage();
    await page.addInitScript(REMOTE_OBSERVER);
    handler.resetCounts();
    await page.goto(`${baseUrl}?data=${encodeURIComponent(dataUrl)}`);
    const observed = await page
      .waitForFunction(
        () => {
          const r = (window as unknown as { __remote: Observed }).__remote;
          return r.outcome !== null ? r : null;
        },
        undefined,
        { timeout: OPEN_TIMEOUT_MS, polling: 500 },
      )
      .then((handle) => handle.jsonValue() as Promise<Observed>)
      .catch(async () => ({
        outcome: null,
        chartAt: null,
        state: await page.evaluate(() => (window as unknown as { __remote: Observed }).__remote.state),
      }));
    switch (observed.outcome) {
      case null:
        return remoteFigures({ kind: 'timeout', state: observed.state });
      case 'failed':
        return remoteFigures({
          kind: 'failed',
          problem: observed.problem ?? null,
          message: observed.message ?? '',
        });
      case 'noFeature':
      case 'drawnBeforeOpen':
        return remoteFigures({ kind: observed.outcome });
      case 'drawn': {
        // The binding's call reaches Node a moment after the frame; wait for it rather than read later.
        for (let i = 0; i < 100 && bytesAtChart === null; i++)
          await new Promise((done) => setTimeout(done, 10));
        const filter = await filterTimings(page, filterChanges, undefined, { data: dataUrl }).catch(
          (error: unknown) => String(error),
        );
        return remoteFigures({
          kind: 'drawn',
          firstChartMs: observed.chartAt ?? Number.NaN,
          bytes: bytesAtChart ?? handler.bytesSent(),
          filter,
        });
      }
    }
  } finally {
    await context.close();
  }
}
