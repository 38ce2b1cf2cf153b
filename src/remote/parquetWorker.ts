/// <reference lib="webworker" />

import type {
  ParquetJoinRequest,
  ParquetReadRequest,
  ParquetReadResponse,
  ParquetShareAnswer,
} from './parquetWorkerProtocol';
import { openRangeFile } from './rangeFile';
import { readParquetPart, summaryLoad } from './readParquet';
import { problemOf } from './remoteProblem';

/**
 * Reads a published Parquet file, or its share of a large one, off the page's thread: fetching by range,
 * decoding and summing a 10M-row file take seconds that would otherwise freeze the page. A whole file's
 * rows go back as Arrow IPC, transferred, not copied; a share of a summarised one as its sums.
 */
const post = (message: ParquetReadResponse, transfer: Transferable[] = []) =>
  (self as DedicatedWorkerGlobalScope).postMessage(message, transfer);

let answerShare: ((of: number) => void) | undefined;

self.onmessage = async (
  event: MessageEvent<ParquetReadRequest | ParquetShareAnswer | ParquetJoinRequest>,
) => {
  if (event.data.type === 'share') {
    answerShare?.(event.data.of);
    return;
  }
  if (event.data.type === 'join') {
    const load = summaryLoad(event.data.parts);
    post({ type: 'joined', load }, [load.ipc.buffer as ArrayBuffer]);
    return;
  }
  const { url, dataset, fullRowLimit, maxWholeBytes, share } = event.data;
  try {
    const file = await openRangeFile(url, { maxWholeBytes });
    const part = await readParquetPart(file, url, {
      ...(dataset ? { dataset } : {}),
      name: url,
      fullRowLimit,
      onProgress: (rowsRead, fileRows) =>
        post({ type: 'progress', rowsRead, fileRows, bytesRead: file.bytesRead() }),
      partOf: (summarise) => {
        if (share) return Promise.resolve(share);
        post({ type: 'plan', summarise, ranges: file.ranges });
        return new Promise((resolve) => {
          answerShare = (of) => resolve({ index: 0, of });
        });
      },
    });
    const transfer = { bytesRead: file.bytesRead(), byteLength: file.byteLength, ranges: file.ranges };
    post({ type: 'done', part, transfer }, part.kind === 'load' ? [part.load.ipc.buffer as ArrayBuffer] : []);
  } catch (error) {
    post({ type: 'failed', problem: problemOf(error, url) });
  }
};
