/**
 * The reference CSVs under data/reference/, generated from the TS reference data so the two cannot drift:
 * scripts/exportReference.ts writes them and referenceCsv.test.ts fails when the committed files differ.
 */

import { csvForReference } from './csv.ts';
import { PROVINCES_34, PROVINCES_63 } from './provinces.ts';

/** data/reference/provinces_63.csv: code,name,name_ascii,name_en,kind,region,new_code */
export function referenceCsv63(): string {
  return csvForReference(
    ['code', 'name', 'name_ascii', 'name_en', 'kind', 'region', 'new_code'],
    PROVINCES_63.map((p) => [p.code, p.name, p.nameAscii, p.nameEn, p.kind, p.region, p.newCode]),
  );
}

/** data/reference/provinces_34.csv: code,name,name_ascii,name_en,kind,region,constituents (old codes, ';'). */
export function referenceCsv34(): string {
  return csvForReference(
    ['code', 'name', 'name_ascii', 'name_en', 'kind', 'region', 'constituents'],
    PROVINCES_34.map((p) => [
      p.code,
      p.name,
      p.nameAscii,
      p.nameEn,
      p.kind,
      p.region,
      p.constituents.join(';'),
    ]),
  );
}

/** Repository-relative paths of the generated files, with their content. */
export const REFERENCE_FILES: readonly { readonly path: string; readonly content: () => string }[] = [
  { path: 'data/reference/provinces_63.csv', content: referenceCsv63 },
  { path: 'data/reference/provinces_34.csv', content: referenceCsv34 },
];
