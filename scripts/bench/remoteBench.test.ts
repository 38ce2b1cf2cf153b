import { describe, expect, it } from 'vitest';
import { REMOTE_KEYS, remoteFigures } from './remoteBench';

describe('remoteFigures', () => {
  it('gives the three numbers when the dataset drew the overview', () => {
    const figures = remoteFigures({
      kind: 'drawn',
      firstChartMs: 4321.06,
      bytes: 12_345_678,
      filter: [10, 30, 20, 40],
    });
    expect(figures.values).toEqual({
      remote_10m_first_chart_ms: 4321.1,
      remote_10m_bytes: 12_345_678,
      remote_10m_filter_p95_ms: 40,
    });
    expect(figures.missing).toEqual({});
  });

  it('never invents a number: a failure state makes every key missing, with the problem', () => {
    const figures = remoteFigures({
      kind: 'failed',
      problem: 'noRange',
      message: 'Máy chủ không hỗ trợ đọc từng phần',
    });
    for (const key of REMOTE_KEYS) {
      expect(figures.values[key]).toBeNull();
      expect(figures.missing[key]).toContain('noRange');
      expect(figures.missing[key]).toContain('Máy chủ không hỗ trợ');
    }
  });

  it('says why when the build has no datasets by URL, or the first chart cannot be told apart, or time ran out', () => {
    expect(remoteFigures({ kind: 'noFeature' }).missing.remote_10m_bytes).toMatch(/not in this build/);
    expect(remoteFigures({ kind: 'drawnBeforeOpen' }).missing.remote_10m_first_chart_ms).toMatch(
      /before the dataset was open/,
    );
    expect(remoteFigures({ kind: 'timeout', state: 'loading' }).missing.remote_10m_filter_p95_ms).toMatch(
      /loading/,
    );
  });

  it('keeps the chart and bytes when only the filter changes failed', () => {
    const figures = remoteFigures({
      kind: 'drawn',
      firstChartMs: 900,
      bytes: 1000,
      filter: 'Timeout 30000ms exceeded',
    });
    expect(figures.values.remote_10m_first_chart_ms).toBe(900);
    expect(figures.values.remote_10m_filter_p95_ms).toBeNull();
    expect(figures.missing).toEqual({
      remote_10m_filter_p95_ms: 'filter changes failed: Timeout 30000ms exceeded',
    });
  });
});
