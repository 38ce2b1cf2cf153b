import { isolateBidi } from '../../charts/escapeHtml';
import type { Database } from '../../db/database';
import type { ListedLoad } from '../../db/dataLoads';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { formatFileSize, type StorageProblem } from '../importLimits';
import { ImportProgress } from './ImportProgress';
import { LoadActions } from './LoadActions';
import { MappingForm } from './MappingForm';
import { SheetPicker } from './SheetPicker';
import { type ImportProblem, useFileImport } from './useFileImport';
import { ValidationReport } from './ValidationReport';

const PROBLEM_TEXT: Readonly<Record<ImportProblem, MessageKey>> = {
  empty: 'importProblemEmpty',
  headerOnly: 'importProblemHeaderOnly',
  binary: 'importProblemBinary',
  lostLetters: 'importProblemLostLetters',
  failed: 'importProblemFailed',
  tooLarge: 'importProblemTooLarge',
  outOfMemoryReading: 'importProblemOutOfMemoryReading',
  outOfMemoryLoading: 'importProblemOutOfMemoryLoading',
  workbookEncrypted: 'importProblemWorkbookEncrypted',
  workbookUnreadable: 'importProblemWorkbookUnreadable',
  notWorkbook: 'importProblemNotWorkbook',
  sheetTooLarge: 'importProblemSheetTooLarge',
};

const NOT_SAVED_TEXT: Readonly<Record<StorageProblem['kind'], MessageKey>> = {
  quota: 'importNotSavedQuota',
  tooLarge: 'importNotSavedTooLarge',
  other: 'importNotSaved',
};

/** One file on its way in: preview and mapping, reading with progress, report, the user's choice. */
export function ImportSession({
  db,
  file,
  loads,
  onDismiss,
}: {
  readonly db: Database;
  readonly file: File;
  readonly loads: readonly ListedLoad[];
  readonly onDismiss: () => void;
}) {
  const { t, num, lang } = useI18n();
  const session = useFileImport(db, file);
  const { state } = session;
  const dismiss = (
    <div className="import-actions">
      <button type="button" onClick={onDismiss}>
        {t('importDismiss')}
      </button>
    </div>
  );

  let body: React.ReactNode;
  switch (state.phase) {
    case 'previewing':
      body = (
        <>
          <p role="status">{t('importReadingFile')}</p>
          <div className="import-actions">
            <button type="button" onClick={session.cancel}>
              {t('importCancel')}
            </button>
          </div>
        </>
      );
      break;
    case 'problem':
      body = (
        <>
          {state.workbook && <SheetPicker workbook={state.workbook} onSheet={session.chooseSheet} />}
          <p className="import-error" role="alert">
            {t(PROBLEM_TEXT[state.problem], {
              file: isolateBidi(file.name),
              detail: state.detail ?? '',
              size: formatFileSize(lang, state.size?.fileBytes ?? file.size),
              limit: state.size ? formatFileSize(lang, state.size.maxBytes) : '',
            })}
          </p>
          {dismiss}
        </>
      );
      break;
    case 'mapping':
      body = (
        <>
          {state.workbook && <SheetPicker workbook={state.workbook} onSheet={session.chooseSheet} />}
          <MappingForm
            fileName={file.name}
            preview={state.preview}
            dataset={state.dataset}
            mapping={state.mapping}
            remembered={state.remembered}
            headerChosen={state.headerChosen}
            layoutChoice={state.layoutChoice}
            dateOrderChoice={state.dateOrderChoice}
            fileValues={state.fileValues}
            {...(state.workbook
              ? {
                  facts: t('importWorkbookFacts', {
                    sheet: isolateBidi(state.workbook.sheets[state.workbook.sheet]?.name ?? ''),
                    row: state.preview.headerRowNumber,
                  }),
                }
              : {})}
            onFileValue={session.setFileValue}
            onDataset={session.chooseDataset}
            onColumn={session.mapColumn}
            onHeaderRow={session.chooseHeaderRow}
            onLayout={session.chooseLayout}
            onDateOrder={session.chooseDateOrder}
            onCheck={session.check}
            onCancel={session.cancel}
          />
        </>
      );
      break;
    case 'reading':
      body = (
        <ImportProgress
          fileName={file.name}
          fileSize={file.size}
          progress={state.progress}
          onCancel={session.cancel}
        />
      );
      break;
    case 'report':
    case 'loading':
      body = (
        <>
          <ValidationReport
            fileName={file.name}
            result={state.result}
            {...(state.phase === 'report'
              ? { valueMap: state.valueMap, onMapValue: session.mapValue, onRecheck: session.recheck }
              : {})}
          />
          <LoadActions
            dataset={state.result.guess.dataset}
            rowCount={state.result.rowCount}
            loads={loads}
            busy={state.phase === 'loading'}
            error={state.phase === 'report' ? state.loadError : undefined}
            fileName={file.name}
            onLoad={session.load}
            onCancel={session.cancel}
          />
        </>
      );
      break;
    case 'loaded':
      body = (
        <>
          <p className="import-success" role="status">
            {t('importLoaded', { count: num(state.rowCount), file: isolateBidi(file.name) })}
          </p>
          {state.saving && <p className="import-saving">{t('importSaving')}</p>}
          {state.storageError && (
            <p className="import-error" role="alert">
              {t(NOT_SAVED_TEXT[state.storageError.kind], {
                detail: state.storageError.kind === 'other' ? state.storageError.detail : '',
              })}
            </p>
          )}
          {dismiss}
        </>
      );
      break;
    case 'cancelled':
      body = (
        <>
          <p role="status">{t('importCancelled', { file: isolateBidi(file.name) })}</p>
          {dismiss}
        </>
      );
      break;
  }
  return (
    <article
      className={`import-session import-${state.phase}`}
      data-file={file.name}
      data-phase={state.phase}
      {...(state.phase === 'loaded' ? { 'data-saved': state.saving ? 'no' : 'yes' } : {})}
    >
      {body}
    </article>
  );
}
