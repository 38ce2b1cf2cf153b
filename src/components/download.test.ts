import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvFileName, fileNamePart } from './download';

describe('download file names', () => {
  it('names a file after its content and the day', () => {
    expect(csvFileName('tinh-thanh', new Date(2026, 0, 5))).toBe('tinh-thanh-2026-01-05.csv');
  });

  it('makes a file name part of a user’s file name: letters kept, markup and paths gone', () => {
    expect(fileNamePart('ocop-loi')).toBe('ocop-loi');
    expect(fileNamePart('Báo cáo OCOP 2024')).toBe('Báo-cáo-OCOP-2024');
    expect(fileNamePart('"><img src=x onerror=window.__pwned=7>')).toBe('img-src-x-onerror-window.__pwned-7');
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('\u202Egnp.exe')).toBe('gnp.exe');
    expect(fileNamePart('<>')).toBe('tep');
    expect(fileNamePart('x'.repeat(5000))).toHaveLength(80);
  });

  it('never yields a hidden, empty, over-long or path-like file name part (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const part = fileNamePart(text);
        expect(part).toMatch(/^[\p{L}\p{M}\p{N}_()][\p{L}\p{M}\p{N}._()-]*$/u);
        expect(Array.from(part).length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
