import type { ParquetReadRequest, ParquetReadResponse, TransferStats } from './parquetWorkerProtocol';
import type { ParquetLoad } from './readParquet';
import { RemoteProblemError } from './remoteProblem';

export interface ParquetProgress {
  readonly rowsRead: number;
  readonly fileRows: number;
  readonly bytesRead: number;
}

/** Reads one Parquet file in a worker of its own, ended when the read ends or `signal` aborts. */
export function readParquetInWorker(
  request: ParquetReadRequest,
  onProgress: (progress: ParquetProgress) => void,
  signal?: AbortSignal,
): Promise<{ load: ParquetLoad; transfer: TransferStats }> {
  const worker = new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<{ load: ParquetLoad; transfer: TransferStats }>((resolve, reject) => {
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      end();
      reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<ParquetReadResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else {
        end();
        if (message.type === 'done') resolve(message);
        else reject(new RemoteProblemError(message.problem));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(
        new RemoteProblemError({ code: 'failed', url: request.url, detail: event.message || 'worker error' }),
      );
    };
    worker.postMessage(request);
  });
}
