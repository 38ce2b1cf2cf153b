/**
 * Reads one user file off the main thread: the preview for the import screen, then the whole file in
 * pieces with progress (ingest/ingestCsvStream.ts). Papaparse runs here as a plain library, not with its
 * own `worker: true` (which hangs in production builds, see STACK-NOTES). Cancelling terminates the worker.
 */

import { type ByteSource, ingestCsvStream, previewCsv } from '../ingest/ingestCsvStream';
import { failureText } from './importLimits';
import type { ImportRequest, ImportResponse } from './importProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ImportResponse): void => scope.postMessage(message);

function fileSource(file: File): ByteSource {
  return {
    size: file.size,
    read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'preview') {
      const options =
        request.headerRowNumber === undefined ? {} : { headerRowNumber: request.headerRowNumber };
      reply({ type: 'preview', preview: await previewCsv(fileSource(request.file), options) });
    } else {
      const { type: _, file, ...target } = request;
      const result = await ingestCsvStream(fileSource(file), target, {
        onProgress: (progress) => reply({ type: 'progress', progress }),
      });
      reply({ type: 'ingested', result });
    }
  } catch (error) {
    reply({ type: 'failed', ...failureText(error) });
  }
};
