import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from './database';
import { bundledFileFromPath, loadBundledData } from './loadBundledData';
import { startNodeDatabase } from './nodeDatabase';

const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data');

/** The bundled CSVs as the browser gets them, read from disk: the same files, the same ingest, the same SQL. */
export function bundledFilesOnDisk() {
  return ['real', 'illustrative']
    .flatMap((dir) => {
      try {
        return readdirSync(resolve(DATA_DIR, dir)).map((name) => `${dir}/${name}`);
      } catch {
        return [];
      }
    })
    .sort()
    .flatMap((path) => bundledFileFromPath(path) ?? []);
}

export interface BundledDataOptions {
  /** `'real'` leaves the illustrative files out. */
  only?: 'real';
}

/** DuckDB in Node with the bundled data loaded. */
export async function startNodeDatabaseWithBundledData(options: BundledDataOptions = {}): Promise<Database> {
  const db = await startNodeDatabase();
  await loadBundledData(
    db,
    bundledFilesOnDisk().filter((file) => !options.only || file.path.startsWith(`${options.only}/`)),
    async (path) => new Uint8Array(readFileSync(resolve(DATA_DIR, path))),
  );
  return db;
}
