import type { EChartsOption } from 'echarts';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ChartTable } from '../charts/chartSpec';
import { escapeHtml } from '../charts/escapeHtml';
import { readDepartment } from '../charts/export/departmentSettings';
import type { ChartExportRequest, RenderedImage } from '../charts/export/exportChart';
import {
  CUSTOM_SIZE_LIMITS,
  customSizeProblem,
  PIXEL_RATIOS,
  type PixelRatio,
  PNG_PRESETS,
  type PngPresetId,
} from '../charts/export/presets';
import { useFilters } from '../filters/FilterProvider';
import type { FilterState } from '../filters/filterState';
import { serializeFilterState } from '../filters/urlState';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { csvForReader } from '../model/csv';
import { csvFileName, download } from './download';

/** The rows behind a chart, for its CSV: columns in order with their header in the UI language. */
/** What the export menu needs from its card; the press words are composed by the card. */
export interface ExportMenuProps {
  readonly chartId: string;
  readonly title: string;
  readonly option: EChartsOption;
  readonly subtitle: string;
  readonly source: string;
  readonly dataDate: string;
  readonly altText: string;
  readonly exportData: ChartTable;
}

const PRESET_LABEL: Readonly<Record<PngPresetId, MessageKey>> = {
  article: 'exportPresetArticle',
  social: 'exportPresetSocial',
  print: 'exportPresetPrint',
};

