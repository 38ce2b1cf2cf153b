import { toCsvText } from '../ingest/toCsvText';
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

/** The reference tables every metric joins against, built from model/ so there is one source of truth. */
export async function loadReferenceTables(db: Database): Promise<void> {
  await replaceTableFromCsv(
    db,
    'provinces_63',
    PROVINCE_63_COLUMNS,
    toCsvText(
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
    toCsvText(
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
  await replaceTableFromCsv(
    db,
    'regions',
    REGION_COLUMNS,
    toCsvText(
      REGION_COLUMNS,
      REGIONS.map((r) => ({ id: r.id, name: r.nameVi, name_en: r.nameEn })),
    ),
  );
}
