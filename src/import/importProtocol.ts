/** Messages between the Data view and its import worker (importWorker.ts), one file per worker. */

import type { CsvPreview, IngestProgress, IngestTarget, StreamedIngest } from '../ingest/ingestCsvStream';

export type ImportRequest =
  /** `headerRowNumber`: the header row the user chose; detected when absent. */
  | { readonly type: 'preview'; readonly file: File; readonly headerRowNumber?: number }
  | ({ readonly type: 'ingest'; readonly file: File } & IngestTarget);

export type ImportResponse =
  | { readonly type: 'preview'; readonly preview: CsvPreview }
  | { readonly type: 'progress'; readonly progress: IngestProgress }
  | { readonly type: 'ingested'; readonly result: StreamedIngest }
  /** `name` is the error's class (RangeError…): it tells running out of memory from a bad file. */
  | { readonly type: 'failed'; readonly message: string; readonly name?: string };
