import type {
  ParquetJoinRequest,
  ParquetReadRequest,
  ParquetReadResponse,
  ParquetShareAnswer,
  TransferStats,
} from './parquetWorkerProtocol';
import type { ParquetLoad, SummaryPart } from './readParquet';
import { RemoteProblemError } from './remoteProblem';

export interface ParquetProgress {
  readonly rowsRead: number;
  readonly fileRows: number;
  readonly bytesRead: number;
}

/**
 * How many workers sum a large file: one per core the browser reports (the page waits meanwhile), at
 * most four. Measured on the bench's 10M-row file, 2 cores: see the closing notes of issue 17.
 */
const readersFor = (cores: number | undefined): number => Math.min(4, Math.max(1, cores ?? 1));

type Request = Omit<ParquetReadRequest, 'type' | 'share'>;

/**
 * Reads one Parquet file in workers of its own, ended when the read ends or `signal` aborts. The first
 * reader opens the file; when it is to be read in summary by ranges, more readers share its row groups.
 */
export function readParquetInWorker(
  request: Request,
  onProgress: (progress: ParquetProgress) => void,
  signal?: AbortSignal,
): Promise<{ load: ParquetLoad; transfer: TransferStats }> {
  const workers: Worker[] = [];
  const progress: ParquetProgress[] = [];
  const done: { part: Extract<ParquetReadResponse, { type: 'done' }>['part']; transfer: TransferStats }[] =
    [];
  let expected = 1;
  return new Promise<{ load: ParquetLoad; transfer: TransferStats }>((resolve, reject) => {
    const end = () => {
      for (const worker of workers) worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const fail = (error: unknown) => {
      end();
      reject(error);
    };
    const abort = () => fail(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', abort);

    const transfer = (): TransferStats => ({
      bytesRead: done.reduce((n, d) => n + d.transfer.bytesRead, 0),
      byteLength: done[0]?.transfer.byteLength ?? 0,
      ranges: done.every((d) => d.transfer.ranges),
    });
    const settle = (load: ParquetLoad) => {
      const result = { load, transfer: transfer() };
      end();
      resolve(result);
    };
    /** Every reader is done: a whole file's load as it is, a summary's parts joined by the first reader. */
    const finish = () => {
      const whole = done.find((d) => d.part.kind === 'load')?.part;
      if (whole?.kind === 'load') return settle(whole.load);
      const parts = done.flatMap((d) => (d.part.kind === 'summary' ? [d.part.part] : [])) as SummaryPart[];
      workers[0]?.postMessage({ type: 'join', parts } satisfies ParquetJoinRequest);
    };

    const start = (share: ParquetReadRequest['share']) => {
      const index = workers.length;
      const worker = new Worker(new URL('./parquetWorker.ts', import.meta.url), { type: 'module' });
      workers.push(worker);
      worker.onmessage = (event: MessageEvent<ParquetReadResponse>) => {
        const message = event.data;
        if (message.type === 'plan') {
          // More readers only for a summarised file read by ranges (a whole download is not repeated).
          expected = message.summarise && message.ranges ? readersFor(navigator.hardwareConcurrency) : 1;
          for (let i = 1; i < expected; i++) start({ index: i, of: expected });
          worker.postMessage({ type: 'share', of: expected } satisfies ParquetShareAnswer);
        } else if (message.type === 'progress') {
          progress[index] = message;
          onProgress({
            rowsRead: progress.reduce((n, p) => n + p.rowsRead, 0),
            fileRows: message.fileRows,
            bytesRead: progress.reduce((n, p) => n + p.bytesRead, 0),
          });
        } else if (message.type === 'done') {
          done.push(message);
          if (done.length === expected) finish();
        } else if (message.type === 'joined') settle(message.load);
        else fail(new RemoteProblemError(message.problem));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fail(
          new RemoteProblemError({
            code: 'failed',
            url: request.url,
            detail: event.message || 'worker error',
          }),
        );
      };
      worker.postMessage({ type: 'read', ...request, share } satisfies ParquetReadRequest);
    };
    start(null);
  });
}
