import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import { writeProductRows } from '../generateData';
import { median, percentile } from './stats';

const ROWS = 1_000_000;

/** The generator's 1M-row file, written once into data/generated (git-ignored). */
export function millionRowFile(root: string): string {
  const dir = resolve(root, 'data', 'generated', 'bench');
  const path = resolve(dir, 'ocop_products.csv');
  if (!existsSync(path) || statSync(path).size < 10_000_000) writeProductRows(ROWS, dir);
  return path;
}

/** Native DuckDB, one thread, reading the same file with read_csv: the physical limit we compare to. */
export async function nativeIngestMs(path: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await instance.connect();
    const start = performance.now();
    await connection.run(`CREATE TABLE ocop AS SELECT * FROM read_csv('${path.replaceAll("'", "''")}')`);
    times.push(performance.now() - start);
    connection.closeSync();
    instance.closeSync();
  }
  return median(times);
}

export interface IngestFigures {
  readonly ingest_1m_ms: number;
  /** The three machine steps of ingest_1m_ms: preview + mapping guess, full read and check, load. */
  readonly ingest_1m_steps_ms: readonly [number, number, number];
  /**
   * After the load, writing the rows to the browser's storage (IndexedDB) for the next visit; the data
   * is usable before (the Data view says it is saving), so it is not part of ingest_1m_ms.
   */
  readonly ingest_1m_save_ms: number;
  readonly native_ingest_1m_ms: number;
  readonly ingest_ratio: number;
  readonly filter_p50_ms_1m: number;
  readonly filter_p95_ms_1m: number;
}

type Phase = 'mapping' | 'report' | 'loaded';

/** Waits for an import session to reach `phase`, checking every animation frame, and returns when. */
async function phaseReached(page: Page, fileName: string, phase: Phase): Promise<number> {
  await page.waitForFunction(
    ([name, wanted]) =>
      document.querySelector(`article.import-session[data-file="${name}"]`)?.getAttribute('data-phase') ===
      wanted,
    [fileName, phase] as const,
    { polling: 'raf', timeout: 300_000 },
  );
  return performance.now();
}

/**
 * The 1M-row figures: the generator's file imported through the Data view exactly as a user does it
 * (pick the file, check it, load the valid rows), timing the machine's steps and not the clicks; then
 * filter changes on the overview with those rows loaded.
 */
export async function measureIngest(
  browser: Browser,
  baseUrl: string,
  root: string,
  filterTimings: (page: Page, changes: number) => Promise<number[]>,
): Promise<IngestFigures> {
  console.log('1M-row file and native DuckDB ingest…');
  const path = millionRowFile(root);
  const native = await nativeIngestMs(path);

  console.log('1M-row import through the Data view…');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}?view=data`);
  await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: 120_000 });
  const fileName = basename(path);
  const session = page.locator(`article.import-session[data-file="${fileName}"]`);
  let start = performance.now();
  await page.locator('.file-picker input[type="file"]').setInputFiles(path);
  const preview = (await phaseReached(page, fileName, 'mapping')) - start;
  await session.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
  start = performance.now();
  const check = (await phaseReached(page, fileName, 'report')) - start;
  const load = session.getByRole('button', { name: /^Nạp [\d.]+ dòng hợp lệ$/ });
  await load.click();
  start = performance.now();
  const loadMs = (await phaseReached(page, fileName, 'loaded')) - start;
  start = performance.now();
  await page.waitForFunction(
    (name) =>
      document.querySelector(`article.import-session[data-file="${name}"]`)?.getAttribute('data-saved') ===
      'yes',
    fileName,
    { polling: 'raf', timeout: 300_000 },
  );
  const saveMs = performance.now() - start;

  // Filters are timed once the rows are saved too: the save keeps DuckDB busy for a few seconds.
  console.log('Filter changes with 1M rows loaded…');
  await page.getByRole('button', { name: 'Tổng quan' }).click();
  await page.locator('[data-rendered-filters]').waitFor({ timeout: 120_000 });
  const filter = await filterTimings(page, 50);
  await context.close();

  const ingest = preview + check + loadMs;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    ingest_1m_ms: round(ingest),
    ingest_1m_steps_ms: [round(preview), round(check), round(loadMs)],
    ingest_1m_save_ms: round(saveMs),
    native_ingest_1m_ms: native,
    ingest_ratio: round(ingest / native),
    filter_p50_ms_1m: percentile(filter, 50),
    filter_p95_ms_1m: percentile(filter, 95),
  };
}
