import { useCallback, useEffect, useRef, useState } from 'react';
import { useDatabase } from '../db/DatabaseProvider';
import type { Database } from '../db/database';
import { databaseMemory } from '../db/dataLoads';
import type { CsvPreview, FileProblem, IngestProgress, StreamedIngest } from '../ingest/ingestCsvStream';
import { type HeaderMapping, headerSignature } from '../ingest/mapHeaders';
import type { WorkbookProblem } from '../ingest/workbook/workbookError';
import { namedLikeWorkbook } from '../ingest/workbook/workbookFormat';
import type { DatasetId } from '../model/datasets';
import {
  adviseAfterFailure,
  browserMemory,
  checkFileSize,
  checkWorkbookSize,
  failureText,
  isOutOfMemory,
  maxBytesForDatabase,
  maxImportBytes,
  maxWorkbookBytes,
  type StorageProblem,
} from './importLimits';
import {
  type FilePreview,
  type ImportWorker,
  readingRanOutOfMemory,
  startImportWorker,
} from './importWorkerClient';
import { recallMapping, rememberMapping } from './rememberedMappings';
import { loadUpload } from './uploadedData';
import type { WorkbookSheets } from './workbookSource';

/**
 * Why a file cannot come in. Beyond the file's own problems: 'tooLarge', refused before reading because
 * it is larger than this browser can take; 'outOfMemoryReading' / 'outOfMemoryLoading', memory ran out
 * while the worker read it or while DuckDB loaded it (rolled back: the data is as it was).
 */
export type ImportProblem =
  | FileProblem
  | WorkbookImportProblem
  | 'failed'
  | 'tooLarge'
  | 'outOfMemoryReading'
  | 'outOfMemoryLoading';

/**
 * A workbook with a password to open, one that is damaged, a file named .xlsx that is something else, a
 * sheet whose text is past the size limit (the workbook itself, compressed, was under it).
 */
export type WorkbookImportProblem =
  | 'workbookEncrypted'
  | 'workbookUnreadable'
  | 'notWorkbook'
  | 'sheetTooLarge';

const WORKBOOK_PROBLEM: Readonly<Record<WorkbookProblem, WorkbookImportProblem>> = {
  encrypted: 'workbookEncrypted',
  unreadable: 'workbookUnreadable',
  notWorkbook: 'notWorkbook',
};

export interface SizeAdvice {
  readonly fileBytes: number;
  /** How large a file can be: the limit checked before reading, or the advice after running out. */
  readonly maxBytes: number;
}

/** Where one file is on its way in. Nothing reaches the tables before `load` is called from 'report'. */
export type ImportState =
  | { readonly phase: 'previewing' }
  | {
      readonly phase: 'problem';
      readonly problem: ImportProblem;
      readonly detail?: string;
      /** With 'tooLarge' and the out-of-memory problems. */
      readonly size?: SizeAdvice;
      /** A workbook whose chosen sheet cannot be read: another sheet can still be chosen. */
      readonly workbook?: WorkbookSheets;
    }
  | {
      readonly phase: 'mapping';
      readonly preview: CsvPreview;
      readonly dataset: DatasetId;
      readonly mapping: HeaderMapping;
      /** The mapping was confirmed earlier for a file with the same header row. */
      readonly remembered: boolean;
      /** A workbook's sheets and the one read; absent for a CSV. */
      readonly workbook?: WorkbookSheets;
    }
  | { readonly phase: 'reading'; readonly progress?: IngestProgress }
  | { readonly phase: 'report'; readonly result: StreamedIngest; readonly loadError?: string }
  | { readonly phase: 'loading'; readonly result: StreamedIngest }
  | { readonly phase: 'loaded'; readonly rowCount: number; readonly storageError?: StorageProblem }
  | { readonly phase: 'cancelled' };

