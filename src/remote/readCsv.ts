import type { Database } from '../db/database';
import { appendRowsFromCsv, checkedIdentifier } from '../db/loadTable';
import { stagedArrowIpc } from '../db/sqlIngest/stagedLoad';
import { guessDateOrder } from '../ingest/guessLayout';
import type { DatasetId } from '../model/datasets';
import { checkWholeFile, releaseChecked } from '../upload/checkFile';
import { startImportWorker } from '../upload/importWorkerClient';
import { oneAtATime } from '../upload/uploadedData';
import { fileNameOf } from './manifest';
import type { TransferStats } from './parquetWorkerProtocol';
import { fetchWhole } from './rangeFile';
import type { ParquetLoad } from './readParquet';
import { RemoteProblemError } from './remoteProblem';

/**
 * A CSV file opened by URL is downloaded (refused above the import limit) and read as an upload is: the
 * import worker's preview finds its header and dataset, DuckDB checks every row (upload/checkFile.ts).
 * There is no one to answer the mapping form, so the header must map every required column by itself;
 * rows the checks reject are left out and counted. The valid rows come back as Arrow IPC, like a
 * Parquet file's.
 */
export interface CsvRead {
  readonly load: ParquetLoad;
  readonly transfer: TransferStats;
  readonly rejectedRows: number;
}

let scratches = 0;

/** The rows the old path (ingestCsvStream) gave as text, as Arrow IPC through a scratch table. */
async function csvTextAsIpc(
  db: Database,
  dataset: DatasetId,
  columns: ParquetLoad['columns'],
  csvText: string,
): Promise<Uint8Array> {
  const scratch = checkedIdentifier(`csv_url_${++scratches}`);
  await db.exec(`CREATE TEMP TABLE ${scratch} AS SELECT * FROM ${checkedIdentifier(dataset)} LIMIT 0`);
  try {
    await appendRowsFromCsv(db, scratch, columns, csvText, scratch);
    return await db.queryArrowIpc(
      `SELECT ${columns.map((c) => checkedIdentifier(c.name)).join(', ')} FROM ${scratch}`,
    );
  } finally {
    await db.exec(`DROP TABLE IF EXISTS ${scratch}`);
  }
}

export async function readRemoteCsv(
  db: Database,
  url: string,
  options: {
    readonly dataset?: DatasetId;
    readonly maxBytes: number;
    readonly signal?: AbortSignal;
    readonly onProgress?: (rowsRead: number, fileRows: number) => void;
  },
): Promise<CsvRead> {
  const bytes = await fetchWhole(url, options.maxBytes, options.signal);
  const name = fileNameOf(url) || 'data.csv';
  const file = new File([bytes as BlobPart], name, { type: 'text/csv' });
  const worker = startImportWorker();
  const abort = () => worker.terminate();
  options.signal?.addEventListener('abort', abort);
  try {
    const previewed = await worker.preview(file);
    if (previewed.type !== 'preview' || previewed.preview.problem)
      throw new RemoteProblemError({
        code: 'badRows',
        url,
        detail: previewed.type === 'preview' ? (previewed.preview.problem ?? '') : 'workbook',
      });
    const { guesses } = previewed.preview;
    const guess = options.dataset ? guesses.find((g) => g.dataset === options.dataset) : guesses[0];
    if (!guess) throw new RemoteProblemError({ code: 'unknownDataset', url });
    if (guess.missingRequired.length > 0)
      throw new RemoteProblemError({ code: 'wrongColumns', url, missing: guess.missingRequired });
    const checked = await checkWholeFile(
      db,
      worker,
      file,
      // As the import screen would guess it: the order of the dates from the first rows.
      guessDateOrder(previewed.preview, guess.dataset, guess.mapping) === 'mdy'
        ? { dataset: guess.dataset, mapping: guess.mapping, dateOrder: 'mdy' }
        : { dataset: guess.dataset, mapping: guess.mapping },
      (p) => options.onProgress?.(p.rowsRead, 0),
    );
    try {
      if (checked.rowCount === 0)
        throw new RemoteProblemError({
          code: 'badRows',
          url,
          detail: `${checked.rejectedRowCount} rows rejected`,
        });
      const ipc = await oneAtATime(() =>
        checked.staged !== undefined
          ? stagedArrowIpc(db, checked.columns, checked.staged)
          : csvTextAsIpc(db, guess.dataset, checked.columns, checked.csvText),
      );
      return {
        load: {
          dataset: guess.dataset,
          columns: checked.columns,
          ipc,
          rowCount: checked.rowCount,
          fileRows: checked.dataRowCount,
          summarised: false,
        },
        transfer: { bytesRead: bytes.byteLength, byteLength: bytes.byteLength, ranges: false },
        rejectedRows: checked.rejectedRowCount,
      };
    } finally {
      releaseChecked(db, checked);
    }
  } finally {
    options.signal?.removeEventListener('abort', abort);
    worker.terminate();
  }
}
