/**
 * The reference CSVs under data/reference/, generated from the TS reference data so the two cannot drift:
 * scripts/exportReference.ts writes them and referenceCsv.test.ts fails when the committed files differ.
 */

import { PROVINCES_34, PROVINCES_63 } from './provinces.ts';

/** RFC 4180 quoting, only where needed (commas, quotes, line breaks). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text with a header row, '\n' line ends and a final newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${lines.join('\n')}\n`;
}

/** data/reference/provinces_63.csv: code,name,name_ascii,name_en,kind,region,new_code */
export function referenceCsv63(): string {
  return toCsv(
    ['code', 'name', 'name_ascii', 'name_en', 'kind', 'region', 'new_code'],
    PROVINCES_63.map((p) => [p.code, p.name, p.nameAscii, p.nameEn, p.kind, p.region, p.newCode]),
  );
}

/** data/reference/provinces_34.csv: code,name,name_ascii,name_en,kind,region,constituents (old codes, ';'). */
export function referenceCsv34(): string {
  return toCsv(
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
