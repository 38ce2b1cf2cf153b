import type { Database } from '../db/database';
import { type ArrowLoad, type DataLoad, insertLoadsFromArrow } from '../db/dataLoads';
import type { DatasetId } from '../model/datasets';
import { oneAtATime } from '../upload/uploadedData';
import { originAllowed } from './allowedOrigins';
import { formatOfPath, type Manifest, parseManifest, type ResolvedFile, resolveAgainst } from './manifest';
import type { TransferStats } from './parquetWorkerProtocol';
import { fetchWhole } from './rangeFile';
import type { ParquetLoad } from './readParquet';
import { problemOf, RemoteProblemError } from './remoteProblem';

/**
 * Opens a dataset published on a web server (`?data=<url>`): a manifest (remote/manifest.ts) or one
 * Parquet or CSV file. Every file is read first; only then do their loads replace the dataset open before, in
 * one transaction (db/dataLoads.ts' insertLoadsFromArrow). A problem anywhere leaves the data open before
 * as it was.
 */

export interface OpenedFile {
  readonly url: string;
  readonly dataset: DatasetId;
  readonly rowCount: number;
  readonly fileRows: number;
  readonly summarised: boolean;
  readonly format: FileToRead['format'];
  /** Rows of a CSV its checks rejected (left out). */
  readonly rejectedRows: number;
  readonly transfer: TransferStats;
}

export interface OpenedDataset {
  /** The address as resolved against the page. */
  readonly url: string;
  /** From the manifest; null for a single file. */
  readonly manifest: Manifest | null;
  readonly files: readonly OpenedFile[];
  readonly loads: readonly DataLoad[];
}

export interface OpenProgress {
  readonly fileIndex: number;
  readonly files: number;
  readonly rowsRead: number;
  readonly fileRows: number;
}

/** One file to read; `dataset` is known when a manifest names it. */
export type FileToRead = Omit<ResolvedFile, 'dataset'> & { readonly dataset?: DatasetId };

/** What reading one file gives: its rows, the bytes it took, and (a CSV) the rows its checks rejected. */
export interface FileRead {
  readonly load: ParquetLoad;
  readonly transfer: TransferStats;
  readonly rejectedRows?: number;
}

/** Reads one file (a Parquet file in a worker, a CSV as an upload; directly in tests). */
export type FileReader = (
  file: FileToRead,
  onProgress: (rowsRead: number, fileRows: number) => void,
) => Promise<FileRead>;

export interface OpenOptions {
  readonly pageUrl: string;
  readFile: FileReader;
  /** Loads of the dataset open now, replaced by the new one. */
  readonly replaces: readonly string[];
  readonly allowedOrigins?: readonly string[];
  readonly onProgress?: (progress: OpenProgress) => void;
  readonly signal?: AbortSignal;
}

/** A manifest is a small JSON file: anything larger is not one. */
const MAX_MANIFEST_BYTES = 2_000_000;

let opened = 0;

function checkOrigin(url: string, pageUrl: string, allowed?: readonly string[]): void {
  const origin = new URL(url).origin;
  if (!originAllowed(url, new URL(pageUrl).origin, allowed))
    throw new RemoteProblemError({ code: 'originNotAllowed', origin });
}

async function filesOf(
  url: string,
  options: OpenOptions,
): Promise<{ manifest: Manifest | null; files: readonly FileToRead[] }> {
  const format = formatOfPath(url);
  if (format) return { manifest: null, files: [{ url, format }] };
  const bytes = await fetchWhole(url, MAX_MANIFEST_BYTES, options.signal).catch((error: unknown) => {
    const problem = problemOf(error, url);
    throw new RemoteProblemError(
      problem.code === 'tooLarge' ? { code: 'notManifest', url, detail: 'too large' } : problem,
    );
  });
  const text = new TextDecoder().decode(bytes);
  const parsed = parseManifest(text, url);
  if (!parsed.ok) throw new RemoteProblemError({ code: 'notManifest', url, detail: parsed.problem.code });
  return { manifest: parsed.manifest, files: parsed.files };
}

export async function openDataset(
  db: Database,
  dataUrl: string,
  options: OpenOptions,
): Promise<OpenedDataset> {
  const url = resolveAgainst(dataUrl, options.pageUrl);
  if (!url) throw new RemoteProblemError({ code: 'badUrl', url: dataUrl });
  checkOrigin(url, options.pageUrl, options.allowedOrigins);
  const { manifest, files } = await filesOf(url, options);
  for (const file of files) checkOrigin(file.url, options.pageUrl, options.allowedOrigins);

  const reads: ({ file: FileToRead } & FileRead)[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const read = await options
      .readFile(file, (rowsRead, fileRows) =>
        options.onProgress?.({ fileIndex, files: files.length, rowsRead, fileRows }),
      )
      .catch((error: unknown) => {
        const problem = problemOf(error, file.url);
        // A file the manifest names and the server does not have.
        throw new RemoteProblemError(
          manifest && problem.code === 'notFound' ? { code: 'missingFile', url: file.url } : problem,
        );
      });
    reads.push({ file, ...read });
  }
  options.signal?.throwIfAborted();

  const loadedAt = new Date().toISOString();
  const batch = ++opened;
  const arrowLoads: ArrowLoad[] = reads.map(({ file, load }, i) => ({
    load: {
      loadId: `published:${batch}:${i}:${load.dataset}`,
      dataset: load.dataset,
      origin: 'published',
      fileName: file.url,
      loadedAt,
    },
    columns: load.columns,
    ipc: load.ipc,
    rowCount: load.rowCount,
  }));
  // Queued like an upload's load: their transactions must not interleave on the one connection.
  const loads = await oneAtATime(() => insertLoadsFromArrow(db, arrowLoads, options.replaces));
  return {
    url,
    manifest,
    loads,
    files: reads.map(({ file, load, transfer, rejectedRows }) => ({
      url: file.url,
      dataset: load.dataset,
      rowCount: load.rowCount,
      fileRows: load.fileRows,
      summarised: load.summarised,
      format: file.format,
      rejectedRows: rejectedRows ?? 0,
      transfer,
    })),
  };
}
