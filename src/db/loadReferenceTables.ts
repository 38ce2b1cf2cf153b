import { csvForDuckDb } from '../model/csv';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces';
import { REGIONS } from '../model/regions';
import type { Database } from './database';
import { replaceTableFromCsv, type TableColumn } from './loadTable';

const PROVINCE_63_COLUMNS: readonly TableColumn[] = [
  { name: 'code', sqlType: 'VARCHAR' },
  { name: 'name', sqlType: 'VARCHAR' },
  { name: 'name_en', sqlType: 'VARCHAR' },
  { name: 'kind', sqlType: 'VARCHAR' },
  { name: 'region', sqlType: 'VARCHAR' },
  { name: 'new_code', sqlType: 'VARCHAR' },
];

const PROVINCE_34_COLUMNS: readonly TableColumn[] = [
  { name: 'code', sqlType: 'VARCHAR' },
  { name: 'name', sqlType: 'VARCHAR' },
  { name: 'name_en', sqlType: 'VARCHAR' },
  { name: 'kind', sqlType: 'VARCHAR' },
  { name: 'region', sqlType: 'VARCHAR' },
];

const REGION_COLUMNS: readonly TableColumn[] = [
  { name: 'id', sqlType: 'VARCHAR' },
  { name: 'name', sqlType: 'VARCHAR' },
  { name: 'name_en', sqlType: 'VARCHAR' },
];

const UNIT_MAP_COLUMNS: readonly TableColumn[] = [
  { name: 'view_layout', sqlType: 'VARCHAR' },
  { name: 'src_layout', sqlType: 'VARCHAR' },
  { name: 'src_code', sqlType: 'VARCHAR' },
  { name: 'unit_key', sqlType: 'VARCHAR' },
  { name: 'unit_code', sqlType: 'VARCHAR' },
  { name: 'unit_layout', sqlType: 'VARCHAR' },
  { name: 'name', sqlType: 'VARCHAR' },
  { name: 'name_en', sqlType: 'VARCHAR' },
  { name: 'region', sqlType: 'VARCHAR' },
  { name: 'post_merger', sqlType: 'BOOLEAN' },
  { name: 'unit_key_34', sqlType: 'VARCHAR' },
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
  const old = (p: (typeof PROVINCES_63)[number]) => ({
    unit_key: `63:${p.code}`,
    unit_code: p.code,
    unit_layout: '63',
    name: p.name,
    name_en: p.nameEn,
    region: p.region,
  });
  const current = (p: (typeof PROVINCES_34)[number]) => ({
    unit_key: `34:${p.code}`,
    unit_code: p.code,
    unit_layout: '34',
    name: p.name,
    name_en: p.nameEn,
    region: p.region,
  });
  const byNewCode = new Map(PROVINCES_34.map((p) => [p.code, p]));
  const rows = [];
  for (const p of PROVINCES_63) {
    const unit = byNewCode.get(p.newCode);
    if (!unit) throw new Error(`${p.name} maps to unknown new code ${p.newCode}`);
    const unit_key_34 = `34:${unit.code}`;
    rows.push({
      view_layout: '63',
      src_layout: '63',
      src_code: p.code,
      ...old(p),
      post_merger: false,
      unit_key_34,
    });
    rows.push({
      view_layout: '34',
      src_layout: '63',
      src_code: p.code,
      ...current(unit),
      post_merger: false,
      unit_key_34,
    });
  }
  for (const p of PROVINCES_34) {
    const unit_key_34 = `34:${p.code}`;
    rows.push({
      view_layout: '63',
      src_layout: '34',
      src_code: p.code,
      ...current(p),
      post_merger: true,
      unit_key_34,
    });
    rows.push({
      view_layout: '34',
      src_layout: '34',
      src_code: p.code,
      ...current(p),
      post_merger: false,
      unit_key_34,
    });
  }
  return rows;
}

/** The reference tables every metric joins against, built from model/ so there is one source of truth. */
export async function loadReferenceTables(db: Database): Promise<void> {
  await replaceTableFromCsv(
    db,
    'provinces_63',
    PROVINCE_63_COLUMNS,
    csvForDuckDb(
      PROVINCE_63_COLUMNS,
      PROVINCES_63.map((p) => ({
        code: p.code,
        name: p.name,
        name_en: p.nameEn,
        kind: p.kind,
        region: p.region,
        new_code: p.newCode,
      })),
    ),
  );
  await replaceTableFromCsv(
    db,
    'provinces_34',
    PROVINCE_34_COLUMNS,
    csvForDuckDb(
      PROVINCE_34_COLUMNS,
      PROVINCES_34.map((p) => ({
        code: p.code,
        name: p.name,
        name_en: p.nameEn,
        kind: p.kind,
        region: p.region,
      })),
    ),
  );
  await replaceTableFromCsv(db, 'unit_map', UNIT_MAP_COLUMNS, csvForDuckDb(UNIT_MAP_COLUMNS, unitMapRows()));
  await replaceTableFromCsv(
    db,
    'regions',
    REGION_COLUMNS,
    csvForDuckDb(
      REGION_COLUMNS,
      REGIONS.map((r) => ({ id: r.id, name: r.nameVi, name_en: r.nameEn })),
    ),
  );
}
