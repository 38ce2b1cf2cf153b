import { describe, expect, it } from 'vitest';
import { median, percentile, range } from './stats';

describe('benchmark statistics', () => {
  it('uses nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(median([10])).toBe(10);
  });

  it('gives the range', () => {
    expect(range([5.04, 1.01, 3])).toEqual([1, 5]);
  });
});
