import type { DatasetId } from '../model/datasets';
import type { ParquetLoad, ParquetPart, SummaryPart } from './readParquet';
import type { RemoteProblem } from './remoteProblem';

/** Messages between the page and a Parquet reading worker (parquetWorker.ts). */
export interface ParquetReadRequest {
  readonly type: 'read';
  readonly url: string;
  readonly dataset?: DatasetId;
  readonly fullRowLimit: number;
  readonly maxWholeBytes: number;
  /**
   * The first reader of a file (null) asks the page how many share a summarised file ('plan', answered
   * by 'share'); the others are told their share at once.
   */
  readonly share: { readonly index: number; readonly of: number } | null;
}

/** The page's answer to a first reader's 'plan': the number of readers sharing the row groups. */
export interface ParquetShareAnswer {
  readonly type: 'share';
  readonly of: number;
}

/** The readers' sums, for the first reader to join into one load (off the page's thread). */
export interface ParquetJoinRequest {
  readonly type: 'join';
  readonly parts: readonly SummaryPart[];
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
  /** From the first reader, once it knows whether the file is read in summary and by ranges. */
  | { readonly type: 'plan'; readonly summarise: boolean; readonly ranges: boolean }
  | {
      readonly type: 'progress';
      readonly rowsRead: number;
      readonly fileRows: number;
      readonly bytesRead: number;
    }
  | { readonly type: 'done'; readonly part: ParquetPart; readonly transfer: TransferStats }
  | { readonly type: 'joined'; readonly load: ParquetLoad }
  | { readonly type: 'failed'; readonly problem: RemoteProblem };
