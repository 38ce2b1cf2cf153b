import { useCallback, useEffect, useRef, useState } from 'react';
import { useDatabase } from '../../components/DatabaseProvider';
import type { Database } from '../../db/database';
import { databaseMemory } from '../../db/dataLoads';
import { guessDateOrder, guessLayout } from '../../ingest/guessLayout';
import type { CsvPreview, FileProblem, IngestProgress, IngestTarget } from '../../ingest/ingestCsvStream';
import { type HeaderMapping, headerSignature, mayShareHeader } from '../../ingest/mapHeaders';
import type { DateOrder } from '../../ingest/parseValues';
import type { ValueKind, ValueMap } from '../../ingest/valueMap';
import type { WorkbookProblem } from '../../ingest/workbook/workbookError';
import { namedLikeWorkbook } from '../../ingest/workbook/workbookFormat';
import type { DatasetId } from '../../model/datasets';
import type { Layout } from '../../model/provinces';
import { type CheckedFile, checkWholeFile, releaseChecked } from '../checkFile';
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
} from '../importLimits';
import {
  type FilePreview,
  type ImportWorker,
  readingRanOutOfMemory,
  startImportWorker,
} from '../importWorkerClient';
import { recallMapping, rememberMapping } from '../rememberedMappings';
import { loadUpload } from '../uploadedData';
import type { WorkbookSheets } from '../workbookSource';

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
      /** The user picked the header row (else it was detected). */
      readonly headerChosen: boolean;
      /** The user's layout for undated rows: a layout, 'byYear', or undefined to follow the guess. */
      readonly layoutChoice?: Layout | 'byYear';
      /** The user's reading of d/m/y dates; undefined to follow the guess (guessDateOrder). */
      readonly dateOrderChoice?: DateOrder;
      /** Remembered for files with these headers. */
      readonly valueMap: ValueMap;
      /** One value for every row of a required column the file lacks (its province). */
      readonly fileValues: Readonly<Record<string, string>>;
      /** A workbook's sheets and the one read; absent for a CSV. */
      readonly workbook?: WorkbookSheets;
    }
  | { readonly phase: 'reading'; readonly progress?: IngestProgress }
  | {
      readonly phase: 'report';
      readonly result: CheckedFile;
      readonly loadError?: string;
      /** What the file (or a workbook's sheet) was read with, to read it again with another value map. */
      readonly target: IngestTarget & { readonly sheet?: number };
      /** The value map being edited on the report (applied by `recheck`). */
      readonly valueMap: ValueMap;
    }
  | { readonly phase: 'loading'; readonly result: CheckedFile }
  | {
      readonly phase: 'loaded';
      readonly rowCount: number;
      /** The rows are in the tables; the browser's storage is still being written (uploadedData.ts). */
      readonly saving: boolean;
      readonly storageError?: StorageProblem;
    }
  | { readonly phase: 'cancelled' };

export interface FileImport {
  readonly state: ImportState;
  chooseDataset(dataset: DatasetId): void;
  /** Reads another sheet of a workbook (an index in `workbook.sheets`): preview and mapping start again. */
  chooseSheet(sheet: number): void;
  /** Matches a dashboard column to a column of the file (or to none); a file column feeds one column at most. */
  mapColumn(column: string, index: number | undefined): void;
  /** Reads the file again with this row as its header, and maps the new header at once. */
  chooseHeaderRow(rowNumber: number): void;
  chooseLayout(choice: Layout | 'byYear'): void;
  chooseDateOrder(order: DateOrder): void;
  /** Gives every row one value for a column the file does not have (undefined: none). */
  setFileValue(column: string, value: string | undefined): void;
  /** On the report: read a value of the file as `target` (undefined: leave its rows rejected). */
  mapValue(kind: ValueKind, key: string, target: string | undefined): void;
  /** Reads the whole file again with the value map (remembered for files with the same headers). */
  recheck(): void;
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
): { mapping: HeaderMapping; remembered: boolean; valueMap: ValueMap; layoutChoice?: Layout } {
  const remembered = recallMapping(headerSignature(preview.header), preview.header.length);
  if (remembered?.dataset === dataset)
    return {
      mapping: remembered.mapping,
      remembered: true,
      valueMap: remembered.values ?? {},
      ...(remembered.layout ? { layoutChoice: remembered.layout } : {}),
    };
  return {
    mapping: preview.guesses.find((g) => g.dataset === dataset)?.mapping ?? {},
    remembered: false,
    valueMap: {},
  };
}

