import { csvForDuckDb, type MachineValue } from '../model/csv';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { REGIONS } from '../model/regions';
import type { Database } from './database';
import { replaceTableFromCsv, type TableColumn } from './loadTable';

/** Text columns, in table order. */
const varchar = (...names: string[]): TableColumn[] => names.map((name) => ({ name, sqlType: 'VARCHAR' }));

const PROVINCE_34_COLUMNS = varchar('code', 'name', 'name_en', 'kind', 'region');

const PROVINCE_63_COLUMNS = [...PROVINCE_34_COLUMNS, ...varchar('new_code')];

const REGION_COLUMNS = varchar('id', 'name', 'name_en');

const UNIT_MAP_COLUMNS: readonly TableColumn[] = [
  ...varchar('view_layout', 'src_layout', 'src_code'),
  ...varchar('unit_key', 'unit_code', 'unit_layout', 'name', 'name_en', 'region'),
  { name: 'post_merger', sqlType: 'BOOLEAN' },
  ...varchar('unit_key_34'),
];

/**
 * Which unit a row's (layout, code) is shown under in each view layout:
 * - in the 34 layout, an old unit rolls up into its new unit;
 * - in the 63 layout, a row keyed by a new unit (after 1 July 2025) stays under that new unit, marked
 *   post_merger, since it cannot be split honestly among the old units.
 * unit_key ("63:94", "34:92") is unambiguous across layouts, unlike the bare code. unit_key_34 is the
 * unit a row belongs to in the 34 layout, whatever the view: a count of provinces over rows keyed by
 * both layouts (a year that spans 1 July 2025) is made in it, never over old and new units side by side.
 */
export function unitMapRows() {
  const unit = (layout: '63' | '34', p: (typeof PROVINCES_63 | typeof PROVINCES_34)[number]) => ({
    unit_key: `${layout}:${p.code}`,
    unit_code: p.code,
    unit_layout: layout,
    name: p.name,
    name_en: p.nameEn,
    region: p.region,
  });
  type UnitRow = ReturnType<typeof unit>;
  const rows: Record<string, string | boolean>[] = [];
  /** A source unit's two rows: the unit it is shown under in the 63 view, and in the 34 view. */
  const add = (srcLayout: '63' | '34', srcCode: string, in63: UnitRow, in34: UnitRow) => {
    const source = { src_layout: srcLayout, src_code: srcCode };
    // Shown under a new unit in the 63 view: a post-merger row, not split among the old units.
    const postMerger = in63.unit_layout !== '63';
    rows.push({ view_layout: '63', ...source, ...in63, post_merger: postMerger, unit_key_34: in34.unit_key });
    rows.push({ view_layout: '34', ...source, ...in34, post_merger: false, unit_key_34: in34.unit_key });
  };
  const byNewCode = new Map(PROVINCES_34.map((p) => [p.code, p]));
  for (const p of PROVINCES_63) {
    const merged = byNewCode.get(p.newCode);
    if (!merged) throw new Error(`${p.name} maps to unknown new code ${p.newCode}`);
    add('63', p.code, unit('63', p), unit('34', merged));
  }
  for (const p of PROVINCES_34) add('34', p.code, unit('34', p), unit('34', p));
  return rows;
}

/** A province of either layout as its reference table holds it. */
const provinceRow = (p: (typeof PROVINCES_63 | typeof PROVINCES_34)[number]) => ({
  code: p.code,
  name: p.name,
  name_en: p.nameEn,
  kind: p.kind,
  region: p.region,
});

async function replaceReferenceTable(
  db: Database,
  name: string,
  columns: readonly TableColumn[],
  rows: readonly Readonly<Record<string, MachineValue>>[],
): Promise<void> {
  await replaceTableFromCsv(db, name, columns, csvForDuckDb(columns, rows));
}

/** The reference tables every metric joins against, built from model/ so there is one source of truth. */
export async function loadReferenceTables(db: Database): Promise<void> {
  await replaceReferenceTable(
    db,
    'provinces_63',
    PROVINCE_63_COLUMNS,
    PROVINCES_63.map((p) => ({ ...provinceRow(p), new_code: p.newCode })),
  );
  await replaceReferenceTable(db, 'provinces_34', PROVINCE_34_COLUMNS, PROVINCES_34.map(provinceRow));
  await replaceReferenceTable(db, 'unit_map', UNIT_MAP_COLUMNS, unitMapRows());
  await replaceReferenceTable(
    db,
    'regions',
    REGION_COLUMNS,
    REGIONS.map((r) => ({ id: r.id, name: r.nameVi, name_en: r.nameEn })),
  );
}
