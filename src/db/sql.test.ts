import { describe, expect, it } from 'vitest';
import { join, raw, sql, where } from './sql';

describe('the sql template', () => {
  it('turns values into placeholders and keeps their order across fragments', () => {
    const years = sql`year BETWEEN ${2020} AND ${2024}`;
    const stars = sql`star IN ${['4', '5']}`;
    const query = sql`SELECT ${raw('count')} FROM t ${where([years, stars])} AND name = ${"O'Brien"}`;
    expect(query.text).toBe('SELECT count FROM t WHERE year BETWEEN ? AND ? AND star IN (?, ?) AND name = ?');
    expect(query.params).toEqual([2020, 2024, '4', '5', "O'Brien"]);
  });

  it('writes no WHERE for no condition and refuses an empty list', () => {
    expect(where([]).text).toBe('');
    expect(() => sql`x IN ${[]}`).toThrow();
  });

  it('joins fragments', () => {
    const q = join([sql`a = ${1}`, sql`b = ${2}`], ' OR ');
    expect(q).toEqual({ text: 'a = ? OR b = ?', params: [1, 2] });
  });
});