/** How the file's d/m/y dates are read: the user's choice, else the guess from its first rows. */
export function effectiveDateOrder(
  state: Pick<
    Extract<ImportState, { phase: 'mapping' }>,
    'preview' | 'dataset' | 'mapping' | 'dateOrderChoice'
  >,
): DateOrder {
  return state.dateOrderChoice ?? guessDateOrder(state.preview, state.dataset, state.mapping);
}

/** The layout undated rows are read in: the user's choice, else the guess from the file, else by year. */
export function effectiveLayout(
  state: Pick<Extract<ImportState, { phase: 'mapping' }>, 'preview' | 'dataset' | 'mapping' | 'layoutChoice'>,
): Layout | undefined {
  if (state.layoutChoice === 'byYear') return undefined;
  return state.layoutChoice ?? guessLayout(state.preview, state.dataset, state.mapping)?.layout;
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
    return {
      phase: 'problem',
      problem: preview.problem,
      ...(preview.problemDetail ? { detail: preview.problemDetail } : {}),
      ...(keepsWorker ? { workbook } : {}),
    };
  }
  const remembered = recallMapping(headerSignature(preview.header), preview.header.length);
  const dataset = remembered?.dataset ?? preview.guesses[0]?.dataset ?? 'ocop_products';
  return {
    phase: 'mapping',
    preview,
    dataset,
    headerChosen: false,
    fileValues: {},
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
    const { layoutChoice: _, ...rest } = current;
    setState({ ...rest, dataset, ...mappingFor(current.preview, dataset) });
  }, []);

  const chooseHeaderRow = useCallback(
    (rowNumber: number) => {
      const current = stateRef.current;
      const running = worker.current;
      if (current.phase !== 'mapping' || !running || rowNumber === current.preview.headerRowNumber) return;
      running
        .preview(file, {
          headerRowNumber: rowNumber,
          ...(current.workbook ? { sheet: current.workbook.sheet } : {}),
        })
        .then(
          (result) => {
            const now = stateRef.current;
            if (now.phase !== 'mapping') return;
            if (result.type !== 'preview') {
              setState(stateAfterPreview(result, running));
              return;
            }
            const { preview } = result;
            // The dataset stays as the user has it; the new header is mapped for it at once.
            const { layoutChoice: _, ...rest } = now;
            setState({ ...rest, preview, headerChosen: true, ...mappingFor(preview, now.dataset) });
          },
          (error: unknown) => setState({ phase: 'problem', problem: 'failed', detail: message(error) }),
        );
    },
    [file],
  );

  const chooseLayout = useCallback((layoutChoice: Layout | 'byYear') => {
    const current = stateRef.current;
    if (current.phase === 'mapping') setState({ ...current, layoutChoice });
  }, []);

  const chooseDateOrder = useCallback((dateOrderChoice: DateOrder) => {
    const current = stateRef.current;
    if (current.phase === 'mapping') setState({ ...current, dateOrderChoice });
  }, []);

  const setFileValue = useCallback((column: string, value: string | undefined) => {
    const current = stateRef.current;
    if (current.phase !== 'mapping') return;
    const fileValues = { ...current.fileValues };
    if (value) fileValues[column] = value;
    else delete fileValues[column];
    setState({ ...current, fileValues });
  }, []);

  const chooseSheet = useCallback(
    (sheet: number) => {
      const current = stateRef.current;
      const running = worker.current;
      if ((current.phase !== 'mapping' && current.phase !== 'problem') || !current.workbook || !running)
        return;
      setState({ phase: 'previewing' });
      running.preview(file, { sheet }).then(
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
      Object.entries(current.mapping).filter(
        ([name, i]) => name !== column && (i !== index || mayShareHeader(current.dataset, name, column)),
      ),
    );
    if (index !== undefined) mapping[column] = index;
    setState({ ...current, mapping, remembered: false });
  }, []);

  // Rows a check staged in DuckDB and no load took are freed when the session ends.
  useEffect(
    () => () => {
      const last = stateRef.current;
      if (last.phase === 'report') releaseChecked(db, last.result);
    },
    [db],
  );

  /**
   * Reads the whole file with `target` (checkFile.ts: by DuckDB, or in a worker the old way; a new worker
   * after the first read), then shows the report.
   */
  const read = useCallback(
    (target: IngestTarget & { readonly sheet?: number }) => {
      const previous = stateRef.current;
      if (previous.phase === 'report') releaseChecked(db, previous.result);
      const running = worker.current ?? startImportWorker();
      worker.current = running;
      setState({ phase: 'reading' });
      checkWholeFile(db, running, file, target, (progress) => setState({ phase: 'reading', progress })).then(
        (result) => {
          running.terminate();
          if (worker.current === running) worker.current = undefined;
          // Cancelled while DuckDB was reading: nothing of it is kept.
          if (stateRef.current.phase !== 'reading') {
            releaseChecked(db, result);
            return;
          }
          if (result.error)
            setState({ phase: 'problem', problem: 'failed', detail: result.error.columns.join(', ') });
          else setState({ phase: 'report', result, target, valueMap: target.valueMap ?? {} });
        },
        (error: unknown) => {
          running.terminate();
          if (worker.current === running) worker.current = undefined;
          if (stateRef.current.phase !== 'reading') return;
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
    },
    [db, file],
  );

  const check = useCallback(() => {
    const current = stateRef.current;
    if (current.phase !== 'mapping' || !worker.current) return;
    const { preview, dataset, mapping, valueMap, workbook } = current;
    const layout = effectiveLayout(current);
    const dateOrder = effectiveDateOrder(current);
    // Only for columns the mapping leaves empty: a mapped column reads its cells.
    const fileValues = Object.fromEntries(
      Object.entries(current.fileValues).filter(([column]) => mapping[column] === undefined),
    );
    rememberMapping(headerSignature(preview.header), {
      dataset,
      mapping,
      ...(Object.keys(valueMap).length > 0 ? { values: valueMap } : {}),
      ...(current.layoutChoice && current.layoutChoice !== 'byYear' ? { layout: current.layoutChoice } : {}),
    });
    read({
      dataset,
      mapping,
      ...(workbook ? { sheet: workbook.sheet } : {}),
      ...(current.headerChosen ? { headerRowNumber: preview.headerRowNumber } : {}),
      ...(layout ? { layout } : {}),
      ...(Object.keys(valueMap).length > 0 ? { valueMap } : {}),
      ...(Object.keys(fileValues).length > 0 ? { fileValues } : {}),
      ...(dateOrder === 'mdy' ? { dateOrder } : {}),
    });
  }, [read]);

  const mapValue = useCallback((kind: ValueKind, key: string, target: string | undefined) => {
    const current = stateRef.current;
    if (current.phase !== 'report') return;
    const forKind = { ...(current.valueMap[kind] ?? {}) };
    if (target === undefined || target === '') delete forKind[key];
    else forKind[key] = target;
    setState({ ...current, valueMap: { ...current.valueMap, [kind]: forKind } });
  }, []);

  const recheck = useCallback(() => {
    const current = stateRef.current;
    if (current.phase !== 'report') return;
    const { target, valueMap, result } = current;
    const signature = headerSignature(result.header);
    const remembered = recallMapping(signature, result.header.length);
    rememberMapping(signature, {
      ...(remembered ?? {}),
      dataset: target.dataset,
      mapping: target.mapping,
      values: valueMap,
    });
    read({ ...target, valueMap });
  }, [read]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    setState({ phase: 'cancelled' });
  }, []);

  const load = useCallback(
    (replaces: readonly string[]) => {
      const current = stateRef.current;
      if (current.phase !== 'report' || current.result.rowCount === 0) return;
      const { result, target, valueMap } = current;
      setState({ phase: 'loading', result });
      loadUpload(
        db,
        {
          dataset: result.guess.dataset,
          fileName: file.name,
          columns: result.columns,
          rows: result.staged ? { staged: result.staged } : { csvText: result.csvText ?? '' },
          rowCount: result.rowCount,
          readWith: {
            headerRowNumber: result.headerRowNumber,
            ...(result.layout ? { layout: result.layout } : {}),
          },
        },
        replaces,
      ).then(
        ({ load, stored }) => {
          setState({ phase: 'loaded', rowCount: load.rowCount, saving: true });
          notifyDataChanged();
          // The browser's storage follows (uploadedData.ts); a failure to keep the rows is said when known.
          void stored.then((storageError) => {
            const now = stateRef.current;
            if (now.phase === 'loaded')
              setState({ ...now, saving: false, ...(storageError ? { storageError } : {}) });
          });
        },
        (error: unknown) => {
          // The load ran in one transaction, rolled back: the tables hold what they held before.
          if (!isOutOfMemory(failureText(error))) {
            setState({ phase: 'report', result, target, valueMap, loadError: message(error) });
            return;
          }
          releaseChecked(db, result);
          void adviceAfterLoadFailure(db, file.size).then((size) =>
            setState({ phase: 'problem', problem: 'outOfMemoryLoading', size }),
          );
        },
      );
    },
    [db, file, notifyDataChanged],
  );

  return {
    state,
    chooseDataset,
    chooseSheet,
    mapColumn,
    chooseHeaderRow,
    chooseLayout,
    chooseDateOrder,
    setFileValue,
    check,
    mapValue,
    recheck,
    cancel,
    load,
  };
}
