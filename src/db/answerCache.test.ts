import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCache, answerKey } from './answerCache';

describe('answerCache', () => {
  it('gives back a kept answer as a fresh array of the same frozen rows', () => {
    const cache = answerCache();
    const rows = [{ year: 2024, n: 3 }];
    cache.keep(answerKey('SELECT ?', [1]), rows);
    const first = cache.get(answerKey('SELECT ?', [1]));
    expect(first).toEqual(rows);
    expect(first).not.toBe(rows);
    first?.pop();
    expect(cache.get(answerKey('SELECT ?', [1]))).toHaveLength(1);
    expect(() => {
      (rows[0] as { n: number }).n = 4;
    }).toThrow(TypeError);
  });

  it('tells queries apart by text and by each parameter', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
        (sql, params) => {
          const cache = answerCache();
          cache.keep(answerKey(sql, params), [{ a: 1 }]);
          expect(cache.get(answerKey(sql, params))).toEqual([{ a: 1 }]);
          expect(cache.get(answerKey(`${sql} `, params))).toBeUndefined();
          expect(cache.get(answerKey(sql, [...params, 0]))).toBeUndefined();
          expect(
            cache.get(
              answerKey(
                sql,
                params.map((p) => (typeof p === 'number' ? String(p) : p)),
              ),
            ),
          ).toEqual(params.some((p) => typeof p === 'number') ? undefined : [{ a: 1 }]);
        },
      ),
    );
  });

  it('does not keep a long answer (a listing), only figures', () => {
    const cache = answerCache(10, 3);
    cache.keep(answerKey('short', []), [{ v: 1 }, { v: 2 }, { v: 3 }]);
    cache.keep(answerKey('long', []), [{ v: 1 }, { v: 2 }, { v: 3 }, { v: 4 }]);
    expect(cache.get(answerKey('short', []))).toHaveLength(3);
    expect(cache.get(answerKey('long', []))).toBeUndefined();
  });

  it('forgets everything on clear, and the least recently used beyond its limit', () => {
    const cache = answerCache(2);
    cache.remember([
      ['a', [], [{ v: 1 }]],
      ['b', [], [{ v: 2 }]],
    ]);
    cache.get(answerKey('a', [])); // a is now the most recent
    cache.keep(answerKey('c', []), [{ v: 3 }]);
    expect(cache.get(answerKey('b', []))).toBeUndefined();
    expect(cache.get(answerKey('a', []))).toEqual([{ v: 1 }]);
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.get(answerKey('a', []))).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
