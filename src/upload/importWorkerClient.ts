import type { BulkReading } from '../ingest/bulkPlan';
import type { IngestProgress, IngestTarget, StreamedIngest } from '../ingest/ingestCsvStream';
import { failureText, isOutOfMemory } from './importLimits';
import type { ImportRequest, ImportResponse } from './importProtocol';

/** The import worker seen from the page: one request at a time, as promises. */
/** The preview of a file (with a workbook's sheets), or why a workbook cannot be opened. */
export type FilePreview = Extract<ImportResponse, { type: 'preview' | 'unreadableWorkbook' }>;

export interface ImportWorker {
  /**
   * `headerRowNumber`: read the file with this header row rather than the detected one; `sheet`: a
   * workbook's sheet to read (an index in FilePreview's `workbook.sheets`), else the worker chooses.
   */
  preview(file: File, options?: { headerRowNumber?: number; sheet?: number }): Promise<FilePreview>;
  ingest(
    file: File,
    target: IngestTarget & { sheet?: number },
    onProgress: (progress: IngestProgress) => void,
  ): Promise<StreamedIngest>;
  /** The plan for DuckDB's bulk read of a CSV, or why it is read the old way (ingest/bulkPlan.ts). */
  plan(file: File, headerRowNumber?: number): Promise<BulkReading>;
  /** Stops the worker at once, whatever it is doing; a pending request never settles. */
  terminate(): void;
}

/**
 * Why the worker gave no result: it reported an error (`errorName` is its class, e.g. RangeError), it
 * crashed (an `error` event: the script failed or something threw outside its handler), or its reply
 * could not be received (`messageerror`: the result could not be copied to the page, e.g. no memory).
 */
export class ImportWorkerError extends Error {
  constructor(
    message: string,
    readonly how: 'reported' | 'crashed' | 'unreceivable' = 'reported',
    readonly errorName?: string,
  ) {
    super(message);
  }
}

/**
 * Whether the worker's failure to read a whole file was memory running out: an error saying so, or the
 * worker dying (or its result not reaching the page) while it held the file. The same worker already
 * read the file's head for the preview, so its script loaded; what kills it mid-file is memory.
 */
export function readingRanOutOfMemory(error: unknown): boolean {
  if (error instanceof ImportWorkerError) {
    return error.how !== 'reported' || isOutOfMemory({ name: error.errorName, message: error.message });
  }
  return isOutOfMemory(failureText(error));
}

export function startImportWorker(): ImportWorker {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let pending: { settle(message: ImportResponse): void; fail(error: Error): void } | undefined;
  let onProgress: ((progress: IngestProgress) => void) | undefined;

  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    if (event.data.type === 'progress') onProgress?.(event.data.progress);
    else pending?.settle(event.data);
  };
  // A worker that cannot start (or crashes outside our try/catch) still ends the request, with a reason.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    pending?.fail(new ImportWorkerError(event.message || 'worker error', 'crashed'));
  };
  worker.onmessageerror = () => {
    pending?.fail(new ImportWorkerError('the worker’s reply could not be received', 'unreceivable'));
  };

  function send<T>(request: ImportRequest, pick: (message: ImportResponse) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending = {
        settle(message) {
          pending = undefined;
          if (message.type === 'failed')
            reject(new ImportWorkerError(message.message, 'reported', message.name));
          else {
            const value = pick(message);
            if (value === undefined) reject(new ImportWorkerError(`unexpected reply ${message.type}`));
            else resolve(value);
          }
        },
        fail(error) {
          pending = undefined;
          reject(error);
        },
      };
      worker.postMessage(request);
    });
  }

  return {
    preview: (file, options = {}) =>
      send({ type: 'preview', file, ...options }, (m) =>
        m.type === 'preview' || m.type === 'unreadableWorkbook' ? m : undefined,
      ),
    ingest(file, target, progress) {
      onProgress = progress;
      return send({ type: 'ingest', file, ...target }, (m) => (m.type === 'ingested' ? m.result : undefined));
    },
    plan: (file, headerRowNumber) =>
      send({ type: 'plan', file, ...(headerRowNumber === undefined ? {} : { headerRowNumber }) }, (m) =>
        m.type === 'planned' ? m.reading : undefined,
      ),
    terminate() {
      pending = undefined;
      onProgress = undefined;
      worker.terminate();
    },
  };
}
