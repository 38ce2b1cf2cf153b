/**
 * The SQL console's guard: analysts type their own queries over the loaded tables, and nothing they type
 * may change those tables or reach a file or the network.
 *
 * DuckDB's own statement parser is not reachable from SQL in this build: `json_serialize_sql` lives in the
 * json extension, which DuckDB-WASM does not bundle and the dashboard never downloads (autoload is off,
 * see db/database.ts). So the guard has three layers:
 * 1. a tokenizer that reads text the way DuckDB's lexer does (comments, nested block comments, '…' with
 *    '' escapes and no backslash escapes, E'…' with them, $tag$…$tag$, "identifiers"), then checks the
 *    statement kind, forbidden keywords, functions that read files or the network, and string literals
 *    where a table is expected (DuckDB would read 'x.csv' or 'http://…' there as a file);
 * 2. the accepted text runs only inside `SELECT … FROM (<text>) AS console_query LIMIT ?`: DuckDB's parser
 *    accepts nothing but a query as a subquery, so DDL, DML, ATTACH, SET… cannot run;
 * 3. that statement is prepared (it has a bound parameter), and DuckDB refuses to prepare more than one
 *    statement, so text that smuggles a second statement past layer 1 still fails.
 */

import type { Database } from '../db/database';
import { join, raw, runSql, type Sql, sql } from '../db/sql';
import { DATASET_IDS } from '../model/datasets';

/** Why a statement is not run; the view words it in the UI language. */
export type Refusal =
  | { readonly code: 'empty' }
  | { readonly code: 'multipleStatements' }
  /** Not a query (INSERT, DROP, ATTACH, SET…), or a keyword that writes inside one. */
  | { readonly code: 'notReadOnly'; readonly keyword: string }
  /** A function, path or address that reads files or the network. */
  | { readonly code: 'externalAccess'; readonly name: string }
  | { readonly code: 'unterminated' };

export type ReadOnlyCheck =
  | {
      readonly ok: true;
      /** The query itself (without EXPLAIN, a trailing ';' or comments after it). */
      readonly query: string;
      /** EXPLAIN or EXPLAIN ANALYZE in front of the query, if any. */
      readonly explain: 'explain' | 'explain analyze' | null;
    }
  | { readonly ok: false; readonly refusal: Refusal };

type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'symbol';

