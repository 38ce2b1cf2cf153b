import { describe, expect, it } from 'vitest';
import { type Statement, statementCache } from './statementCache';

/** A fake connection that records prepares and closes, and can be told to fail. */
function fakeConnection() {
  const prepared: string[] = [];
  const closed: string[] = [];
  const failing = new Set<string>();
  let generation = 0;
  const prepare = async (sql: string): Promise<Statement<string>> => {
    if (sql.includes('syntax error')) throw new Error('Parser Error');
    prepared.push(sql);
    const made = ++generation;
    return {
      query: async (...params: unknown[]) => {
        if (failing.has(sql)) {
          failing.delete(sql); // fails once, like a statement planned against a replaced table
          throw new Error('Binder Error: table was replaced');
        }
        return `${sql}#${made}(${params.join(',')})`;
      },
      close: async () => {
        closed.push(sql);
      },
    };
  };
  return { prepare, prepared, closed, failing };
}

describe('the prepared-statement cache', () => {
  it('prepares a statement once and runs it with new values each time', async () => {
    const connection = fakeConnection();
    const cache = statementCache(connection.prepare);
    expect(await cache.query('SELECT ?', [1])).toBe('SELECT ?#1(1)');
    expect(await cache.query('SELECT ?', [2])).toBe('SELECT ?#1(2)');
    expect(connection.prepared).toEqual(['SELECT ?']);
    expect(connection.closed).toEqual([]);
  });

  it('shares one preparation between concurrent queries of the same text', async () => {
    const connection = fakeConnection();
    const cache = statementCache(connection.prepare);
    const answers = await Promise.all([cache.query('SELECT ?', [1]), cache.query('SELECT ?', [2])]);
    expect(answers).toEqual(['SELECT ?#1(1)', 'SELECT ?#1(2)']);
    expect(connection.prepared).toEqual(['SELECT ?']);
  });

  it('closes the least recently used statement beyond its capacity', async () => {
    const connection = fakeConnection();
    const cache = statementCache(connection.prepare, 2);
    await cache.query('A', []);
    await cache.query('B', []);
    await cache.query('A', []); // A is now the most recent
    await cache.query('C', []);
    await new Promise((r) => setTimeout(r, 0));
    expect(connection.closed).toEqual(['B']);
    expect(cache.size).toBe(2);
    await cache.query('B', []);
    expect(connection.prepared).toEqual(['A', 'B', 'C', 'B']);
  });

  it('prepares afresh once when a kept statement fails, and keeps no statement that did not prepare', async () => {
    const connection = fakeConnection();
    const cache = statementCache(connection.prepare);
    await cache.query('SELECT ?', [1]);
    connection.failing.add('SELECT ?');
    expect(await cache.query('SELECT ?', [3])).toBe('SELECT ?#2(3)');
    await new Promise((r) => setTimeout(r, 0));
    expect(connection.closed).toEqual(['SELECT ?']);
    await expect(cache.query('syntax error', [])).rejects.toThrow('Parser Error');
    await new Promise((r) => setTimeout(r, 0));
    expect(cache.size).toBe(1);
  });

  it('closes every statement when cleared', async () => {
    const connection = fakeConnection();
    const cache = statementCache(connection.prepare);
    await cache.query('A', []);
    await cache.query('B', []);
    await cache.clear();
    expect(connection.closed.sort()).toEqual(['A', 'B']);
    expect(cache.size).toBe(0);
  });
});
