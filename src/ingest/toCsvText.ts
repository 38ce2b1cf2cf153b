/**
 * A normalized table → the CSV handed to DuckDB's read_csv with explicit column types (db/loadTable.ts):
 * RFC 4180, comma, '\n' records, '.' decimals, ISO dates, every string quoted with quotes doubled, NULL as
 * an empty unquoted field. Quoting every string keeps any text (commas, quotes, line breaks) intact.
 */

import type { NormalizedValue } from './normalizeRows.ts';

function field(value: NormalizedValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return `"${value.replaceAll('"', '""')}"`;
  if (typeof value === 'number') {
    // NaN/Infinity cannot come out of the parsers; writing them would make DuckDB fail the whole load.
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  return value ? 'true' : 'false';
}

/** Rows of any table we load (a normalized dataset, the reference tables) with `columns` as the header. */
export function toCsvText(
  columns: readonly { readonly name: string }[],
  rows: readonly Readonly<Record<string, NormalizedValue>>[],
): string {
  const names = columns.map((c) => c.name);
  const lines = [names.join(',')];
  for (const row of rows) lines.push(names.map((name) => field(row[name] ?? null)).join(','));
  return `${lines.join('\n')}\n`;
}
