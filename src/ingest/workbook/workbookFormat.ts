/**
 * Whether a dropped file is a workbook, from its name and first bytes, without loading the workbook
 * library: the import worker loads it (a chunk of its own) only for files this says are workbooks.
 */

/** 'notWorkbook': named like a workbook (.xlsx…) but holding something else (text, a PDF…). */
export type FileFormat = 'csv' | 'workbook' | 'notWorkbook';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// OLE compound file: .xls, and also an encrypted .xlsx (Excel wraps a password-protected workbook in one).
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xlsb|xltx|xltm|xls|xlt|ods)$/i;
// Exports from some administrative software are HTML tables or Excel 2003 XML saved with a .xls name.
const MARKUP_EXTENSION = /\.(xls|xml)$/i;

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => head[i] === byte);

/** The first non-space character of the head is '<' (after a UTF-8 BOM). */
function looksLikeMarkup(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
    i++;
  return head[i] === 0x3c;
}

/** Named like a workbook: before a byte is read, the size limit for workbooks applies (import/importLimits.ts). */
export const namedLikeWorkbook = (fileName: string): boolean => WORKBOOK_EXTENSION.test(fileName);

/** `head`: the file's first bytes (16 are enough). */
export function fileFormat(fileName: string, head: Uint8Array): FileFormat {
  // By content first: an .xlsx renamed .csv is still read as the workbook it is.
  if (startsWith(head, ZIP) || startsWith(head, CFB)) return 'workbook';
  if (MARKUP_EXTENSION.test(fileName) && looksLikeMarkup(head)) return 'workbook';
  return WORKBOOK_EXTENSION.test(fileName) ? 'notWorkbook' : 'csv';
}