interface Token {
  readonly kind: TokenKind;
  /** Lower-case for words, the unescaped content for strings and quoted identifiers. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const WORD_START = /[A-Za-z_\u0080-\uFFFF]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uFFFF]/;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;
const NUMBER = /^(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

/** Tokens of `text`, or null if a string, identifier or comment is not closed. */
export function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  // Reads a quoted run from i (at the opening quote) to its closing quote; a doubled quote is part of it.
  const quotedRun = (quote: string, backslashEscapes: boolean): { value: string; end: number } | null => {
    let value = '';
    let j = i + 1;
    while (j < n) {
      const c = text[j];
      if (backslashEscapes && c === '\\' && j + 1 < n) {
        value += text[j + 1];
        j += 2;
      } else if (c === quote) {
        if (text[j + 1] === quote) {
          value += quote;
          j += 2;
        } else {
          return { value, end: j + 1 };
        }
      } else {
        value += c;
        j++;
      }
    }
    return null;
  };
  while (i < n) {
    const c = text[i] ?? '';
    if (/\s/.test(c)) {
      i++;
    } else if (text.startsWith('--', i)) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
    } else if (text.startsWith('/*', i)) {
      // DuckDB nests block comments, as PostgreSQL does.
      let depth = 0;
      let j = i;
      while (j < n) {
        if (text.startsWith('/*', j)) {
          depth++;
          j += 2;
        } else if (text.startsWith('*/', j)) {
          depth--;
          j += 2;
          if (depth === 0) break;
        } else {
          j++;
        }
      }
      if (depth !== 0) return null;
      i = j;
    } else if ((c === 'e' || c === 'E') && text[i + 1] === "'") {
      i++;
      const run = quotedRun("'", true);
      if (!run) return null;
      tokens.push({ kind: 'string', value: run.value, start: i - 1, end: run.end });
      i = run.end;
    } else if (c === "'" || c === '"') {
      const run = quotedRun(c, false);
      if (!run) return null;
      tokens.push({ kind: c === "'" ? 'string' : 'quoted', value: run.value, start: i, end: run.end });
      i = run.end;
    } else if (c === '$' && DOLLAR_TAG.test(text.slice(i))) {
      const tag = DOLLAR_TAG.exec(text.slice(i))?.[0] ?? '$$';
      const close = text.indexOf(tag, i + tag.length);
      if (close === -1) return null;
      tokens.push({
        kind: 'string',
        value: text.slice(i + tag.length, close),
        start: i,
        end: close + tag.length,
      });
      i = close + tag.length;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < n && WORD_PART.test(text[j] ?? '')) j++;
      tokens.push({ kind: 'word', value: text.slice(i, j).toLowerCase(), start: i, end: j });
      i = j;
    } else if (NUMBER.test(text.slice(i, i + 64))) {
      const length = NUMBER.exec(text.slice(i, i + 64))?.[0].length ?? 1;
      tokens.push({ kind: 'number', value: text.slice(i, i + length), start: i, end: i + length });
      i += length;
    } else {
      tokens.push({ kind: 'symbol', value: c, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** Statements that only read. FROM-first (`FROM t`), VALUES and TABLE t are DuckDB's forms of SELECT. */
const QUERY_START = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'desc',
  'summarize',
  'show',
]);

/** Keywords of statements that write, load or change settings; refused anywhere, even inside a query. */
const WRITING_KEYWORDS = new Set([
  'insert',
  'update',
  'delete',
  'create',
  'drop',
  'alter',
  'attach',
  'detach',
  'copy',
  'install',
  'load',
  'set',
  'reset',
  'pragma',
  'export',
  'import',
  'call',
  'checkpoint',
  'vacuum',
  'truncate',
  'merge',
  'begin',
  'commit',
  'rollback',
  'prepare',
  'execute',
  'deallocate',
  'use',
  'grant',
  'revoke',
]);

/** Table or scalar functions that read files, other databases or the network, or run SQL text. */
const EXTERNAL_FUNCTION =
  /^(?:read_\w+|\w+_scan|scan_\w+|glob|sniff_csv|parquet_\w+|query|query_table|iceberg_\w+|delta_\w+|sqlite_\w+|postgres_\w+|mysql_\w+|ducklake_\w+|http\w*|duckdb_secrets|which_secret|load_aws_credentials|checkpoint|force_checkpoint|json_execute_serialized_sql|getenv|st_read\w*|st_drivers)$/;

/** Keywords that end a FROM clause at their nesting level (after them, a comma is not a table list). */
const FROM_CLAUSE_END = new Set([
  'where',
  'group',
  'having',
  'order',
  'limit',
  'offset',
  'qualify',
  'window',
  'union',
  'except',
  'intersect',
  'select',
  'returning',
]);

/** Statements naming a table (or a query) right after their keyword. */
const TABLE_STATEMENTS = new Set(['describe', 'desc', 'summarize', 'show', 'table']);

const PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const refuse = (refusal: Refusal): ReadOnlyCheck => ({ ok: false, refusal });

/** Whether `text` is one statement that only reads the loaded tables; pure, so it is tested in isolation. */
export function checkReadOnly(text: string): ReadOnlyCheck {
  const tokens = tokenize(text);
  if (!tokens) return refuse({ code: 'unterminated' });
  const statements: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'symbol' && token.value === ';') statements.push([]);
    else statements.at(-1)?.push(token);
  }
  const nonEmpty = statements.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return refuse({ code: 'empty' });
  if (nonEmpty.length > 1) return refuse({ code: 'multipleStatements' });
  let body = nonEmpty[0] ?? [];

  let explain: 'explain' | 'explain analyze' | null = null;
  if (body[0]?.kind === 'word' && body[0].value === 'explain') {
    const analyze = body[1]?.kind === 'word' && body[1].value === 'analyze';
    explain = analyze ? 'explain analyze' : 'explain';
    body = body.slice(analyze ? 2 : 1);
  }
  const first = body[0];
  if (!first) return refuse({ code: 'notReadOnly', keyword: 'EXPLAIN' });
  const isQueryStart =
    (first.kind === 'word' && QUERY_START.has(first.value)) ||
    (first.kind === 'symbol' && first.value === '(');
  if (!isQueryStart) {
    return refuse({ code: 'notReadOnly', keyword: text.slice(first.start, first.end).toUpperCase() });
  }

  // Where a table is expected, DuckDB reads a string ('x.csv', 'https://…') as a file to scan.
  const inFrom: boolean[] = [false];
  let tableExpected = false;
  for (const [index, token] of body.entries()) {
    const next = body[index + 1];
    if (token.kind === 'word' && WRITING_KEYWORDS.has(token.value)) {
      return refuse({ code: 'notReadOnly', keyword: token.value.toUpperCase() });
    }
    const isCall = next?.kind === 'symbol' && next.value === '(';
    if (isCall && (token.kind === 'word' || token.kind === 'quoted')) {
      const name = token.value.toLowerCase();
      if (EXTERNAL_FUNCTION.test(name)) return refuse({ code: 'externalAccess', name });
    }
    if (token.kind === 'string' && token.value.includes('://')) {
      return refuse({ code: 'externalAccess', name: token.value });
    }
    const depth = inFrom.length - 1;
    if (tableExpected && token.kind === 'string')
      return refuse({ code: 'externalAccess', name: token.value });
    // A quoted name in a FROM clause ("x.csv", main."x.csv") could name a file to DuckDB; ours are plain.
    if ((tableExpected || inFrom[depth]) && token.kind === 'quoted' && !PLAIN_IDENTIFIER.test(token.value)) {
      return refuse({ code: 'externalAccess', name: token.value });
    }
    if (tableExpected) {
      // LATERAL and a join's own words come before the table; anything else is the table itself.
      if (!(token.kind === 'word' && token.value === 'lateral')) tableExpected = false;
    }
    if (token.kind === 'symbol' && token.value === '(') inFrom.push(false);
    else if (token.kind === 'symbol' && token.value === ')') inFrom.length > 1 && inFrom.pop();
    else if (token.kind === 'word' && (token.value === 'from' || token.value === 'join')) {
      inFrom[depth] = true;
      tableExpected = true;
    } else if (token.kind === 'word' && FROM_CLAUSE_END.has(token.value)) inFrom[depth] = false;
    else if (token.kind === 'symbol' && token.value === ',' && inFrom[depth]) tableExpected = true;
    else if (index === 0 && token.kind === 'word' && TABLE_STATEMENTS.has(token.value)) tableExpected = true;
  }
  const last = body.at(-1) ?? first;
  return { ok: true, query: text.slice(first.start, last.end), explain };
}

