import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll } from 'vitest';
import type { Database, SqlParam } from '../src/db/database';
import { startNodeDatabaseWithBundledData } from '../src/db/nodeBundledData';
import { launchChromium, openWatchedPage, type PageOptions, type PageWatch } from './browser';

/*
 * What a browser-test file starts once and shares across its tests. Each `…ForFile()` is called at the
 * top level of a file: it registers the file's beforeAll (and the teardown it returns) and hands back
 * something the tests use once that hook has run.
 */

/** Fails loudly where a test file uses a shared resource outside its tests (at import time, say). */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} starts in beforeAll: use it inside a test or a hook`);
  return value;
}

/** The file's Debian Chromium. */
export interface Chromium {
  /** A fresh, watched context and page (see openWatchedPage); the test closes its context. */
  openPage(options?: PageOptions): Promise<PageWatch>;
}

export function chromiumForFile(): Chromium {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    return () => browser?.close();
  });
  return { openPage: (options) => openWatchedPage(started(browser, 'Chromium'), options) };
}

/**
 * DuckDB in Node with the bundled data: the figures a page must show come from the same SQL run here.
 * The handle forwards to the database the file's beforeAll started.
 */
export function bundledDatabaseForFile(): Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await startNodeDatabaseWithBundledData();
    return () => db?.close();
  });
  const database = () => started(db, 'The Node database');
  return {
    query: <Row extends object>(sql: string, params?: readonly SqlParam[]) =>
      database().query<Row>(sql, params),
    exec: (sql) => database().exec(sql),
    registerText: (name, text) => database().registerText(name, text),
    dropFile: (name) => database().dropFile(name),
    close: () => database().close(),
  };
}

/** A folder of the file's own under the system's temporary directory, removed after its tests. */
export interface ScratchDir {
  /** Where `name` goes in the folder. */
  path(name: string): string;
}

export function scratchDirForFile(prefix: string): ScratchDir {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    return () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    };
  });
  return { path: (name) => join(started(dir, 'The scratch folder'), name) };
}
