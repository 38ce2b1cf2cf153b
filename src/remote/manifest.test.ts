import { describe, expect, it } from 'vitest';
import { fileNameOf, formatOfPath, manifestText, parseManifest } from './manifest';

const at = 'https://du-lieu.example/ocop/2025/manifest.json';
const manifest = (datasets: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'ocop-dashboard-dataset', version: 1, title: 'OCOP 2025', datasets, ...extra });

describe('a published dataset’s manifest', () => {
  it('resolves each file against the manifest, relative or absolute, with its format', () => {
    const result = parseManifest(
      manifest({
        ocop_products: [{ path: 'ocop_products.parquet', rows: 12 }, '../2024/ocop_products.parquet'],
        mous: { path: 'https://khac.example/mous.csv' },
      }),
      at,
    );
    expect(result.ok && result.files).toEqual([
      {
        dataset: 'ocop_products',
        url: 'https://du-lieu.example/ocop/2025/ocop_products.parquet',
        format: 'parquet',
      },
      {
        dataset: 'ocop_products',
        url: 'https://du-lieu.example/ocop/2024/ocop_products.parquet',
        format: 'parquet',
      },
      { dataset: 'mous', url: 'https://khac.example/mous.csv', format: 'csv' },
    ]);
  });

  it('round-trips what the publisher writes', () => {
    const text = manifestText({
      title: 'Dữ liệu OCOP',
      dataDate: '2025-12-31',
      publishedAt: '2026-12-05T03:00:00.000Z',
      sources: ['Bộ NN&MT'],
      datasets: { ocop_products: [{ path: 'ocop_products.parquet', rows: 3, bytes: 900 }] },
    });
    const result = parseManifest(text, at);
    expect(result.ok && result.manifest).toMatchObject({
      title: 'Dữ liệu OCOP',
      dataDate: '2025-12-31',
      sources: ['Bộ NN&MT'],
      datasets: { ocop_products: [{ path: 'ocop_products.parquet', rows: 3, bytes: 900 }] },
    });
  });

  it('says why a file is not one it can open', () => {
    const problem = (text: string) => {
      const result = parseManifest(text, at);
      return result.ok ? null : result.problem;
    };
    expect(problem('<html>')).toEqual({ code: 'notJson' });
    expect(problem('{"datasets": {}}')).toEqual({ code: 'notManifest' });
    expect(problem(manifest({}, { version: 2 }))).toEqual({ code: 'newerVersion', version: 2 });
    expect(problem(manifest({ tours: ['t.parquet'] }))).toEqual({ code: 'unknownDataset', name: 'tours' });
    expect(problem(manifest({}))).toEqual({ code: 'noFiles' });
    expect(problem(manifest({ mous: ['mous.xlsx'] }))).toEqual({ code: 'badPath', path: 'mous.xlsx' });
    expect(problem(manifest({ mous: ['javascript:alert(1)'] }))).toMatchObject({ code: 'badPath' });
  });

  it('tells a file’s format from its name, query and fragment aside', () => {
    expect(formatOfPath('a/B.PARQUET?v=2')).toBe('parquet');
    expect(formatOfPath('x.csv#top')).toBe('csv');
    expect(formatOfPath('manifest.json')).toBeNull();
    expect(formatOfPath('https://x.vn/ocop.parquet/manifest.json')).toBeNull();
    expect(fileNameOf('https://x.vn/d%C6%B0%20li%E1%BB%87u/ocop%20products.csv?v=1')).toBe(
      'ocop products.csv',
    );
  });
});
