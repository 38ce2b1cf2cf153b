import { type DragEvent, useRef, useState } from 'react';
import type { Database } from '../../db/database';
import type { ListedLoad } from '../../db/dataLoads';
import { useI18n } from '../../i18n/I18nProvider';
import { browserMemory, formatFileSize, maxImportBytes, maxWorkbookBytes } from '../importLimits';
import { ImportSession } from './ImportSession';

/** Drop zone and file picker; each file chosen gets its own import, side by side with the others. */
export function ImportPanel({ db, loads }: { readonly db: Database; readonly loads: readonly ListedLoad[] }) {
  const { t, lang } = useI18n();
  const [files, setFiles] = useState<readonly { id: number; file: File }[]>([]);
  const [dragging, setDragging] = useState(false);
  const nextId = useRef(0);

  const add = (list: FileList | null) => {
    const added = Array.from(list ?? [], (file) => ({ id: nextId.current++, file }));
    if (added.length > 0) setFiles((current) => [...current, ...added]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h3 id="import-title">{t('importTitle')}</h3>
      <p className="privacy-note">{t('dataPrivacyNote')}</p>
      <p className="import-intro">{t('importIntro')}</p>
      <p className="import-size-limit">
        {t('importSizeLimit', { limit: formatFileSize(lang, maxImportBytes(browserMemory())) })}
      </p>
      <p className="import-size-limit-workbook">
        {t('importSizeLimitWorkbook', { limit: formatFileSize(lang, maxWorkbookBytes(browserMemory())) })}
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file picker inside is the keyboard way */}
      <div
        className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragOver={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone-hint">{t('importDropHint')}</p>
        <p className="drop-zone-or">{t('importOr')}</p>
        <label className="button-primary file-picker">
          {t('importChooseFiles')}
          <input
            type="file"
            multiple
            accept=".csv,.txt,.xlsx,.xlsm,.xls,.ods,text/csv,text/plain"
            aria-label={t('importFileInputLabel')}
            onChange={(event) => {
              add(event.target.files);
              // The same file can be chosen again (after fixing it in Excel).
              event.target.value = '';
            }}
          />
        </label>
      </div>
      {files.map(({ id, file }) => (
        <ImportSession
          key={id}
          db={db}
          file={file}
          loads={loads}
          onDismiss={() => setFiles((current) => current.filter((f) => f.id !== id))}
        />
      ))}
    </section>
  );
}
