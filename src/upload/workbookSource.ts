/**
 * In the import worker: a dropped file → the bytes the CSV ingest reads. A CSV is read as it is; a
 * workbook is opened (the workbook library is loaded here, on the first workbook, as a chunk of its own)
 * and the chosen sheet is handed on as CSV text whose rows are the sheet's Excel rows.
 */

import { type ByteSource, bytesSource } from '../ingest/ingestCsvStream';
import type { OpenedWorkbook, SheetInfo } from '../ingest/workbook/openWorkbook';
import { WorkbookError } from '../ingest/workbook/workbookError';
import { fileFormat } from '../ingest/workbook/workbookFormat';

/** A workbook's sheets and the one being read. */
export interface WorkbookSheets {
  readonly sheets: readonly SheetInfo[];
  /** Index in `sheets` of the sheet read. */
  readonly sheet: number;
  /** Size of that sheet as CSV text: what the import's size limit applies to. */
  readonly sheetBytes: number;
}

export interface FileSource {
  readonly source: ByteSource;
  readonly workbook?: WorkbookSheets;
}

function fileBytesSource(file: File): ByteSource {
  return {
    size: file.size,
    read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}

// The worker serves one file: its workbook is opened once for the preview, every sheet choice and the check.
let opened: { readonly file: File; readonly workbook: OpenedWorkbook } | undefined;
let converted: { readonly file: File; readonly sheet: number; readonly bytes: Uint8Array } | undefined;

/** `sheet`: the user's choice of sheet; without it, the one chooseSheet picks. Throws WorkbookError. */
export async function fileSource(file: File, sheet?: number): Promise<FileSource> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const format = fileFormat(file.name, head);
  if (format === 'csv') return { source: fileBytesSource(file) };
  if (format === 'notWorkbook') throw new WorkbookError('notWorkbook', 'not a ZIP or OLE workbook');

  const [{ openWorkbook }, { chooseSheet }, { sheetCsvBytes }] = await Promise.all([
    import('../ingest/workbook/openWorkbook'),
    import('../ingest/workbook/chooseSheet'),
    import('../ingest/workbook/sheetCsv'),
  ]);
  if (opened?.file !== file) {
    opened = { file, workbook: openWorkbook(new Uint8Array(await file.arrayBuffer())) };
    converted = undefined;
  }
  const { workbook } = opened;
  const index = sheet ?? chooseSheet(workbook);
  if (converted?.file !== file || converted.sheet !== index) {
    converted = undefined; // the previous sheet's text can go before the next is made
    converted = { file, sheet: index, bytes: sheetCsvBytes(workbook.sheetRows(index)) };
  }
  return {
    source: bytesSource(converted.bytes),
    workbook: { sheets: workbook.sheets, sheet: index, sheetBytes: converted.bytes.length },
  };
}
