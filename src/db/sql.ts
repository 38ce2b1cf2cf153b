import type { Database, SqlParam } from './database';

/**
 * A piece of SQL with its bound parameters, in the order of its `?` placeholders. Composing pieces
 * keeps text and parameters in step, so values are never spliced into SQL text.
 */
export interface Sql {
  readonly text: string;
  readonly params: readonly SqlParam[];
}

/** Trusted SQL text (an identifier or keyword from our own code, never user input). */
export function raw(text: string): Sql {
  return { text, params: [] };
}

type Interpolation = Sql | SqlParam | readonly SqlParam[];

function isSql(value: Interpolation): value is Sql {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value;
}

/**
 * Tagged template: `sql\`SELECT … WHERE year = ${year} AND star IN ${stars} ${otherFragment}\``.
 * A value becomes `?`; an array becomes `(?, ?, …)` (never empty: callers skip empty filters);
 * a fragment is inlined with its parameters.
 */
export function sql(strings: TemplateStringsArray, ...values: Interpolation[]): Sql {
  let text = strings[0] ?? '';
  const params: SqlParam[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.text;
      params.push(...value.params);
    } else if (Array.isArray(value)) {
      if (value.length === 0) throw new Error('Empty list in SQL: skip the condition instead');
      text += `(${value.map(() => '?').join(', ')})`;
      params.push(...value);
    } else {
      text += '?';
      params.push(value as SqlParam);
    }
    text += strings[i + 1] ?? '';
  });
  return { text, params };
}

/** Joins fragments with a separator, e.g. conditions with AND. */
export function join(parts: readonly Sql[], separator: string): Sql {
  return {
    text: parts.map((p) => p.text).join(separator),
    params: parts.flatMap((p) => p.params),
  };
}

/** `WHERE a AND b …`, or nothing when there is no condition. */
export function where(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? sql`` : sql`WHERE ${join(conditions, ' AND ')}`;
}

export function runSql<Row extends object>(db: Database, query: Sql): Promise<Row[]> {
  return db.query<Row>(query.text, query.params);
}