export interface FileImport {
  readonly state: ImportState;
  chooseDataset(dataset: DatasetId): void;
  /** Reads another sheet of a workbook (an index in `workbook.sheets`): preview and mapping start again. */
  chooseSheet(sheet: number): void;
  /** Matches a dashboard column to a column of the file (or to none); a file column feeds one column at most. */
  mapColumn(column: string, index: number | undefined): void;
  /** Confirms dataset and mapping (remembered for files with the same header) and reads the whole file. */
  check(): void;
  /** Stops at once (the worker is terminated); nothing changes in the data. */
  cancel(): void;
  load(replaces: readonly string[]): void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The size to advise after DuckDB ran out of memory: what still fits next to the data it holds. */
async function adviceAfterLoadFailure(db: Database, fileBytes: number): Promise<SizeAdvice> {
  const estimates = [maxImportBytes(browserMemory())];
  try {
    const memory = await databaseMemory(db);
    if (memory) estimates.push(maxBytesForDatabase(memory));
  } catch {
    // no figure from DuckDB: the browser's limit alone
  }
  return { fileBytes, maxBytes: adviseAfterFailure(fileBytes, estimates) };
}

function mappingFor(
  preview: CsvPreview,
  dataset: DatasetId,
): { mapping: HeaderMapping; remembered: boolean } {
  const remembered = recallMapping(headerSignature(preview.header), preview.header.length);
  if (remembered?.dataset === dataset) return { mapping: remembered.mapping, remembered: true };
  return { mapping: preview.guesses.find((g) => g.dataset === dataset)?.mapping ?? {}, remembered: false };
}

/**
 * What the import screen shows once the worker has looked at the file (or at a workbook's sheet). The
 * worker is stopped when nothing more can come of the file; a workbook of several sheets keeps it, for
 * the user to choose another sheet.
 */
function stateAfterPreview(result: FilePreview, running: ImportWorker): ImportState {
  if (result.type === 'unreadableWorkbook') {
    running.terminate();
    return { phase: 'problem', problem: WORKBOOK_PROBLEM[result.problem], detail: result.detail };
  }
  const { preview, workbook } = result;
  const keepsWorker = (workbook?.sheets.length ?? 0) > 1;
  // A workbook passed the size limit compressed; the sheet's text is what the import holds in memory.
  const size = workbook ? checkFileSize(workbook.sheetBytes, browserMemory()) : undefined;
  if (size && !size.ok) {
    if (!keepsWorker) running.terminate();
    return {
      phase: 'problem',
      problem: 'sheetTooLarge',
      size: { fileBytes: workbook?.sheetBytes ?? 0, maxBytes: size.maxBytes },
      ...(keepsWorker ? { workbook } : {}),
    };
  }
  if (preview.problem) {
    if (!keepsWorker) running.terminate();
    return { phase: 'problem', problem: preview.problem, ...(keepsWorker ? { workbook } : {}) };
  }
  const remembered = recallMapping(headerSignature(preview.header), preview.header.length);
  const dataset = remembered?.dataset ?? preview.guesses[0]?.dataset ?? 'ocop_products';
  return {
    phase: 'mapping',
    preview,
    dataset,
    ...mappingFor(preview, dataset),
    ...(workbook ? { workbook } : {}),
  };
}

/**
 * The preview of a CSV reads only its head; a workbook's opens the whole workbook, so memory can run out
 * there, and is then said as it is for a CSV's full read.
 */
function stateAfterPreviewFailure(file: File, error: unknown): ImportState {
  if (namedLikeWorkbook(file.name) && readingRanOutOfMemory(error)) {
    const maxBytes = adviseAfterFailure(file.size, [maxWorkbookBytes(browserMemory())]);
    return { phase: 'problem', problem: 'outOfMemoryReading', size: { fileBytes: file.size, maxBytes } };
  }
  return { phase: 'problem', problem: 'failed', detail: message(error) };
}

export function useFileImport(db: Database, file: File): FileImport {
  const { notifyDataChanged } = useDatabase();
  const [state, setState] = useState<ImportState>({ phase: 'previewing' });
  const worker = useRef<ImportWorker | undefined>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    // Refused before a byte is read: a file past this browser's limit would run it out of memory.
    const size = namedLikeWorkbook(file.name)
      ? checkWorkbookSize(file.size, browserMemory())
      : checkFileSize(file.size, browserMemory());
    if (!size.ok) {
      setState({
        phase: 'problem',
        problem: 'tooLarge',
        size: { fileBytes: file.size, maxBytes: size.maxBytes },
      });
      return;
    }
    const started = startImportWorker();
    worker.current = started;
    setState({ phase: 'previewing' });
    started.preview(file).then(
      (result) => setState(stateAfterPreview(result, started)),
      (error: unknown) => setState(stateAfterPreviewFailure(file, error)),
    );
    return () => started.terminate();
  }, [file]);

  const chooseDataset = useCallback((dataset: DatasetId) => {
    const current = stateRef.current;
    if (current.phase !== 'mapping') return;
    setState({ ...current, dataset, ...mappingFor(current.preview, dataset) });
  }, []);

  const chooseSheet = useCallback(
    (sheet: number) => {
      const current = stateRef.current;
      const running = worker.current;
      if ((current.phase !== 'mapping' && current.phase !== 'problem') || !current.workbook || !running)
        return;
      setState({ phase: 'previewing' });
      running.preview(file, sheet).then(
        (result) => setState(stateAfterPreview(result, running)),
        (error: unknown) => setState(stateAfterPreviewFailure(file, error)),
      );
    },
    [file],
  );

  const mapColumn = useCallback((column: string, index: number | undefined) => {
    const current = stateRef.current;
    if (current.phase !== 'mapping') return;
    const mapping = Object.fromEntries(
      Object.entries(current.mapping).filter(([name, i]) => name !== column && i !== index),
    );
    if (index !== undefined) mapping[column] = index;
    setState({ ...current, mapping, remembered: false });
  }, []);

  const check = useCallback(() => {
    const current = stateRef.current;
    const running = worker.current;
    if (current.phase !== 'mapping' || !running) return;
    const { preview, dataset, mapping, workbook } = current;
    rememberMapping(headerSignature(preview.header), { dataset, mapping });
    setState({ phase: 'reading' });
    const target = { dataset, mapping, ...(workbook ? { sheet: workbook.sheet } : {}) };
    running
      .ingest(file, target, (progress) => setState({ phase: 'reading', progress }))
      .then(
        (result) => {
          running.terminate();
          if (result.error)
            setState({ phase: 'problem', problem: 'failed', detail: result.error.columns.join(', ') });
          else setState({ phase: 'report', result });
        },
        (error: unknown) => {
          running.terminate();
          if (readingRanOutOfMemory(error)) {
            const maxBytes = adviseAfterFailure(file.size, [maxImportBytes(browserMemory())]);
            setState({
              phase: 'problem',
              problem: 'outOfMemoryReading',
              size: { fileBytes: file.size, maxBytes },
            });
          } else setState({ phase: 'problem', problem: 'failed', detail: message(error) });
        },
      );
  }, [file]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    setState({ phase: 'cancelled' });
  }, []);

  const load = useCallback(
    (replaces: readonly string[]) => {
      const current = stateRef.current;
      if (current.phase !== 'report' || current.result.rowCount === 0) return;
      const { result } = current;
      setState({ phase: 'loading', result });
      loadUpload(
        db,
        {
          dataset: result.guess.dataset,
          fileName: file.name,
          columns: result.columns,
          csvText: result.csvText,
          rowCount: result.rowCount,
        },
        replaces,
      ).then(
        ({ load, storageError }) => {
          setState({ phase: 'loaded', rowCount: load.rowCount, ...(storageError ? { storageError } : {}) });
          notifyDataChanged();
        },
        (error: unknown) => {
          // The load ran in one transaction, rolled back: the tables hold what they held before.
          if (!isOutOfMemory(failureText(error))) {
            setState({ phase: 'report', result, loadError: message(error) });
            return;
          }
          void adviceAfterLoadFailure(db, file.size).then((size) =>
            setState({ phase: 'problem', problem: 'outOfMemoryLoading', size }),
          );
        },
      );
    },
    [db, file, notifyDataChanged],
  );

  return { state, chooseDataset, chooseSheet, mapColumn, check, cancel, load };
}
