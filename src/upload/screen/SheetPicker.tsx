import { useId } from 'react';
import { clipText, isolateBidi } from '../../charts/escapeHtml';
import { useI18n } from '../../i18n/I18nProvider';
import type { WorkbookSheets } from '../workbookSource';

/**
 * Which sheet of a workbook is read: a choice when there are several (hidden ones last, marked), a line
 * naming the sheet when there is one. Choosing a sheet reads it afresh; the mapping screen follows.
 */
export function SheetPicker({
  workbook,
  onSheet,
}: {
  readonly workbook: WorkbookSheets;
  readonly onSheet: (sheet: number) => void;
}) {
  const { t, num } = useI18n();
  const id = useId();
  const { sheets, sheet } = workbook;
  // A sheet name is the user's text: at most 31 characters in Excel, but a file can hold anything.
  const name = (index: number) => clipText(sheets[index]?.name ?? '', 100);
  if (sheets.length < 2) {
    return <p className="import-facts">{t('importSheetSingle', { sheet: isolateBidi(name(sheet)) })}</p>;
  }
  return (
    <div className="import-sheet-picker">
      <div className="import-dataset">
        <label htmlFor={id} className="import-dataset-label">
          {t('importSheetLabel')}
        </label>
        <select id={id} value={String(sheet)} onChange={(e) => onSheet(Number(e.target.value))}>
          {sheets.map((s, index) => {
            const params = { sheet: isolateBidi(name(index)), rows: num(s.rowCount) };
            const key =
              s.rowCount === 0
                ? 'importSheetOptionEmpty'
                : s.hidden
                  ? 'importSheetOptionHidden'
                  : 'importSheetOption';
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: sheets are fixed for the file; names may repeat after clipping
              <option key={index} value={String(index)}>
                {t(key, params)}
              </option>
            );
          })}
        </select>
        <span className="import-hint">{t('importSheetCount', { count: num(sheets.length) })}</span>
      </div>
      <p className="import-hint">{t('importSheetDefault')}</p>
    </div>
  );
}
