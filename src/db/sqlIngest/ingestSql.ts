/**
 * The whole-file check of an import, run by DuckDB: its CSV reader reads the body of the file (the rows
 * below the header, ingest/bulkPlan.ts) into a staging table with sheet row numbers, and the row
 * classification, the normalization and the checks of ingest/ (readCsv's blank/total/note rows,
 * normalizeRows) run as SQL over it. What SQL cannot decide alone (a province name, a star spelling, a
 * date) is read by the JavaScript rule itself once per distinct value and joined back
 * (valueTables.ts), so every row gets exactly what ingestCsvStream gives it. The result is
 * ingestCsvStream's report, with the valid rows kept in a table (`staged`) instead of CSV text:
 * loading them is one INSERT … SELECT (stagedLoad.ts).
 */

import type { BulkPlan } from '../../ingest/bulkPlan';
import type { IngestTarget, StreamedIngest, UnknownValue } from '../../ingest/ingestCsvStream';
import { DETAIL_LIMIT, stillMissing, UNKNOWN_VALUE_LIMIT } from '../../ingest/ingestCsvStream';
import { evaluateMapping } from '../../ingest/mapHeaders';
import {
  columnOutputs,
  emptyValue,
  type MappedValue,
  outputColumns,
  PROVINCE_KINDS,
  type RejectedRow,
  readCell,
  rowLayout,
} from '../../ingest/normalizeRows';
import { isNoteRow, isTotalRow, type SkippedRow } from '../../ingest/readCsv';
import type { RejectReason } from '../../ingest/rejectReason';
import { isMappableReject, valueKindOf } from '../../ingest/valueMap';
import { type ColumnSpec, DATASETS } from '../../model/datasets';
import { nameKey } from '../../model/nameKey';
import type { Database } from '../database';
import { checkedIdentifier } from '../loadTable';
import {
  constantLiteral,
  isBlank,
  plainCount,
  plainNumber,
  plainText,
  received,
  sent,
  surelyNotTotal,
  surelyNotTotalStart,
} from './sqlText';
import { createValueTable } from './valueTables';

/** The check's report; the valid rows are in the table `staged` (dropStaged frees it). */
export interface SqlIngest extends Omit<StreamedIngest, 'csvText'> {
  readonly staged: string;
}

/** DuckDB's reader could not read the body as papaparse would: the file is read the old way. */
export class SqlIngestUnreadable extends Error {}

let runCounter = 0;

const FIRST_ROWS_SHOWN = 5;
const nfc = (text: string): string => text.normalize('NFC');

/** A dataset column as the SQL sees it: where its raw text comes from. */
interface ColumnSource {
  readonly spec: ColumnSpec;
  readonly index: number;
  /** SQL of the raw text ('' when the file has no such column). */
  readonly raw: string;
  /** The raw text comes from the file's cells (NFC as the old path reads them), not from fileValues. */
  readonly fromCells: boolean;
}

/** The valid rows of a staged check, as the dataset's table columns, in row order. */
export function validRowsSql(staged: string, columns: readonly { readonly name: string }[]): string {
  return `SELECT ${columns.map((c) => checkedIdentifier(c.name)).join(', ')} FROM ${checkedIdentifier(staged)} WHERE NOT _failed ORDER BY _rn`;
}

