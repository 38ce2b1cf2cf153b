/**
 * The sheet a workbook opens on: the first visible sheet whose header row maps every required column of
 * a dataset (as the mapping screen would map it); failing that, the visible sheet whose header maps the
 * most columns; failing that, the first visible sheet with rows. A cover or notes sheet before the list
 * is passed by; of two complete lists, the first is taken, as Excel opens on the first.
 */

import { guessDataset } from '../mapHeaders.ts';
import { readCsv } from '../readCsv.ts';
import type { OpenedWorkbook } from './openWorkbook.ts';
import { sheetCsv } from './sheetCsv.ts';

// The header is within the first rows of a sheet; the rest says nothing about which sheet is the list.
const HEAD_ROWS = 200;

/** How well a sheet's header maps onto its best dataset: complete (every required column), and columns mapped. */
function headerFit(workbook: OpenedWorkbook, index: number): { complete: boolean; mapped: number } {
  const table = readCsv(sheetCsv(workbook.sheetRows(index).slice(0, HEAD_ROWS)));
  const best = table.rows.length > 0 ? guessDataset(table.header)[0] : undefined;
  if (!best) return { complete: false, mapped: 0 };
  return { complete: best.missingRequired.length === 0, mapped: Object.keys(best.mapping).length };
}

export function chooseSheet(workbook: OpenedWorkbook): number {
  let mostMapped = { index: -1, mapped: 0 };
  for (const [index, sheet] of workbook.sheets.entries()) {
    if (sheet.hidden || sheet.rowCount === 0) continue;
    const fit = headerFit(workbook, index);
    if (fit.complete) return index;
    if (fit.mapped > mostMapped.mapped) mostMapped = { index, mapped: fit.mapped };
  }
  if (mostMapped.index >= 0) return mostMapped.index;
  const firstWithRows = workbook.sheets.findIndex((s) => !s.hidden && s.rowCount > 0);
  return firstWithRows >= 0 ? firstWithRows : 0;
}
