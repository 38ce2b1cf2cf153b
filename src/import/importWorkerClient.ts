import type { CsvPreview, IngestProgress, StreamedIngest } from '../ingest/ingestCsvStream';
import type { HeaderMapping } from '../ingest/mapHeaders';
import type { DatasetId } from '../model/datasets';
import type { ImportRequest, ImportResponse } from './importProtocol';

/** The import worker seen from the page: one request at a time, as promises. */
export interface ImportWorker {
  preview(file: File): Promise<CsvPreview>;
  ingest(
    file: File,
    target: { dataset: DatasetId; mapping: HeaderMapping },
    onProgress: (progress: IngestProgress) => void,
  ): Promise<StreamedIngest>;
  /** Stops the worker at once, whatever it is doing; a pending request never settles. */
  terminate(): void;
}

export class ImportWorkerError extends Error {}

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
    pending?.fail(new ImportWorkerError(event.message || 'worker error'));
  };

  function send<T>(request: ImportRequest, pick: (message: ImportResponse) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending = {
        settle(message) {
          pending = undefined;
          if (message.type === 'failed') reject(new ImportWorkerError(message.message));
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
    preview: (file) => send({ type: 'preview', file }, (m) => (m.type === 'preview' ? m.preview : undefined)),
    ingest(file, target, progress) {
      onProgress = progress;
      return send({ type: 'ingest', file, ...target }, (m) => (m.type === 'ingested' ? m.result : undefined));
    },
    terminate() {
      pending = undefined;
      onProgress = undefined;
      worker.terminate();
    },
  };
}
