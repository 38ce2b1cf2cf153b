import { ingestCsv, toCsvText } from '../ingest/ingestCsv';
import { outputColumns } from '../ingest/normalizeRows';
import { DATASET_IDS, type DatasetId } from '../model/datasets';
import type { Database } from './database';
import { loadReferenceTables } from './loadReferenceTables';
import { loadCsvIntoTable } from './loadTable';

/** A CSV shipped in data/real or data/illustrative, named after its dataset (ocop_products.csv, …). */
export interface BundledFile {
  /** Path relative to data/, e.g. "real/ocop_products.csv". */
  readonly path: string;
  readonly dataset: DatasetId;
}

export function bundledFileFromPath(path: string): BundledFile | undefined {
  const match = /^(?:real|illustrative)\/([a-z_]+)\.csv$/.exec(path);
  const dataset = DATASET_IDS.find((id) => id === match?.[1]);
  return dataset ? { path, dataset } : undefined;
}

export class BundledDataError extends Error {}

/**
 * Loads the reference tables and every bundled CSV through the same ingest path users' files take.
 * Bundled data must be clean: one rejected row is a bug in the data, reported with its row number.
 */
export async function loadBundledData(
  db: Database,
  files: readonly BundledFile[],
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<void> {
  await loadReferenceTables(db);
  const texts = new Map<DatasetId, string[]>();
  for (const file of files) {
    const result = ingestCsv(await readFile(file.path), { dataset: file.dataset });
    if (result.error) throw new BundledDataError(`${file.path}: ${JSON.stringify(result.error)}`);
    const first = result.table.rejected[0];
    if (first) {
      throw new BundledDataError(
        `${file.path} row ${first.rowNumber}, ${first.column}: ${JSON.stringify(first.reason)}`,
      );
    }
    const list = texts.get(file.dataset) ?? [];
    list.push(toCsvText(result.table.columns, result.table.rows));
    texts.set(file.dataset, list);
  }
  // Every dataset gets its table, empty when nothing is bundled, so queries never meet a missing table.
  for (const dataset of DATASET_IDS) {
    const columns = outputColumns(dataset);
    const header = `${columns.map((c) => c.name).join(',')}\n`;
    await loadCsvIntoTable(db, dataset, columns, header, 'replace');
    for (const text of texts.get(dataset) ?? []) await loadCsvIntoTable(db, dataset, columns, text, 'append');
  }
}
