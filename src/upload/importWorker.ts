/**
 * Reads one user file off the main thread: the preview for the import screen, then the whole file in
 * pieces with progress (ingest/ingestCsvStream.ts). A workbook's chosen sheet is read the same way, as
 * CSV text (workbookSource.ts). For DuckDB's bulk read of a CSV it reads the head and hands over the body's
 * bytes ('plan', ingest/bulkPlan.ts). Papaparse runs here as a plain library, not with its own `worker: true`
 * (which hangs in production builds, see STACK-NOTES). Cancelling terminates the worker.
 */

import { planBulkRead } from '../ingest/bulkPlan';
import { ingestCsvStream, previewCsv } from '../ingest/ingestCsvStream';
import { WorkbookError } from '../ingest/workbook/workbookError';
import { failureText } from './importLimits';
import type { ImportRequest, ImportResponse } from './importProtocol';
import { fileSource } from './workbookSource';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ImportResponse): void => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'plan') {
      // The file's bytes move to the page (and from there to DuckDB's worker) without a copy.
      const reading = await planBulkRead(
        new Uint8Array(await request.file.arrayBuffer()),
        request.headerRowNumber,
      );
      scope.postMessage(
        { type: 'planned', reading } satisfies ImportResponse,
        reading.plan ? [reading.plan.bytes.buffer] : [],
      );
      return;
    }
    const { source, workbook } = await fileSource(request.file, request.sheet);
    if (request.type === 'preview') {
      const options =
        request.headerRowNumber === undefined ? {} : { headerRowNumber: request.headerRowNumber };
      reply({
        type: 'preview',
        preview: await previewCsv(source, options),
        ...(workbook ? { workbook } : {}),
      });
    } else {
      const { type: _, file: __, sheet: ___, ...target } = request;
      const result = await ingestCsvStream(source, target, {
        onProgress: (progress) => reply({ type: 'progress', progress }),
      });
      reply({ type: 'ingested', result });
    }
  } catch (error) {
    if (error instanceof WorkbookError)
      reply({ type: 'unreadableWorkbook', problem: error.problem, detail: error.detail });
    else reply({ type: 'failed', ...failureText(error) });
  }
};
