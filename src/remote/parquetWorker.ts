/// <reference lib="webworker" />

import type { ParquetReadRequest, ParquetReadResponse } from './parquetWorkerProtocol';
import { openRangeFile } from './rangeFile';
import { readPublishedParquet } from './readParquet';
import { problemOf } from './remoteProblem';

/**
 * Reads one published Parquet file off the page's thread: fetching by range, decoding and summing a
 * 10M-row file take seconds that would otherwise freeze the page. The rows go back as Arrow IPC,
 * transferred, not copied.
 */
const post = (message: ParquetReadResponse, transfer: Transferable[] = []) =>
  (self as DedicatedWorkerGlobalScope).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ParquetReadRequest>) => {
  const { url, dataset, fullRowLimit, maxWholeBytes } = event.data;
  try {
    const file = await openRangeFile(url, { maxWholeBytes });
    const load = await readPublishedParquet(file, url, {
      ...(dataset ? { dataset } : {}),
      name: url,
      fullRowLimit,
      onProgress: (rowsRead, fileRows) =>
        post({ type: 'progress', rowsRead, fileRows, bytesRead: file.bytesRead() }),
    });
    const transfer = { bytesRead: file.bytesRead(), byteLength: file.byteLength, ranges: file.ranges };
    post({ type: 'done', load, transfer }, [load.ipc.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: 'failed', problem: problemOf(error, url) });
  }
};
