import type { SqlParam } from './database';

/** One read query's answer: its SQL, its parameters and the rows it gave. */
export type Answer = readonly [sql: string, params: readonly SqlParam[], rows: readonly object[]];

/** The one key a query is known by: its text and its parameters. */
export function answerKey(sql: string, params: readonly SqlParam[]): string {
  return `${sql}\u0000${JSON.stringify(params)}`;
}

/**
 * Answers to read queries, kept until the data changes: going back to filters seen before (Back,
 * Forward, a chip removed) is answered without DuckDB. Any write empties it; the oldest answers go first
 * beyond `limit`. Rows are frozen, because every asker gets the same row objects. An answer longer than
 * `maxRows` (a SQL console listing, not a chart's figures) is not kept, so memory stays bounded.
 */
export function answerCache(limit = 2000, maxRows = 2000) {
  const answers = new Map<string, readonly object[]>();
  const keep = (key: string, rows: readonly object[]) => {
    if (rows.length > maxRows) return;
    for (const row of rows) Object.freeze(row);
    answers.delete(key);
    answers.set(key, rows);
    if (answers.size > limit) {
      const oldest = answers.keys().next().value;
      if (oldest !== undefined) answers.delete(oldest);
    }
  };
  return {
    /** A copy of the kept rows array (the rows themselves are shared and frozen), or undefined. */
    get(key: string): object[] | undefined {
      const rows = answers.get(key);
      if (!rows) return undefined;
      // Used again: the newest now.
      answers.delete(key);
      answers.set(key, rows);
      return rows.slice();
    },
    keep,
    /** Answers computed elsewhere over the same data (the build's, for the first screen). */
    remember(known: readonly Answer[]) {
      for (const [sql, params, rows] of known) keep(answerKey(sql, params), rows);
    },
    clear() {
      answers.clear();
    },
    get size() {
      return answers.size;
    },
  };
}
