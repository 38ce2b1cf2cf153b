import { useTable } from '@tanstack/react-table';
import { type MouseEvent, type ReactNode, useMemo, useRef } from 'react';
import { SortButton, useVirtualRows } from '../../components/DataTable';
import { csvFileName, download } from '../../components/download';
import { useFilters } from '../../filters/FilterProvider';
import { regionLabel } from '../../filters/filterNames';
import type { FilterState } from '../../filters/filterState';
import { serializeFilterState } from '../../filters/urlState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import { type CsvCell, csvForReader } from '../../model/csv';
import type { RegionId } from '../../model/regions';
import type { ProvinceTableRow } from '../../queries/provinceTable';
import {
  COLUMN_ORDER,
  isNumberColumn,
  type ProvinceColumnId,
  type ProvinceTableLabels,
  provinceColumns,
  provinceFeatures,
  type ShownRow,
  shownTable,
  shownTableCsvRows,
} from './provincesTableModel';

/** Rows are a fixed height, so the virtual window is exact without measuring. */
const ROW_HEIGHT = 34;
/** Up to this many rows the body is rendered whole; beyond, only the rows in view (and a margin). */
const VIRTUALIZE_ABOVE = 40;

const COLUMN_WIDTH: Readonly<Record<ProvinceColumnId, number>> = {
  code: 48,
  name: 206,
  region: 132,
  star3: 64,
  star4: 64,
  star5: 58,
  starPotential5: 76,
  starProposed5: 84,
  ocopTotal: 72,
  ocopYear: 76,
  ocopChange: 86,
  mous: 72,
  toHcmc: 98,
  toHanoi: 98,
  dataKind: 80,
};

const getRowId = (row: ProvinceTableRow) => row.unitKey;

/** Regions shown short in their narrow column (the full name in the tooltip and in the CSV). */
const REGION_SHORT: Readonly<Record<RegionId, MessageKey>> = {
  TDMNPB: 'provincesRegionShortTDMNPB',
  DBSH: 'provincesRegionShortDBSH',
  BTB_DHMT: 'provincesRegionShortBTB_DHMT',
  TN: 'provincesRegionShortTN',
  DNB: 'provincesRegionShortDNB',
  DBSCL: 'provincesRegionShortDBSCL',
};

/** The filter state that opens (or filters to) a row's unit: a post-merger unit in the 63 layout needs the 34. */
function unitFilters(filters: FilterState, row: ProvinceTableRow): Partial<FilterState> {
  return row.layout === filters.layout ? {} : { layout: row.layout, provinces: [] };
}

interface ProvincesTableProps {
  readonly rows: readonly ProvinceTableRow[];
  readonly year: number | null;
}

/**
 * The analysts' table: sorting, a name filter, grouping by region, column choice, totals, CSV of what is
 * shown. It groups and totals, which the generic DataTable does not, so it renders its own rows with the
 * DataTable's sort control and virtual window.
 */
