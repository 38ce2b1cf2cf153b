import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll } from 'vitest';
import { launchChromium, openWatchedPage, type PageOptions, type PageWatch } from './browser';
import { started } from './fixtures/started';

export { bundledDatabaseForFile, nodeDatabaseForFile } from './fixtures/database';

/*
 * What a browser-test file starts once and shares across its tests. Each `…ForFile()` is called at the
 * top level of a file: it registers the file's beforeAll (and the teardown it returns) and hands back
 * something the tests use once that hook has run. The Node database is in fixtures/database.ts, which
 * the unit and SQL tests under src/ share.
 */

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
