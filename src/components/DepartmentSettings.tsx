import { type ChangeEvent, useId, useRef, useState } from 'react';
import {
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  logoFileProblem,
  readDepartment,
  type DepartmentSettings as Settings,
  saveDepartment,
} from '../charts/export/departmentSettings';
import { useI18n } from '../i18n/I18nProvider';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * The department name and logo that exports and the yearly report carry: a header button opening a
 * modal dialog (native <dialog>: focus kept inside, Escape closes). Saved in this browser only.
 */
export function DepartmentSettings() {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Settings>(readDepartment);
  const [message, setMessage] = useState('');
  const titleId = useId();

  const openDialog = () => {
    setDraft(readDepartment());
    setMessage('');
    dialogRef.current?.showModal();
  };

  const onLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = logoFileProblem(file);
    if (problem === 'type') return setMessage(t('exportDeptLogoType'));
    if (problem === 'size')
      return setMessage(t('exportDeptLogoTooLarge', { size: Math.ceil(file.size / 1024) }));
    try {
      const logo = await readAsDataUrl(file);
      // A file that does not decode as an image would break every later export: check it now.
      const image = new Image();
      image.src = logo;
      await image.decode();
      setDraft((d) => ({ ...d, logo }));
      setMessage('');
    } catch {
      setMessage(t('exportDeptLogoUnreadable'));
    }
  };

  const save = () => {
    setMessage(saveDepartment(draft) ? t('exportDeptSaved') : t('exportDeptStorageBlocked'));
  };

  return (
    <>
      <button type="button" className="dept-button" aria-haspopup="dialog" onClick={openDialog}>
        {t('exportDeptButton')}
      </button>
      <dialog ref={dialogRef} className="dept-dialog" aria-labelledby={titleId}>
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <h2 id={titleId}>{t('exportDeptTitle')}</h2>
          <p className="dept-intro">{t('exportDeptIntro')}</p>
          <label className="dept-field">
            <span>{t('exportDeptName')}</span>
            <input
              type="text"
              maxLength={160}
              value={draft.name}
              placeholder={t('exportDeptNamePlaceholder')}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <label className="dept-field">
            <span>{t('exportDeptLogo')}</span>
            <input
              type="file"
              accept={LOGO_TYPES.join(',')}
              data-max-bytes={LOGO_MAX_BYTES}
              onChange={onLogo}
            />
          </label>
          {draft.logo && (
            <div className="dept-logo">
              <img src={draft.logo} alt={t('exportDeptLogoPreview')} />
              <button type="button" onClick={() => setDraft({ ...draft, logo: null })}>
                {t('exportDeptLogoRemove')}
              </button>
            </div>
          )}
          <p className="dept-message" role="status">
            {message}
          </p>
          <div className="dept-actions">
            <button type="submit" className="button-primary">
              {t('exportDeptSave')}
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              {t('exportDeptClose')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