export function ProvincesTable({ rows, year }: ProvincesTableProps) {
  const { filters, update } = useFilters();
  const { t, num, lang } = useI18n();
  const labels = useMemo<ProvinceTableLabels>(() => {
    const yearText = year === null ? '—' : String(year);
    const previousText = year === null ? '—' : String(year - 1);
    return {
      lang,
      header: {
        code: t('provincesColCode'),
        name: t('provincesColName'),
        region: t('provincesColRegion'),
        star3: t('provincesColStar3'),
        star4: t('provincesColStar4'),
        star5: t('provincesColStar5'),
        starPotential5: t('provincesColPotential5'),
        starProposed5: t('provincesColProposed5'),
        ocopTotal: t('provincesColOcopTotal'),
        ocopYear: t('provincesColOcopYear', { year: yearText }),
        ocopChange: t('provincesColOcopChange', { year: previousText }),
        mous: t('provincesColMous'),
        toHcmc: t('provincesColToHcmc', { year: yearText }),
        toHanoi: t('provincesColToHanoi', { year: yearText }),
        dataKind: t('provincesColIllustrative'),
      },
      regionName: (id) => regionLabel(id, lang),
      real: t('provincesRowReal'),
      illustrative: t('provincesRowIllustrative'),
      postMerger: t('postMergerMark'),
      groupLabel: (region, count) => `${region} (${t('provincesGroupCount', { count })})`,
      totalLabel: (count) => `${t('provincesTotal')} (${t('provincesTotalCount', { count })})`,
    };
  }, [t, lang, year]);
  const columns = useMemo(() => provinceColumns(labels), [labels]);
  const data = useMemo(() => [...rows], [rows]);
  const table = useTable({
    features: provinceFeatures,
    columns,
    data,
    getRowId,
    initialState: { expanded: true, columnVisibility: { code: false } },
  });
  const shown = shownTable(table, labels);
  const nameFilter = String(table.getColumn('name')?.getFilterValue() ?? '');
  const grouped = table.state.grouping.length > 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const { virtual, items, padTop, padBottom } = useVirtualRows(
    scrollRef,
    shown.rows.length,
    ROW_HEIGHT,
    VIRTUALIZE_ABOVE,
  );

  const exportCsv = () => {
    download(csvFileName(t('provincesFileName'), new Date()), csvForReader(shownTableCsvRows(shown), lang));
  };

  const formatCell = (id: ProvinceColumnId, value: CsvCell): string => {
    if (value === null) return '—';
    if (typeof value !== 'number') return value;
    if (id === 'ocopChange') return value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : num(0);
    return num(value);
  };
  const numberClass = (id: ProvinceColumnId, value: CsvCell) => {
    const change = id === 'ocopChange' && typeof value === 'number' && value !== 0;
    return `numeric${change ? (value > 0 ? ' change-up' : ' change-down') : ''}`;
  };

  const openDetail = (event: MouseEvent, row: ProvinceTableRow) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return; // new tab: let the link work
    event.preventDefault();
    update({ ...unitFilters(filters, row), view: 'province', focus: row.code });
  };

  const renderProvinceRow = (row: ShownRow, index: number) => {
    const province = row.province as ProvinceTableRow;
    const name = lang === 'vi' ? province.name : province.nameEn;
    const detailHref = serializeFilterState({
      ...filters,
      ...unitFilters(filters, province),
      view: 'province',
      focus: province.code,
    });
    return (
      <tr
        key={row.id}
        className={`provinces-row${province.postMerger ? ' provinces-post-merger' : ''}`}
        data-row-kind="province"
        data-unit-key={province.unitKey}
        data-row-index={index}
        aria-rowindex={index + 2}
      >
        {shown.columns.map((column, i) => {
          const value = row.cells[i] ?? null;
          if (column.id === 'name') {
            return (
              <th key={column.id} scope="row" className="provinces-name" data-column="name">
                <a
                  href={detailHref || '?'}
                  onClick={(e) => openDetail(e, province)}
                  title={t('provincesOpenDetail', { name })}
                >
                  {name}
                </a>
                {province.postMerger && (
                  <span className="provinces-merger-mark" title={t('provincesMergerTitle')}>
                    {' '}
                    ({t('postMergerMark')})
                  </span>
                )}
                <button
                  type="button"
                  className="provinces-filter-to"
                  title={t('provincesFilterTo', { name })}
                  aria-label={t('provincesFilterTo', { name })}
                  onClick={() => update({ ...unitFilters(filters, province), provinces: [province.code] })}
                >
                  {t('provincesFilterToShort')}
                </button>
              </th>
            );
          }
          if (column.id === 'dataKind') {
            return (
              <td key={column.id} data-column="dataKind">
                <span
                  className={province.illustrative ? 'provinces-kind-illustrative' : 'provinces-kind-real'}
                >
                  {formatCell(column.id, value)}
                </span>
              </td>
            );
          }
          const numeric = isNumberColumn(column.id);
          return (
            <td
              key={column.id}
              data-column={column.id}
              data-value={value ?? ''}
              className={numeric ? numberClass(column.id, value) : undefined}
              title={
                column.id === 'ocopChange' && value === null
                  ? t('provincesNoChange')
                  : column.id === 'region'
                    ? String(value)
                    : undefined
              }
            >
              {column.id === 'region' ? t(REGION_SHORT[province.region]) : formatCell(column.id, value)}
            </td>
          );
        })}
      </tr>
    );
  };

  // Group and total rows: the label spans the text columns before the first number column.
  const leadSpan = Math.max(
    1,
    shown.columns.findIndex((c) => isNumberColumn(c.id)),
  );
  const aggregateCells = (row: ShownRow, label: ReactNode) => [
    <th key="label" scope="row" colSpan={leadSpan} data-column={shown.columns[0]?.id}>
      {label}
    </th>,
    ...shown.columns.slice(leadSpan).map((column, j) => {
      const value = row.cells[leadSpan + j] ?? null;
      return (
        <td
          key={column.id}
          data-column={column.id}
          data-value={value ?? ''}
          className={isNumberColumn(column.id) ? numberClass(column.id, value) : undefined}
        >
          {isNumberColumn(column.id) ? formatCell(column.id, value) : ''}
        </td>
      );
    }),
  ];

  const renderGroupRow = (row: ShownRow, index: number) => {
    const region = row.region ?? '';
    const label = labels.regionName(region);
    return (
      <tr
        key={row.id}
        className="provinces-group"
        data-row-kind="group"
        data-region={region}
        data-row-index={index}
      >
        {aggregateCells(
          row,
          <button
            type="button"
            className="provinces-group-toggle"
            aria-expanded={row.expanded}
            aria-label={t(row.expanded ? 'provincesCollapseGroup' : 'provincesExpandGroup', {
              region: label,
            })}
            onClick={() => table.getRow(row.id).toggleExpanded()}
          >
            <span aria-hidden="true">{row.expanded ? '▾' : '▸'}</span> {String(row.cells[0])}
          </button>,
        )}
      </tr>
    );
  };

  const hideable = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const width = shown.columns.reduce((sum, c) => sum + COLUMN_WIDTH[c.id], 0);

  return (
    <div className="provinces-table-block">
      <div className="provinces-toolbar">
        <label className="provinces-search">
          <span className="filter-label">{t('provincesFilterLabel')}</span>
          <input
            type="search"
            value={nameFilter}
            placeholder={t('provincesFilterPlaceholder')}
            onChange={(e) => table.getColumn('name')?.setFilterValue(e.target.value || undefined)}
          />
        </label>
        <label className="provinces-check">
          <input
            type="checkbox"
            checked={grouped}
            onChange={(e) => table.setGrouping(e.target.checked ? ['region'] : [])}
          />
          {t('provincesGroupByRegion')}
        </label>
        <details className="provinces-columns">
          <summary>{t('provincesColumns')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('provincesColumns')}</legend>
            {COLUMN_ORDER.map((id) => hideable.find((c) => c.id === id))
              .filter((c) => c !== undefined)
              .map((column) => (
                <label key={column.id} className="provinces-check">
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    onChange={(e) => column.toggleVisibility(e.target.checked)}
                  />
                  {labels.header[column.id as ProvinceColumnId]}
                </label>
              ))}
          </fieldset>
        </details>
        <button type="button" className="provinces-export" onClick={exportCsv}>
          {t('provincesExportCsv')}
        </button>
        <p className="provinces-count" role="status" data-testid="provinces-count">
          {t('provincesShowing', { shown: shown.total.count ?? 0, total: rows.length })}
        </p>
      </div>
      <div
        ref={scrollRef}
        className="provinces-scroll"
        data-testid="provinces-scroll"
        data-virtual={virtual ? 'true' : 'false'}
      >
        <table
          className="provinces-table"
          style={{ width }}
          aria-rowcount={shown.rows.length + 2}
          data-testid="provinces-table"
        >
          <colgroup>
            {shown.columns.map((c) => (
              <col key={c.id} style={{ width: COLUMN_WIDTH[c.id] }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const id = header.column.id as ProvinceColumnId;
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      data-column={id}
                      className={isNumberColumn(id) ? 'numeric' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <SortButton
                        label={labels.header[id]}
                        sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                        onSort={header.column.getToggleSortingHandler()}
                      />
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr className="provinces-pad">
                <td colSpan={shown.columns.length} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = shown.rows[item.index];
              if (!row) return null;
              return row.kind === 'group'
                ? renderGroupRow(row, item.index)
                : renderProvinceRow(row, item.index);
            })}
            {padBottom > 0 && (
              <tr className="provinces-pad">
                <td colSpan={shown.columns.length} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr data-row-kind="total" aria-rowindex={shown.rows.length + 2}>
              {aggregateCells(shown.total, String(shown.total.cells[0]))}
            </tr>
          </tfoot>
        </table>
        {shown.rows.length === 0 && (
          <p className="provinces-empty">{t('provincesNoMatch', { text: nameFilter })}</p>
        )}
      </div>
    </div>
  );
}
