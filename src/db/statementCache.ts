/** What the cache needs of a prepared statement: run it with values, and free it. */
export interface Statement<Result> {
  query(...params: unknown[]): Promise<Result>;
  close(): Promise<void>;
}

/**
 * Prepared statements kept by SQL text, least recently used dropped first. A filter change re-runs the
 * same dozen statements with new values: preparing each again cost a planning pass and two extra round
 * trips to DuckDB's worker (prepare, close) per query. A statement that fails is dropped and prepared
 * afresh once, in case the tables it was planned against were replaced since (a data load).
 */
export function statementCache<Result>(prepare: (sql: string) => Promise<Statement<Result>>, capacity = 64) {
  const statements = new Map<string, Promise<Statement<Result>>>();

  const take = (sql: string): Promise<Statement<Result>> => {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql); // re-inserted below: Map order is the recency order
    } else {
      statement = prepare(sql);
      // A statement that cannot be prepared is not kept.
      statement.catch(() => statements.delete(sql));
    }
    statements.set(sql, statement);
    while (statements.size > capacity) {
      const [oldest, evicted] = statements.entries().next().value as [string, Promise<Statement<Result>>];
      statements.delete(oldest);
      void evicted.then((s) => s.close()).catch(() => undefined);
    }
    return statement;
  };

  const drop = (sql: string, statement: Promise<Statement<Result>>) => {
    if (statements.get(sql) !== statement) return;
    statements.delete(sql);
    void statement.then((s) => s.close()).catch(() => undefined);
  };

  return {
    async query(sql: string, params: readonly unknown[]): Promise<Result> {
      const statement = take(sql);
      try {
        return await (await statement).query(...params);
      } catch {
        drop(sql, statement);
        return (await take(sql)).query(...params);
      }
    },
    /** Frees every statement (before the connection closes). */
    async clear(): Promise<void> {
      const all = [...statements.values()];
      statements.clear();
      await Promise.all(all.map((s) => s.then((st) => st.close()).catch(() => undefined)));
    },
    get size() {
      return statements.size;
    },
  };
}