/** A column of a console result, with DuckDB's type name. */
export interface ConsoleColumn {
  readonly name: string;
  readonly type: string;
  /** Numbers are shown right-aligned in vi-VN format and exported as numbers. */
  readonly numeric: boolean;
}

export type ConsoleValue = string | number | boolean | null;

export interface ConsoleResult {
  readonly columns: readonly ConsoleColumn[];
  /** At most `CONSOLE_ROW_LIMIT` rows, each a value per column in column order. */
  readonly rows: readonly (readonly ConsoleValue[])[];
  /** How many rows the query gives in all. */
  readonly total: number;
}

export type ConsoleOutcome =
  | { readonly status: 'refused'; readonly refusal: Refusal }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ok'; readonly result: ConsoleResult };

export const CONSOLE_ROW_LIMIT = 1000;

const NUMERIC_TYPE =
  /^(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;

/** An identifier DuckDB gave us (a result column), quoted for reuse in SQL. */
const quotedIdentifier = (name: string): Sql => raw(`"${name.replaceAll('"', '""')}"`);

/**
 * Runs one statement the guard accepts, read-only (see the module comment), and returns its first
 * `CONSOLE_ROW_LIMIT` rows. Values other than numbers and booleans come back as DuckDB's own text (dates
 * as 2024-04-03, lists as [1, 2]), so every type shows and exports the same way.
 */
export async function runReadOnly(db: Database, text: string): Promise<ConsoleOutcome> {
  const check = checkReadOnly(text);
  if (!check.ok) return { status: 'refused', refusal: check.refusal };
  return runWrapped(db, check);
}

/**
 * Layers 2 and 3 alone (exported so tests can show they hold even for text the guard would refuse): the
 * query runs only as a prepared subquery.
 */
export async function runWrapped(
  db: Database,
  check: { readonly query: string; readonly explain: 'explain' | 'explain analyze' | null },
): Promise<ConsoleOutcome> {
  // The user's text goes in as SQL text by design; the layers above are what keep it read-only.
  const wrapped = raw(`(\n${check.query}\n) AS console_query`);
  try {
    if (check.explain) {
      const rows = await runSql<{ explain_key: string; explain_value: string }>(
        db,
        sql`${raw(check.explain.toUpperCase())} SELECT * FROM ${wrapped} LIMIT ${CONSOLE_ROW_LIMIT}`,
      );
      return {
        status: 'ok',
        result: {
          columns: [
            { name: 'explain_key', type: 'VARCHAR', numeric: false },
            { name: 'explain_value', type: 'VARCHAR', numeric: false },
          ],
          rows: rows.map((r) => [r.explain_key, r.explain_value]),
          total: rows.length,
        },
      };
    }
    const described = await runSql<{ column_name: string; column_type: string }>(
      db,
      sql`DESCRIBE SELECT * FROM ${wrapped} LIMIT ${1}`,
    );
    const columns: ConsoleColumn[] = described.map((c) => ({
      name: c.column_name,
      type: c.column_type,
      numeric: NUMERIC_TYPE.test(c.column_type),
    }));
    const projection = columns.map((c) => {
      const id = quotedIdentifier(c.name);
      return c.numeric || c.type === 'BOOLEAN' ? id : sql`CAST(${id} AS VARCHAR) AS ${id}`;
    });
    const selectList = projection.length === 0 ? raw('*') : join(projection, ', ');
    const objects = await runSql<Record<string, ConsoleValue>>(
      db,
      sql`SELECT ${selectList} FROM ${wrapped} LIMIT ${CONSOLE_ROW_LIMIT + 1}`,
    );
    let total = objects.length;
    if (total > CONSOLE_ROW_LIMIT) {
      const [count] = await runSql<{ n: number }>(
        db,
        sql`SELECT count(*)::DOUBLE AS n FROM ${wrapped} WHERE ${true}`,
      );
      total = count?.n ?? total;
    }
    const rows = objects.slice(0, CONSOLE_ROW_LIMIT).map((o) => columns.map((c) => o[c.name] ?? null));
    return { status: 'ok', result: { columns, rows, total } };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The tables the console lists: the datasets, the reference tables and the load registry. */
export const CONSOLE_TABLES = [
  ...DATASET_IDS,
  'provinces_63',
  'provinces_34',
  'unit_map',
  'regions',
  'data_loads',
] as const;

export interface ConsoleTable {
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
}

/** The console's schema list: our tables with their columns (from duckdb_columns) and row counts. */
export async function consoleSchema(db: Database): Promise<ConsoleTable[]> {
  const columns = await runSql<{ table_name: string; column_name: string; data_type: string }>(
    db,
    sql`SELECT table_name, column_name, data_type FROM duckdb_columns()
      WHERE schema_name = 'main' AND table_name IN ${[...CONSOLE_TABLES]}
      ORDER BY table_name, column_index`,
  );
  const present = CONSOLE_TABLES.filter((t) => columns.some((c) => c.table_name === t));
  const counts =
    present.length === 0
      ? []
      : await runSql<{ name: string; n: number }>(
          db,
          // Table names are our constants (CONSOLE_TABLES), not user input.
          raw(
            present.map((t) => `SELECT '${t}' AS name, count(*)::INTEGER AS n FROM ${t}`).join(' UNION ALL '),
          ),
        );
  return present.map((name) => ({
    name,
    rowCount: counts.find((c) => c.name === name)?.n ?? 0,
    columns: columns
      .filter((c) => c.table_name === name)
      .map((c) => ({ name: c.column_name, type: c.data_type })),
  }));
}