export async function dropStaged(db: Database, staged: string): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${checkedIdentifier(staged)}`);
}

/** Reads and checks the body of `plan` as `target`, as ingestCsvStream would. */
export async function ingestWithSql(
  db: Database,
  plan: BulkPlan,
  target: IngestTarget,
  /** DuckDB says nothing while a statement runs: the share of the check done, step by step, and the rows read. */
  onProgress?: (done: number, rowsRead: number) => void,
): Promise<SqlIngest> {
  const spec = DATASETS[target.dataset];
  const guess = evaluateMapping(plan.header, target.dataset, target.mapping);
  if (stillMissing(guess.missingRequired, target.fileValues).length > 0) {
    // The old path reports the missing columns from the head alone.
    throw new SqlIngestUnreadable('missing columns');
  }
  const run = ++runCounter;
  const t = (name: string): string => checkedIdentifier(`ingest_${name}_${run}`);
  const headerWidth = plan.header.length;
  const width = Math.max(headerWidth, plan.maxFields, 1);
  const cells = Array.from({ length: width }, (_, i) => `coalesce(c${i}, '')`);
  const temporary: string[] = [];
  const tables = {
    raw: t('raw'),
    skips: t('skips'),
    suspects: t('suspects'),
    fileValues: t('file_values'),
    totals: t('totals'),
    notes: t('notes'),
    period: t('period'),
    staged: t('staged'),
  };
  try {
    // 1. The body, as DuckDB's reader splits it, numbered as the sheet numbers its rows.
    temporary.push(tables.raw);
    const columnList = Array.from({ length: width }, (_, i) => `c${i} VARCHAR`).join(', ');
    if (plan.bodyRecords === 0) await db.exec(`CREATE TEMP TABLE ${tables.raw} (rn BIGINT, ${columnList})`);
    else {
      const fileName = `${tables.raw}.csv`;
      await db.registerBytes(fileName, plan.bytes.subarray(plan.bodyOffset));
      const types = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
      // The delimiter is one of readCsv's three; a tab is written as itself.
      const delimiter = { ',': ',', ';': ';', '\t': '\t' }[plan.delimiter];
      try {
        await db.exec(
          `CREATE TEMP TABLE ${tables.raw} AS SELECT (row_number() OVER ())::BIGINT + ${plan.firstBodyRow - 1} AS rn, * FROM read_csv('${fileName}', header = false, auto_detect = false, delim = '${delimiter}', quote = '"', escape = '"', null_padding = true, parallel = false, columns = {${types}})`,
        );
      } catch (error) {
        throw new SqlIngestUnreadable(error instanceof Error ? error.message : String(error));
      } finally {
        await db.dropFile(fileName);
      }
      const [read] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${tables.raw}`);
      if (read?.n !== plan.bodyRecords)
        throw new SqlIngestUnreadable(`read ${read?.n} records of ${plan.bodyRecords}`);
    }
    onProgress?.(0.5, plan.bodyRecords);

    // 2. Blank, total and note rows (readCsv's classifyRecords), kept aside in a small table.
    const filled = cells.map((c) => `(NOT ${isBlank(c)})::INTEGER`).join(' + ');
    const firstFilled = `CASE ${cells.map((c) => `WHEN NOT ${isBlank(c)} THEN ${c}`).join(' ')} ELSE '' END`;
    // One pass keeps the rows that may be set aside: few cells, or a first cell that may say "Tổng cộng".
    temporary.push(tables.suspects);
    await db.exec(
      `CREATE TEMP TABLE ${tables.suspects} AS SELECT * FROM (SELECT rn, ${filled} AS filled, ${firstFilled} AS first_filled FROM ${tables.raw}) WHERE filled <= 2 OR NOT ${surelyNotTotalStart('first_filled')}`,
    );
    const totalCandidates = await db.query<{ v: string }>(
      `SELECT ${sent('v')} AS v FROM (SELECT DISTINCT first_filled AS v FROM ${tables.suspects}) WHERE v <> '' AND NOT ${surelyNotTotal('v')}`,
    );
    temporary.push(tables.totals);
    await createValueTable(
      db,
      tables.totals,
      [{ name: 'v', sqlType: 'VARCHAR' }],
      totalCandidates
        .map((r) => received(r.v))
        .filter((v) => isTotalRow([v]))
        .map((v) => [v]),
    );
    const noteCandidates =
      headerWidth >= 3
        ? await db.query<Record<string, string | number>>(
            `SELECT r.rn::INTEGER AS rn, ${cells.map((c, i) => `${sent(c)} AS c${i}`).join(', ')} FROM ${tables.raw} r JOIN ${tables.suspects} k ON k.rn = r.rn WHERE k.filled BETWEEN 1 AND 2 AND k.first_filled NOT IN (SELECT v FROM ${tables.totals})`,
          )
        : [];
    temporary.push(tables.notes);
    await createValueTable(
      db,
      tables.notes,
      [{ name: 'rn', sqlType: 'INTEGER' }],
      noteCandidates
        .filter((r) =>
          isNoteRow(
            cells.map((_, i) => nfc(received(String(r[`c${i}`])))),
            headerWidth,
          ),
        )
        .map((r) => [Number(r.rn)]),
    );
    temporary.push(tables.skips);
    await db.exec(
      `CREATE TEMP TABLE ${tables.skips} AS SELECT rn, CASE WHEN filled = 0 THEN 'blank' WHEN first_filled IN (SELECT v FROM ${tables.totals}) THEN 'total' ELSE 'note' END AS cls FROM ${tables.suspects} WHERE filled = 0 OR first_filled IN (SELECT v FROM ${tables.totals}) OR rn IN (SELECT rn FROM ${tables.notes})`,
    );

    onProgress?.(0.6, plan.bodyRecords);

    // 3. Where each dataset column's raw text comes from.
    const fileValueColumns = spec.columns.filter(
      (c) => target.mapping[c.name] === undefined && target.fileValues?.[c.name] !== undefined,
    );
    temporary.push(tables.fileValues);
    await db.query(
      `CREATE TEMP TABLE ${tables.fileValues} AS SELECT ${
        fileValueColumns.length === 0
          ? '1 AS none'
          : fileValueColumns.map((_c, i) => `?::VARCHAR AS v${i}`).join(', ')
      }`,
      fileValueColumns.map((c) => target.fileValues?.[c.name] ?? ''),
    );
    const sources: ColumnSource[] = spec.columns.map((column, index) => {
      const cell = target.mapping[column.name];
      if (cell !== undefined)
        return { spec: column, index, raw: `coalesce(r.c${cell}, '')`, fromCells: true };
      const v = fileValueColumns.indexOf(column);
      return { spec: column, index, raw: v >= 0 ? `fv.v${v}` : `''`, fromCells: false };
    });
    const readRaw = (source: ColumnSource, raw: string): string => (source.fromCells ? nfc(raw) : raw);
    const from = `${tables.raw} r CROSS JOIN ${tables.fileValues} fv`;
    const dataRows = `r.rn NOT IN (SELECT rn FROM ${tables.skips})`;

    // 4. The period of each row, and the layout its provinces are read in (normalizeRows' rowLayout).
    const periodSource = sources.find((s) => s.spec.name === spec.periodColumn);
    const dateName = spec.columns.find((c) => c.kind === 'date' && c.name !== spec.periodColumn)?.name;
    const dateSource = sources.find((s) => s.spec.name === dateName);
    const periodRaw = periodSource?.raw ?? `''`;
    const dateRaw = dateSource?.raw ?? `''`;
    const periodPairs = await db.query<{ p: string; d: string }>(
      `SELECT DISTINCT ${sent(periodRaw)} AS p, ${sent(dateRaw)} AS d FROM ${from} WHERE ${dataRows}`,
    );
    temporary.push(tables.period);
    await createValueTable(
      db,
      tables.period,
      [
        { name: 'p', sqlType: 'VARCHAR' },
        { name: 'd', sqlType: 'VARCHAR' },
        { name: 'ok', sqlType: 'BOOLEAN' },
        { name: 'layout', sqlType: 'VARCHAR' },
        { name: 'value', sqlType: 'VARCHAR' },
        { name: 'reason', sqlType: 'VARCHAR' },
      ],
      periodPairs.map((pair) => {
        const p = received(pair.p);
        const d = received(pair.d);
        const result = rowLayout(
          spec.periodColumn,
          periodSource ? readRaw(periodSource, p) : p,
          dateSource ? readRaw(dateSource, d) : d,
          target.layout,
          target.dateOrder,
        );
        return result.ok
          ? [p, d, true, result.value.layout, String(result.value.value), null]
          : [p, d, false, null, null, JSON.stringify(result.reason)];
      }),
    );

    // 5. One row per data row: each column's raw text, whether it is blank and whether a SQL rule reads it.
    const fastRule = (source: ColumnSource): string =>
      source.spec.kind === 'text'
        ? plainText(source.raw)
        : source.spec.kind === 'number'
          ? plainNumber(source.raw)
          : source.spec.kind === 'count'
            ? plainCount(source.raw)
            : 'false';
    const extraCells = Array.from(
      { length: width - headerWidth },
      (_, i) => `coalesce(r.c${headerWidth + i}, '')`,
    );
    const extra =
      extraCells.length === 0
        ? `[]::VARCHAR[]`
        : `list_filter([${extraCells.join(', ')}], x -> NOT ${isBlank('x')})`;
    const data = `(SELECT r.rn AS rn, p.ok AS p_ok, p.layout AS p_layout, p.value AS p_value, p.reason AS p_reason, ${extra} AS extra, ${sources
      .map(
        (s) =>
          `${s.raw} AS raw_k${s.index}, ${isBlank(s.raw)} AS blank_k${s.index}, ${fastRule(s)} AS fast_k${s.index}`,
      )
      .join(
        ', ',
      )} FROM ${from} LEFT JOIN ${tables.period} p ON p.p = ${periodRaw} AND p.d = ${dateRaw} WHERE ${dataRows})`;

    // 6. The distinct values JavaScript must read, of every column at once (one scan, one grouping set each).
    const readByJs = sources.filter((s) => s.spec.name !== spec.periodColumn);
    const distinctValues = new Map<number, { v: string; layout: string }[]>(
      readByJs.map((s) => [s.index, []]),
    );
    if (readByJs.length > 0) {
      const needed = readByJs.map((s) => {
        const province = PROVINCE_KINDS.has(s.spec.kind);
        const k = `k${s.index}`;
        return `CASE WHEN NOT d.blank_${k} AND NOT d.fast_${k}${province ? ' AND d.p_ok' : ''} THEN d.raw_${k} END AS v_${k}, ${province ? 'd.p_layout' : "'63'"} AS l_${k}`;
      });
      const rows = await db.query<Record<string, string | null>>(
        `SELECT ${readByJs.map((s) => `${sent(`v_k${s.index}`)} AS v_k${s.index}, l_k${s.index}`).join(', ')} FROM (SELECT ${needed.join(', ')} FROM ${data} d) GROUP BY GROUPING SETS (${readByJs.map((s) => `(v_k${s.index}, l_k${s.index})`).join(', ')})`,
      );
      for (const row of rows) {
        for (const s of readByJs) {
          const v = row[`v_k${s.index}`];
          if (v !== null && v !== undefined)
            distinctValues.get(s.index)?.push({ v, layout: row[`l_k${s.index}`] ?? '63' });
        }
      }
    }

    onProgress?.(0.7, plan.bodyRecords);

    // 6. Every column: a SQL rule where one decides, else the JS reading of each distinct value, joined.
    const selects: string[] = ['d.rn AS _rn', 'd.extra AS _extra'];
    const joins: string[] = [];
    const failures: string[] = [];
    const outputs: string[] = [];
    for (const source of sources) {
      const { spec: column, index } = source;
      const name = `k${index}`;
      const raw = `d.raw_${name}`;
      const blank = `d.blank_${name}`;
      const fast = `d.fast_${name}`;
      const outs = columnOutputs(column);
      const empties = emptyValue(column);
      const required = column.required ? `'{"code":"required"}'` : 'NULL';
      if (column.name === spec.periodColumn) {
        failures.push(`CASE WHEN ${blank} THEN ${required} WHEN NOT d.p_ok THEN d.p_reason END`);
        outs.forEach((_, i) => {
          outputs.push(
            `CASE WHEN ${blank} THEN ${constantLiteral(asConstant(empties[i]))} ELSE d.p_value END`,
          );
        });
        selects.push(
          `CASE WHEN ${blank} OR NOT d.p_ok THEN ${raw} END AS _raw_${name}`,
          `NULL::INTEGER AS _merged_${name}`,
          `NULL::VARCHAR AS _mapped_${name}`,
        );
        continue;
      }
      const province = PROVINCE_KINDS.has(column.kind);
      const layoutOf = province ? 'd.p_layout' : `'63'`;
      const distinct = distinctValues.get(index) ?? [];
      const values = t(`v${index}`);
      temporary.push(values);
      await createValueTable(
        db,
        values,
        [
          { name: 'v', sqlType: 'VARCHAR' },
          { name: 'layout', sqlType: 'VARCHAR' },
          { name: 'ok', sqlType: 'BOOLEAN' },
          { name: 'o0', sqlType: 'VARCHAR' },
          { name: 'o1', sqlType: 'VARCHAR' },
          { name: 'merged', sqlType: 'INTEGER' },
          { name: 'mapped', sqlType: 'VARCHAR' },
          { name: 'reason', sqlType: 'VARCHAR' },
        ],
        distinct.map((value) => {
          const v = received(value.v);
          const { layout } = value;
          const { replacement, parsed } = readCell(
            column,
            spec.periodColumn,
            readRaw(source, v),
            layout === '34' ? '34' : '63',
            target.valueMap,
            target.dateOrder,
          );
          const mapped = replacement?.to ?? null;
          if (!parsed.ok) return [v, layout, false, null, null, 0, mapped, JSON.stringify(parsed.reason)];
          const [o0, o1] = parsed.value.values;
          return [
            v,
            layout,
            true,
            o0 === undefined || o0 === null ? null : String(o0),
            o1 === undefined || o1 === null ? null : String(o1),
            parsed.value.merged?.length ?? 0,
            mapped,
            null,
          ];
        }),
      );
      joins.push(`LEFT JOIN ${values} ${name} ON ${name}.v = ${raw} AND ${name}.layout = ${layoutOf}`);
      // Without a valid period a province is not read (normalizeRows): the row is rejected on its period.
      const notRead = `${blank} OR ${fast}${province ? ' OR NOT d.p_ok' : ''}`;
      failures.push(
        `CASE WHEN ${blank} THEN ${required} WHEN ${notRead} THEN NULL WHEN NOT ${name}.ok THEN ${name}.reason END`,
      );
      outs.forEach((_, i) => {
        const fastValue = i === 0 ? raw : 'NULL';
        outputs.push(
          `CASE WHEN ${blank} THEN ${constantLiteral(asConstant(empties[i]))} WHEN ${fast} THEN ${fastValue} ${province ? 'WHEN NOT d.p_ok THEN NULL ' : ''}ELSE ${name}.o${i} END`,
        );
      });
      selects.push(
        `CASE WHEN ${blank} OR (NOT (${notRead}) AND (NOT ${name}.ok OR ${name}.mapped IS NOT NULL)) THEN ${raw} END AS _raw_${name}`,
        `CASE WHEN ${notRead} THEN 0 ELSE ${name}.merged END AS _merged_${name}`,
        `CASE WHEN ${notRead} THEN NULL ELSE ${name}.mapped END AS _mapped_${name}`,
      );
    }
    const columns = outputColumns(target.dataset);
    // The staged table: the typed output columns, and per row its number, whether it failed, and what
    // the report needs (the raw text only where a cell failed or was mapped). Loading takes the rows
    // that did not fail, in row order (stagedLoad.ts).
    await db.exec(
      `CREATE TEMP TABLE ${tables.staged} AS SELECT *, len(_extra) > 0 OR ${failures.map((_, i) => `_f${i} IS NOT NULL`).join(' OR ')} AS _failed FROM (SELECT ${selects.join(', ')}, ${failures.map((f, i) => `${f} AS _f${i}`).join(', ')}, ${outputs.map((o, i) => `CAST(${o} AS ${columns[i]?.sqlType}) AS ${checkedIdentifier(columns[i]?.name ?? '')}`).join(', ')} FROM ${data} d ${joins.join(' ')})`,
    );
    const norm = tables.staged;

    onProgress?.(0.9, plan.bodyRecords);

    // 8. The report.
    const provinceMerged = sources
      .filter((s) => PROVINCE_KINDS.has(s.spec.kind))
      .map((s) => `coalesce(_merged_k${s.index}, 0)`);
    const [counts] = await db.query<{
      rows: number;
      data: number;
      rejected_rows: number;
      rejected_cells: number;
      merged: number;
    }>(
      `SELECT count(*) FILTER (WHERE NOT _failed)::INTEGER AS rows, count(*)::INTEGER AS data, count(*) FILTER (WHERE _failed)::INTEGER AS rejected_rows,
        coalesce(sum((len(_extra) > 0)::INTEGER + ${failures.map((_, i) => `(_f${i} IS NOT NULL)::INTEGER`).join(' + ')}), 0)::INTEGER AS rejected_cells,
        coalesce(sum(${provinceMerged.length === 0 ? '0' : provinceMerged.join(' + ')}) FILTER (WHERE NOT _failed), 0)::INTEGER AS merged
       FROM ${norm}`,
    );
    const failureRows = sources.map(
      (s) =>
        `SELECT _rn AS rn, ${s.index + 1} AS ord, _raw_k${s.index} AS raw, _f${s.index} AS reason, NULL::VARCHAR[] AS extra FROM ${norm} WHERE _failed AND _f${s.index} IS NOT NULL`,
    );
    const detail = await db.query<{ rn: number; ord: number; raw: string; reason: string; extra: string[] }>(
      `SELECT rn::INTEGER AS rn, ord, ${sent('raw')} AS raw, reason, list_transform(extra, x -> ${sent('x')}) AS extra FROM (SELECT _rn AS rn, 0 AS ord, NULL AS raw, NULL AS reason, _extra AS extra FROM ${norm} WHERE len(_extra) > 0 UNION ALL ${failureRows.join(' UNION ALL ')}) ORDER BY rn, ord LIMIT ${DETAIL_LIMIT}`,
    );
    const rejected: RejectedRow[] = detail.map((d) => {
      if (d.ord === 0) {
        const extraValues = Array.from(d.extra, (x) => nfc(received(x)));
        return {
          rowNumber: d.rn,
          column: '',
          rawValue: extraValues.join(' | '),
          reason: { code: 'extraCells', count: extraValues.length },
        };
      }
      const source = sources[d.ord - 1] as ColumnSource;
      return {
        rowNumber: d.rn,
        column: source.spec.name,
        rawValue: readRaw(source, received(d.raw)),
        reason: JSON.parse(d.reason) as RejectReason,
      };
    });

    const skippedCount = { title: 0, subheader: 0, total: 0, note: 0, blank: 0 };
    for (const s of plan.headSkipped) skippedCount[s.reason]++;
    const classCounts = await db.query<{ cls: 'blank' | 'total' | 'note'; n: number }>(
      `SELECT cls, count(*)::INTEGER AS n FROM ${tables.skips} GROUP BY cls`,
    );
    for (const c of classCounts) skippedCount[c.cls] += c.n;
    const bodySkipped = await db.query<{ rn: number; cls: 'blank' | 'total' | 'note' }>(
      `SELECT rn::INTEGER AS rn, cls FROM ${tables.skips} ORDER BY rn LIMIT ${Math.max(DETAIL_LIMIT - plan.headSkipped.length, 0)}`,
    );
    const skipped: SkippedRow[] = [
      ...plan.headSkipped,
      ...bodySkipped.map((s) => ({ rowNumber: s.rn, reason: s.cls })),
    ].slice(0, DETAIL_LIMIT);

    const mappedValues = await mappedValuesOf(db, norm, sources, readRaw);
    const unknownValues = await unknownValuesOf(db, norm, sources, readRaw);
    onProgress?.(1, plan.bodyRecords);

    return {
      encoding: plan.encoding,
      delimiter: plan.delimiter,
      headerRowNumber: plan.headerRowNumber,
      header: plan.header,
      guess,
      columns,
      staged: tables.staged,
      rowCount: counts?.rows ?? 0,
      dataRowCount: counts?.data ?? 0,
      skippedCount,
      skipped,
      rejectedRowCount: counts?.rejected_rows ?? 0,
      rejectedCellCount: counts?.rejected_cells ?? 0,
      rejected,
      mergedProvinceCount: counts?.merged ?? 0,
      ...(target.layout ? { layout: target.layout } : {}),
      ...(target.fileValues ? { fileValues: target.fileValues } : {}),
      ...(target.dateOrder === 'mdy' ? { dateOrder: target.dateOrder } : {}),
      mappedValues,
      unknownValues,
    };
  } catch (error) {
    await db.exec(`DROP TABLE IF EXISTS ${tables.staged}`);
    throw error;
  } finally {
    for (const table of temporary) await db.exec(`DROP TABLE IF EXISTS ${table}`);
  }
}

