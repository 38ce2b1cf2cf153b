/**
 * Only for e2e/import.e2e.ts and e2e/workbook.e2e.ts, which still import this path: the writer is
 * model/csv.ts' csvForDuckDb. Delete this file once they import that.
 */
export { csvForDuckDb as toCsvText } from '../model/csv.ts';
