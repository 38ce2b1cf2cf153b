/**
 * The whole import of one CSV file, shared by the browser import, the Node validator CLI and the loader
 * of the bundled data: bytes → text → table → dataset + header mapping → typed rows. Never throws on bad
 * data: what is wrong is in the result, for the UI to show.
 */

import type { DatasetId } from '../model/datasets.ts';
import type { Layout } from '../model/provinces.ts';
import { decodeText, type TextEncodingName } from './decodeText.ts';
import { guessDateOrder, guessLayout, type LayoutGuess } from './guessLayout.ts';
import {
  evaluateMapping,
  guessDataset,
  type HeaderGuess,
  type HeaderMapping,
  mapHeaders,
} from './mapHeaders.ts';
import { type NormalizedTable, normalizeRows, outputColumns } from './normalizeRows.ts';
import type { DateOrder } from './parseValues.ts';
import { type Delimiter, readCsv, type SkippedRow } from './readCsv.ts';
import type { ValueMap } from './valueMap.ts';

export interface IngestOptions {
  /** Skip guessing: read the file as this dataset. */
  readonly dataset?: DatasetId;
  /** A mapping the user confirmed (e.g. remembered under headerSignature); needs `dataset` to mean anything. */
  readonly mapping?: HeaderMapping;
  /** The header row the user chose (1-based); detected when absent. */
  readonly headerRowNumber?: number;
  /**
   * The layout of rows with only a year (normalizeRows): given, 'guess' to guess it from the file as the
   * import screen does (guessLayout), or by each row's year when absent.
   */
  readonly layout?: Layout | 'guess';
  readonly valueMap?: ValueMap;
  /** One value for every row of a column the file lacks (normalizeRows' fileValues). */
  readonly fileValues?: Readonly<Record<string, string>>;
  /** How the file writes d/m/y dates, or 'guess' to guess it as the import screen does; day first when absent. */
  readonly dateOrder?: DateOrder | 'guess';
}

export interface IngestError {
  readonly code: 'missingColumns';
  /** Required canonical columns with no header mapped to them. */
  readonly columns: readonly string[];
}

/** How a file's text was read: what the streamed import and the whole-file import must agree on first. */
export interface CsvReading {
  readonly encoding: TextEncodingName;
  readonly delimiter: Delimiter;
  /** 0 when the file has no header. */
  readonly headerRowNumber: number;
  readonly header: readonly string[];
}

export interface IngestResult extends CsvReading {
  /** The dataset and mapping used (the best guess unless given). */
  readonly guess: HeaderGuess;
  readonly skipped: readonly SkippedRow[];
  readonly table: NormalizedTable;
  /** The layout undated rows were read in (undefined: by year), and why when it was guessed. */
  readonly layout?: Layout;
  readonly layoutGuess?: LayoutGuess;
  /** Set when nothing could be loaded; `table` then has no rows. */
  readonly error?: IngestError;
}

export function ingestCsv(bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const { text, encoding } = decodeText(bytes);
  const csv = readCsv(
    text,
    options.headerRowNumber === undefined ? {} : { headerRowNumber: options.headerRowNumber },
  );
  const dataset = options.dataset ?? guessDataset(csv.header)[0]?.dataset ?? 'ocop_products';
  const guess = options.mapping
    ? evaluateMapping(csv.header, dataset, options.mapping)
    : mapHeaders(csv.header, dataset);
  const base = {
    encoding,
    delimiter: csv.delimiter,
    headerRowNumber: csv.headerRowNumber,
    header: csv.header,
    guess,
    skipped: csv.skipped,
  };
  const missing = guess.missingRequired.filter((column) => !options.fileValues?.[column]?.trim());
  if (missing.length > 0) {
    const table: NormalizedTable = {
      dataset,
      columns: outputColumns(dataset),
      rows: [],
      rowNumbers: [],
      rejected: [],
      notices: [],
      mappedValues: [],
    };
    return { ...base, table, error: { code: 'missingColumns', columns: missing } };
  }
  const layoutGuess = options.layout === 'guess' ? guessLayout(csv, dataset, guess.mapping) : undefined;
  const layout = options.layout === 'guess' ? layoutGuess?.layout : options.layout;
  const dateOrder =
    options.dateOrder === 'guess' ? guessDateOrder(csv, dataset, guess.mapping) : options.dateOrder;
  const normalizeOptions = {
    ...(layout ? { layout } : {}),
    ...(options.valueMap ? { valueMap: options.valueMap } : {}),
    ...(options.fileValues ? { fileValues: options.fileValues } : {}),
    ...(dateOrder ? { dateOrder } : {}),
  };
  return {
    ...base,
    ...(layout ? { layout } : {}),
    ...(layoutGuess ? { layoutGuess } : {}),
    table: normalizeRows(csv, dataset, guess.mapping, normalizeOptions),
  };
}