function asConstant(value: unknown): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** normalizeRows' mappedValues: per column and value as written, the loaded rows read through the value map. */
async function mappedValuesOf(
  db: Database,
  norm: string,
  sources: readonly ColumnSource[],
  readRaw: (source: ColumnSource, raw: string) => string,
): Promise<MappedValue[]> {
  const found: (MappedValue & { first: number; index: number })[] = [];
  for (const source of sources) {
    const kind = valueKindOf(source.spec.kind);
    if (kind === undefined) continue;
    const k = `k${source.index}`;
    const rows = await db.query<{ raw: string; to: string; n: number; first: number }>(
      `SELECT ${sent(`_raw_${k}`)} AS raw, any_value(_mapped_${k}) AS "to", count(*)::INTEGER AS n, min(_rn)::INTEGER AS first FROM ${norm} WHERE NOT _failed AND _mapped_${k} IS NOT NULL GROUP BY _raw_${k}`,
    );
    const byValue = new Map<string, MappedValue & { first: number; index: number }>();
    for (const r of rows) {
      const value = readRaw(source, received(r.raw));
      const entry = byValue.get(value);
      if (entry)
        byValue.set(value, {
          ...entry,
          rowCount: entry.rowCount + r.n,
          first: Math.min(entry.first, r.first),
        });
      else
        byValue.set(value, {
          column: source.spec.name,
          kind,
          value,
          to: r.to,
          rowCount: r.n,
          first: r.first,
          index: source.index,
        });
    }
    found.push(...byValue.values());
  }
  return found
    .sort((a, b) => a.first - b.first || a.index - b.index)
    .map(({ first: _, index: __, ...m }) => m);
}