/** The address of the dashboard for these filters, as a link to share or embed. */
export function dashboardUrl(filters: FilterState, change: Partial<FilterState>): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${serializeFilterState({ ...filters, ...change })}`;
}

/** Test hook: the last export's file size and press texts, on the card's DOM node (read-only use). */
export interface LastExport {
  readonly format: 'png' | 'svg' | 'csv';
  readonly width?: number;
  readonly height?: number;
  readonly texts?: readonly string[];
}

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly text: string };

/**
 * The export menu of a chart card: a button that opens a panel (Escape closes it, arrow keys move
 * between its controls) with PNG at press sizes, pixel ratio and patterns, SVG, CSV, and the copy
 * actions. The rendering code is loaded on the first export.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { chartId, title, exportData } = props;
  const { t, lang } = useI18n();
  const { filters } = useFilters();
  const [open, setOpen] = useState(false);
  const [ratio, setRatio] = useState<PixelRatio>(2);
  const [decal, setDecal] = useState(false);
  const [custom, setCustom] = useState<{ width: string; height: string } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  // A result note fades after a while; a text to copy by hand stays until the next action.
  useEffect(() => {
    if (status.kind !== 'done' || manualCopy !== null) return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), 8000);
    return () => clearTimeout(timer);
  }, [status, manualCopy]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    panelRef.current?.querySelector<HTMLElement>('button, input')?.focus();
    // A click anywhere else closes the panel, as menus do.
    const onPointerDown = (event: PointerEvent) => {
      if (!buttonRef.current?.parentElement?.contains(event.target as Node)) {
        setOpen(false);
        setCustom(null);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    setCustom(null);
    if (refocus) buttonRef.current?.focus();
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if ((event.target as HTMLElement).matches('input[type="number"]')) return;
    const items = [...(panelRef.current?.querySelectorAll<HTMLElement>('button, input') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
    event.preventDefault();
    next?.focus();
  };

  const recordExport = (last: LastExport) => {
    const figure = buttonRef.current?.closest('figure') as
      | (HTMLElement & { ocopLastExport?: LastExport })
      | null;
    if (figure) figure.ocopLastExport = last;
  };

  const request = (): ChartExportRequest => ({
    option: props.option,
    title,
    subtitle: props.subtitle,
    source: props.source,
    dataDate: props.dataDate,
    altText: props.altText,
    department: readDepartment(),
    decal,
    lang,
  });

  const run = async (work: () => Promise<string>) => {
    setStatus({ kind: 'busy' });
    setManualCopy(null);
    try {
      setStatus({ kind: 'done', text: await work() });
    } catch (error) {
      setStatus({
        kind: 'done',
        text: t('exportFailed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  const exportPng = (size: { width: number; height: number }, name: string) =>
    run(async () => {
      const { renderPng } = await import('../charts/export/exportChart');
      const image: RenderedImage = await renderPng(request(), size, ratio);
      download(`${chartId}-${name}@${ratio}x.png`, image.blob);
      recordExport({ format: 'png', width: image.width, height: image.height, texts: image.texts });
      close(true);
      return t('exportDonePng', { width: image.width, height: image.height });
    });

  const exportSvg = () =>
    run(async () => {
      const { renderSvg } = await import('../charts/export/exportChart');
      const article = PNG_PRESETS[0];
      const image = await renderSvg(request(), article);
      download(`${chartId}-${article.width}x${article.height}.svg`, image.blob);
      recordExport({ format: 'svg', width: image.width, height: image.height, texts: image.texts });
      close(true);
      return t('exportDoneSvg');
    });

  const exportCsv = () =>
    run(async () => {
      if (!exportData || exportData.rows.length === 0) return t('exportNoData');
      const { columns, rows } = exportData;
      const text = csvForReader(
        [columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => row[c.key] ?? null))],
        lang,
      );
      download(csvFileName(chartId, new Date()), text);
      recordExport({ format: 'csv' });
      close(true);
      return t('exportDoneCsv', { rows: rows.length });
    });

  const copy = (text: string) =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(text);
        close(true);
        return t('exportCopied');
      } catch {
        // Clipboard blocked (no permission, not a secure context): show the text to copy by hand.
        setManualCopy(text);
        return t('exportCopyManual');
      }
    });

  const link = () => dashboardUrl(filters, { chart: chartId, embed: false });
  const embedCode = () =>
    `<iframe src="${escapeHtml(dashboardUrl(filters, { chart: chartId, embed: true }))}" ` +
    `title="${escapeHtml(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;

  const customWidth = Number(custom?.width);
  const customHeight = Number(custom?.height);
  const customProblem = custom ? customSizeProblem(customWidth, customHeight, ratio) : null;
  const busy = status.kind === 'busy';
  const statusText = status.kind === 'busy' ? t('exportWorking') : status.kind === 'done' ? status.text : '';

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="export-menu-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        {t('exportMenuButton')}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          className="export-panel"
          role="dialog"
          aria-label={t('exportMenuLabel', { title })}
          onKeyDown={onPanelKeyDown}
          onBlur={(event) => {
            const next = event.relatedTarget as Node | null;
            if (next && !event.currentTarget.parentElement?.contains(next)) close(false);
          }}
        >
          <fieldset className="export-group">
            <legend>{t('exportPngHeading')}</legend>
            {PNG_PRESETS.map((preset) => (
              <button
                key={preset.id}
                type="button"
                disabled={busy}
                data-preset={preset.id}
                onClick={() => exportPng(preset, preset.id)}
              >
                {t(PRESET_LABEL[preset.id])}{' '}
                <span className="export-size">
                  {preset.width}×{preset.height}
                </span>
              </button>
            ))}
            {custom === null ? (
              <button
                type="button"
                disabled={busy}
                onClick={() => setCustom({ width: '1600', height: '900' })}
              >
                {t('exportPresetCustom')}
              </button>
            ) : (
              <div className="export-custom">
                {(['width', 'height'] as const).map((side) => (
                  <label key={side} className="export-custom-field">
                    {t(side === 'width' ? 'exportCustomWidth' : 'exportCustomHeight')}
                    <input
                      type="number"
                      inputMode="numeric"
                      min={CUSTOM_SIZE_LIMITS.min}
                      max={CUSTOM_SIZE_LIMITS.max}
                      value={custom[side]}
                      onChange={(e) => setCustom({ ...custom, [side]: e.target.value })}
                    />
                  </label>
                ))}
                <button
                  type="button"
                  disabled={busy || customProblem !== null}
                  onClick={() =>
                    exportPng({ width: customWidth, height: customHeight }, `${customWidth}x${customHeight}`)
                  }
                >
                  {t('exportCustomDownload')}
                </button>
                {customProblem && (
                  <p className="export-problem">
                    {customProblem === 'range'
                      ? t('exportCustomRange', CUSTOM_SIZE_LIMITS)
                      : t('exportCustomTooLarge')}
                  </p>
                )}
              </div>
            )}
            <div className="export-options">
              <span className="export-option-label">{t('exportPixelRatio')}</span>
              {PIXEL_RATIOS.map((r) => (
                <label key={r} className="export-ratio">
                  <input
                    type="radio"
                    name={`${panelId}-ratio`}
                    value={r}
                    checked={ratio === r}
                    onChange={() => setRatio(r)}
                  />
                  {t('exportPixelRatioOption', { ratio: r })}
                </label>
              ))}
            </div>
            <label className="export-decal">
              <input type="checkbox" checked={decal} onChange={(e) => setDecal(e.target.checked)} />
              {t('exportDecal')}
            </label>
          </fieldset>
          <fieldset className="export-group">
            <legend>{t('exportOtherHeading')}</legend>
            <button type="button" disabled={busy} data-export="svg" onClick={exportSvg}>
              {t('exportSvg')}
            </button>
            <button
              type="button"
              disabled={busy || !exportData || exportData.rows.length === 0}
              data-export="csv"
              onClick={exportCsv}
            >
              {t('exportCsv')}
            </button>
          </fieldset>
          <fieldset className="export-group">
            <legend>{t('exportShareHeading')}</legend>
            <button type="button" disabled={busy} data-export="link" onClick={() => copy(link())}>
              {t('exportCopyLink')}
            </button>
            <button type="button" disabled={busy} data-export="embed" onClick={() => copy(embedCode())}>
              {t('exportCopyEmbed')}
            </button>
            <button
              type="button"
              disabled={busy || !props.altText}
              data-export="alt"
              onClick={() => copy(props.altText)}
            >
              {t('exportCopyAlt')}
            </button>
          </fieldset>
          <p className="export-panel-status" role="status">
            {statusText}
          </p>
          {manualCopy !== null && (
            <textarea
              className="export-manual-copy"
              readOnly
              value={manualCopy}
              aria-label={t('exportCopyManual')}
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </div>
      )}
      {!open && (
        <p className="export-status" role="status">
          {statusText}
        </p>
      )}
    </div>
  );
}
