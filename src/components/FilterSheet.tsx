import { useCallback, useEffect, useRef, useState } from 'react';
import { useFilters } from '../filters/FilterProvider';
import { CLEARED_FILTERS, filterChips } from '../filters/filterRegistry';
import { useI18n } from '../i18n/I18nProvider';
import { FilterControls } from './FilterControls';

/**
 * The filters on a phone: one button that says how many are active, opening a full-screen sheet (a
 * modal <dialog>: focus stays inside, Escape closes it, focus returns to the button). Changes apply
 * as they are made, as in the bar. Opening adds a history entry, so the phone's Back button closes the
 * sheet and undoes what was changed in it; "Xem kết quả" and × keep the changes.
 */
export function FilterSheet({ years, inert = false }: { years: readonly number[]; inert?: boolean }) {
  const { filters, update } = useFilters();
  const { t, lang } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // The URL when the sheet opened: closing without a change drops the sheet's history entry again.
  const openedAt = useRef('');
  const active = filterChips(filters, lang).length;

  const show = () => {
    openedAt.current = window.location.search;
    window.history.pushState({ filterSheet: true }, '', window.location.href);
    dialog.current?.showModal();
    setOpen(true);
  };
  const hide = useCallback(() => {
    dialog.current?.close();
    setOpen(false);
    button.current?.focus();
  }, []);
  const closeKeepingChanges = () => {
    const unchanged = window.location.search === openedAt.current;
    hide();
    if (unchanged) window.history.back();
  };

  useEffect(() => {
    if (!open) return;
    // Back: the browser has already returned to the URL before the sheet; the filters follow it.
    const onPopState = () => hide();
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [open, hide]);

  return (
    <div className="filter-sheet-bar" inert={inert}>
      <button
        ref={button}
        type="button"
        className="filter-sheet-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="filter-sheet-button"
        onClick={show}
      >
        {t('filtersLabel')}
        {active > 0 && (
          <span className="filter-sheet-count" data-testid="filter-sheet-count">
            <span aria-hidden="true">{active}</span>
            <span className="visually-hidden">{t('filterSheetActive', { count: active })}</span>
          </span>
        )}
      </button>
      <dialog
        ref={dialog}
        className="filter-sheet"
        aria-labelledby="filter-sheet-title"
        data-testid="filter-sheet"
        onCancel={(e) => {
          // Escape: close as × does, keeping what was chosen.
          e.preventDefault();
          closeKeepingChanges();
        }}
      >
        <header className="filter-sheet-header">
          <h2 id="filter-sheet-title">{t('filtersLabel')}</h2>
          <button
            type="button"
            className="filter-sheet-close"
            aria-label={t('filterSheetClose')}
            onClick={closeKeepingChanges}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="filter-sheet-body">{open && <FilterControls years={years} replace />}</div>
        <footer className="filter-sheet-footer">
          <button
            type="button"
            className="filter-sheet-clear"
            onClick={() => update(CLEARED_FILTERS, { replace: true })}
          >
            {t('filterClearAll')}
          </button>
          <button type="button" className="filter-sheet-apply" onClick={closeKeepingChanges}>
            {t('filterSheetApply')}
          </button>
        </footer>
      </dialog>
    </div>
  );
}
