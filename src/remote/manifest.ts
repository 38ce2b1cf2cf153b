import { DATASET_IDS, type DatasetId } from '../model/datasets';

/**
 * A published dataset's manifest (`manifest.json`): what the Data view's "publish" writes next to its
 * Parquet files, and what `?data=<url>` opens. One file names the dataset (title, date of the data,
 * sources) and, for each dataset of the contract it carries, one or more files. File paths are relative
 * to the manifest (so a folder can be copied to any server as is); absolute URLs are allowed too.
 *
 * {
 *   "format": "ocop-dashboard-dataset", "version": 1,
 *   "title": "Sản phẩm OCOP cả nước", "dataDate": "2025-12-31", "publishedAt": "2026-12-05T03:00:00Z",
 *   "sources": ["Bộ NN&MT, 2025"],
 *   "datasets": { "ocop_products": [{ "path": "ocop_products.parquet", "rows": 16000 }] }
 * }
 */
export const MANIFEST_FORMAT = 'ocop-dashboard-dataset';
export const MANIFEST_VERSION = 1;
export const MANIFEST_FILE_NAME = 'manifest.json';

export type PublishedFileFormat = 'parquet' | 'csv';

export interface ManifestFileEntry {
  /** Relative to the manifest, or an absolute http(s) URL. */
  readonly path: string;
  /** When absent, read from the path's extension. */
  readonly format?: PublishedFileFormat;
  /** Rows in the file, as the publisher wrote it (informative: the reader counts what it reads). */
  readonly rows?: number;
  readonly bytes?: number;
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: number;
  readonly title: string;
  /** yyyy-mm-dd: the date the data describes (the newest row), not the date of publishing. */
  readonly dataDate: string | null;
  /** ISO timestamp. */
  readonly publishedAt: string | null;
  readonly sources: readonly string[];
  readonly datasets: Readonly<Partial<Record<DatasetId, readonly ManifestFileEntry[]>>>;
}

/** One file to read, its URL resolved against the manifest's. */
export interface ResolvedFile {
  readonly dataset: DatasetId;
  readonly url: string;
  readonly format: PublishedFileFormat;
}

export type ManifestProblem =
  | { readonly code: 'notJson' }
  | { readonly code: 'notManifest' }
  | { readonly code: 'newerVersion'; readonly version: number }
  | { readonly code: 'unknownDataset'; readonly name: string }
  | { readonly code: 'noFiles' }
  | { readonly code: 'badPath'; readonly path: string };

export type ManifestResult =
  | { readonly ok: true; readonly manifest: Manifest; readonly files: readonly ResolvedFile[] }
  | { readonly ok: false; readonly problem: ManifestProblem };

const isDatasetId = (name: string): name is DatasetId => (DATASET_IDS as readonly string[]).includes(name);

/** A file's name from its address: the last path segment, decoded ('' for a folder's address). */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The format a file's name says, or null (a name with neither extension). */
export function formatOfPath(path: string): PublishedFileFormat | null {
  const name = fileNameOf(path).toLowerCase();
  if (name.endsWith('.parquet') || name.endsWith('.pq')) return 'parquet';
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) return 'csv';
  return null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function fileEntry(value: unknown): ManifestFileEntry | null {
  const entry = typeof value === 'string' ? { path: value } : value;
  if (!entry || typeof entry !== 'object') return null;
  const record = entry as Record<string, unknown>;
  const path = text(record.path);
  if (!path) return null;
  const format = record.format === 'parquet' || record.format === 'csv' ? record.format : undefined;
  const rows = count(record.rows);
  const bytes = count(record.bytes);
  return {
    path,
    ...(format ? { format } : {}),
    ...(rows !== undefined ? { rows } : {}),
    ...(bytes !== undefined ? { bytes } : {}),
  };
}

/** Resolves a path against the manifest's URL; only http(s) (or the page's own blob:) URLs are kept. */
export function resolveAgainst(path: string, base: string): string | null {
  try {
    const url = new URL(path, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads a manifest's text; `manifestUrl` (absolute) is what its relative paths resolve against. */
export function parseManifest(jsonText: string, manifestUrl: string): ManifestResult {
  let value: unknown;
  try {
    value = JSON.parse(jsonText);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: { code: 'notManifest' } };
  const record = value as Record<string, unknown>;
  if (record.format !== MANIFEST_FORMAT || !record.datasets || typeof record.datasets !== 'object')
    return { ok: false, problem: { code: 'notManifest' } };
  const version = count(record.version) ?? MANIFEST_VERSION;
  if (version > MANIFEST_VERSION) return { ok: false, problem: { code: 'newerVersion', version } };

  const datasets: Partial<Record<DatasetId, readonly ManifestFileEntry[]>> = {};
  const files: ResolvedFile[] = [];
  for (const [name, entries] of Object.entries(record.datasets as Record<string, unknown>)) {
    if (!isDatasetId(name)) return { ok: false, problem: { code: 'unknownDataset', name } };
    const list = (Array.isArray(entries) ? entries : [entries]).map(fileEntry);
    for (const [i, entry] of list.entries()) {
      const raw = Array.isArray(entries) ? entries[i] : entries;
      const path = entry?.path ?? (typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? ''));
      const format = entry ? (entry.format ?? formatOfPath(entry.path)) : null;
      const url = entry ? resolveAgainst(entry.path, manifestUrl) : null;
      if (!entry || !format || !url) return { ok: false, problem: { code: 'badPath', path } };
      files.push({ dataset: name, url, format });
      datasets[name] = [...(datasets[name] ?? []), entry];
    }
  }
  if (files.length === 0) return { ok: false, problem: { code: 'noFiles' } };
  const dataDate = text(record.dataDate);
  return {
    ok: true,
    manifest: {
      format: MANIFEST_FORMAT,
      version,
      title: text(record.title) ?? '',
      dataDate: dataDate && /^\d{4}-\d{2}-\d{2}$/.test(dataDate) ? dataDate : null,
      publishedAt: text(record.publishedAt),
      sources: Array.isArray(record.sources)
        ? record.sources.map(text).filter((s): s is string => s !== null)
        : [],
      datasets,
    },
    files,
  };
}

/** The manifest's JSON text, as the publisher writes it (stable key order, readable). */
export function manifestText(manifest: Omit<Manifest, 'format' | 'version'>): string {
  return `${JSON.stringify({ format: MANIFEST_FORMAT, version: MANIFEST_VERSION, ...manifest }, null, 2)}\n`;
}