/** ingestCsvStream's unknownValues: rejected values the user may map, grouped by nameKey, in order of first occurrence. */
async function unknownValuesOf(
  db: Database,
  norm: string,
  sources: readonly ColumnSource[],
  readRaw: (source: ColumnSource, raw: string) => string,
): Promise<UnknownValue[]> {
  type Entry = UnknownValue & { first: number; index: number; firstRows: number[] };
  const found: Entry[] = [];
  for (const source of sources) {
    const kind = valueKindOf(source.spec.kind);
    if (kind === undefined) continue;
    const k = `k${source.index}`;
    const f = `_f${source.index}`;
    const rows = await db.query<{ raw: string; reason: string; n: number; first_rows: number[] }>(
      `SELECT ${sent(`_raw_${k}`)} AS raw, any_value(${f}) AS reason, count(*)::INTEGER AS n, list(_rn::INTEGER ORDER BY _rn)[1:${FIRST_ROWS_SHOWN}] AS first_rows FROM ${norm} WHERE _failed AND ${f} IS NOT NULL GROUP BY _raw_${k}`,
    );
    const byKey = new Map<string, Entry>();
    for (const r of rows) {
      if (!isMappableReject(JSON.parse(r.reason) as RejectReason)) continue;
      const value = readRaw(source, received(r.raw));
      const key = nameKey(value);
      const firstRows = Array.from(r.first_rows, Number);
      const first = firstRows[0] ?? 0;
      const entry = byKey.get(key);
      if (!entry) {
        byKey.set(key, {
          column: source.spec.name,
          kind,
          value: value.trim(),
          rowCount: r.n,
          firstRows,
          first,
          index: source.index,
        });
        continue;
      }
      const rowsSeen = [...entry.firstRows, ...firstRows].sort((a, b) => a - b).slice(0, FIRST_ROWS_SHOWN);
      byKey.set(key, {
        ...entry,
        ...(first < entry.first ? { value: value.trim(), first } : {}),
        rowCount: entry.rowCount + r.n,
        firstRows: rowsSeen,
      });
    }
    found.push(...byKey.values());
  }
  return found
    .sort((a, b) => a.first - b.first || a.index - b.index)
    .slice(0, UNKNOWN_VALUE_LIMIT)
    .map(({ first: _, index: __, ...u }) => u);
}
