/** Messages between the Data view and its import worker (importWorker.ts), one file per worker. */

import type { CsvPreview, IngestProgress, StreamedIngest } from '../ingest/ingestCsvStream';
import type { HeaderMapping } from '../ingest/mapHeaders';
import type { DatasetId } from '../model/datasets';

export type ImportRequest =
  | { readonly type: 'preview'; readonly file: File }
  | {
      readonly type: 'ingest';
      readonly file: File;
      readonly dataset: DatasetId;
      readonly mapping: HeaderMapping;
    };

export type ImportResponse =
  | { readonly type: 'preview'; readonly preview: CsvPreview }
  | { readonly type: 'progress'; readonly progress: IngestProgress }
  | { readonly type: 'ingested'; readonly result: StreamedIngest }
  /** `name` is the error's class (RangeError…): it tells running out of memory from a bad file. */
  | { readonly type: 'failed'; readonly message: string; readonly name?: string };
