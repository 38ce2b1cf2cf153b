/**
 * Why a workbook cannot be read. Apart from openWorkbook.ts so the import worker can tell these from
 * other failures without loading the workbook library.
 */

/** 'notWorkbook': named .xlsx (or .xls…) but holding something else. */
export type WorkbookProblem = 'encrypted' | 'unreadable' | 'notWorkbook';

/** `detail` is the library's own message, for the report and the logs. */
export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'WorkbookError';
  }
}
