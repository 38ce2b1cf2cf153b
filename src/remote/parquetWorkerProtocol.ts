import type { DatasetId } from '../model/datasets';
import type { ParquetLoad } from './readParquet';
import type { RemoteProblem } from './remoteProblem';

/** Messages between the page and the Parquet reading worker (parquetWorker.ts). */
export interface ParquetReadRequest {
  readonly url: string;
  readonly dataset?: DatasetId;
  readonly fullRowLimit: number;
  readonly maxWholeBytes: number;
}

export interface TransferStats {
  /** Bytes of bodies received for this file. */
  readonly bytesRead: number;
  /** The file's size. */
  readonly byteLength: number;
  /** False when the server had no Range support and the whole file came down. */
  readonly ranges: boolean;
}

export type ParquetReadResponse =
  | {
      readonly type: 'progress';
      readonly rowsRead: number;
      readonly fileRows: number;
      readonly bytesRead: number;
    }
  | { readonly type: 'done'; readonly load: ParquetLoad; readonly transfer: TransferStats }
  | { readonly type: 'failed'; readonly problem: RemoteProblem };
