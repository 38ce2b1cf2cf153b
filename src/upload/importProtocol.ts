/** Messages between the Data view and its import worker (importWorker.ts), one file per worker. */

import type { BulkReading } from '../ingest/bulkPlan';
import type { CsvPreview, IngestProgress, IngestTarget, StreamedIngest } from '../ingest/ingestCsvStream';
import type { WorkbookProblem } from '../ingest/workbook/workbookError';
import type { WorkbookSheets } from './workbookSource';

/** `sheet`: for a workbook, the index (in WorkbookSheets.sheets) of the sheet to read; else unused. */
export type ImportRequest =
  /** `headerRowNumber`: the header row the user chose; detected when absent. */
  | {
      readonly type: 'preview';
      readonly file: File;
      readonly headerRowNumber?: number;
      readonly sheet?: number;
    }
  | ({ readonly type: 'ingest'; readonly file: File; readonly sheet?: number } & IngestTarget)
  /** The bulk read of a CSV by DuckDB (ingest/bulkPlan.ts): the head read here, the body's bytes handed over. */
  | { readonly type: 'plan'; readonly file: File; readonly headerRowNumber?: number };

export type ImportResponse =
  | { readonly type: 'preview'; readonly preview: CsvPreview; readonly workbook?: WorkbookSheets }
  /** A workbook that cannot be opened (password, damage) or a file named .xlsx that is not one. */
  | { readonly type: 'unreadableWorkbook'; readonly problem: WorkbookProblem; readonly detail: string }
  | { readonly type: 'progress'; readonly progress: IngestProgress }
  | { readonly type: 'ingested'; readonly result: StreamedIngest }
  | { readonly type: 'planned'; readonly reading: BulkReading }
  /** `name` is the error's class (RangeError…): it tells running out of memory from a bad file. */
  | { readonly type: 'failed'; readonly message: string; readonly name?: string };
