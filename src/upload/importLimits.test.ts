import { describe, expect, it } from 'vitest';
import {
  adviseAfterFailure,
  checkFileSize,
  checkWorkbookSize,
  DB_FIXED_BYTES,
  failureText,
  formatFileSize,
  isOutOfMemory,
  MAX_IMPORT_BYTES,
  maxBytesForDatabase,
  maxImportBytes,
  maxWorkbookBytes,
  storageProblem,
} from './importLimits';

const MB = 1_000_000;
const GIB = 2 ** 30;

describe('maxImportBytes', () => {
  it('allows a share of the machine’s memory, in round figures', () => {
    // 8 GB × 0.5 / 12.5 = 343.6 MB; 4 GB: 171.8 MB; 2 GB: 85.9 MB.
    expect(maxImportBytes({ deviceMemoryGb: 8 })).toBe(340 * MB);
    expect(maxImportBytes({ deviceMemoryGb: 4 })).toBe(170 * MB);
    expect(maxImportBytes({ deviceMemoryGb: 2 })).toBe(85 * MB);
    expect(maxImportBytes({ deviceMemoryGb: 0.5 })).toBe(21 * MB);
  });

  it('never passes the longest string V8 can build, however much memory there is', () => {
    expect(maxImportBytes({ deviceMemoryGb: 16 })).toBe(MAX_IMPORT_BYTES);
    expect(maxImportBytes({ deviceMemoryGb: 64, jsHeapLimitBytes: 16 * GIB })).toBe(500 * MB);
  });

  it('assumes a 4 GB machine when the browser does not say (Firefox, Safari, plain http)', () => {
    expect(maxImportBytes({})).toBe(170 * MB);
  });

  it('is held down by a small JS heap', () => {
    // The heap this Chromium reports (4.4 GB) leaves the device as the limit; a 1 GB heap does not.
    expect(maxImportBytes({ deviceMemoryGb: 16, jsHeapLimitBytes: 4_395_630_592 })).toBe(500 * MB);
    expect(maxImportBytes({ deviceMemoryGb: 16, jsHeapLimitBytes: GIB })).toBe(210 * MB);
  });
});

describe('checkFileSize', () => {
  it('refuses a file over the limit and says both sizes', () => {
    expect(checkFileSize(1_800_000_000, { deviceMemoryGb: 8 })).toEqual({
      ok: false,
      fileBytes: 1_800_000_000,
      maxBytes: 340 * MB,
    });
    expect(checkFileSize(340 * MB, { deviceMemoryGb: 8 })).toEqual({ ok: true, maxBytes: 340 * MB });
    expect(checkFileSize(340 * MB + 1, { deviceMemoryGb: 8 }).ok).toBe(false);
  });
});

describe('advice after running out of memory', () => {
  it('says what still fits in DuckDB next to what it holds', () => {
    const limitBytes = 122 * 2 ** 20;
    expect(maxBytesForDatabase({ limitBytes, usedBytes: 17 * 2 ** 20 })).toBeCloseTo(
      (limitBytes - 17 * 2 ** 20 - DB_FIXED_BYTES) / 2,
    );
    expect(maxBytesForDatabase({ limitBytes, usedBytes: limitBytes })).toBe(0);
  });

  it('advises the smallest estimate, and always less than the size that failed', () => {
    expect(adviseAfterFailure(38.6 * MB, [500 * MB, 18.3 * MB])).toBe(18 * MB);
    // Estimates that the failure proved wrong: half of what failed.
    expect(adviseAfterFailure(400 * MB, [500 * MB])).toBe(200 * MB);
    expect(adviseAfterFailure(38.6 * MB, [500 * MB, 0])).toBe(MB);
  });
});

describe('formatFileSize', () => {
  it('writes sizes the Vietnamese way, and the English way', () => {
    expect(formatFileSize('vi', 1_800_000_000)).toBe('1,8 GB');
    expect(formatFileSize('vi', 500 * MB)).toBe('500 MB');
    expect(formatFileSize('vi', 38_592_512)).toBe('38,6 MB');
    expect(formatFileSize('vi', 1_234_567_890)).toBe('1,2 GB');
    expect(formatFileSize('vi', 12_300)).toBe('12 KB');
    expect(formatFileSize('en', 1_800_000_000)).toBe('1.8 GB');
    expect(formatFileSize('en', 38_592_512)).toBe('38.6 MB');
  });
});

describe('isOutOfMemory', () => {
  // Messages as the engines give them (DuckDB's from this dashboard at a lowered memory_limit).
  it.each([
    [
      'Error',
      'Out of Memory Error: could not allocate block of size 256.0 KiB (121.8 MiB/122.0 MiB used)\nDatabase is launched in in-memory mode',
    ],
    ['RangeError', 'Invalid string length'],
    ['RangeError', 'Array buffer allocation failed'],
    ['RangeError', 'Invalid array length'],
    ['RangeError', 'Invalid typed array length: 1800000000'],
    ['Error', 'Aborted(OOM). Build with -sASSERTIONS for more info.'],
    ['RangeError', 'WebAssembly.Memory.grow(): Maximum memory size exceeded'],
    ['InternalError', 'out of memory'],
  ])('%s: %s', (name, message) => {
    expect(isOutOfMemory({ name, message })).toBe(true);
  });

  it.each([
    ['Error', 'ocop.csv: expected 10 rows, read 9'],
    ['Error', 'Conversion Error: CSV Error on Line: 2'],
    ['TypeError', 'Failed to fetch'],
    ['RangeError', 'Maximum call stack size exceeded'],
    ['Error', 'Constraint Error: Duplicate key "load_id: a" violates primary key constraint'],
  ])('not %s: %s', (name, message) => {
    expect(isOutOfMemory({ name, message })).toBe(false);
  });
});

describe('storageProblem', () => {
  it('tells a full quota from a value too large for one IndexedDB record', () => {
    expect(storageProblem({ name: 'QuotaExceededError', message: 'The quota has been exceeded.' })).toEqual({
      kind: 'quota',
    });
    // Chromium's own words, measured on a 193 MB file stored as one value.
    expect(
      storageProblem({
        name: 'UnknownError',
        message:
          'The serialized keys and/or value are too large (size=366797828 bytes, max=133169152 bytes).',
      }),
    ).toEqual({ kind: 'tooLarge', maxBytes: 133_169_152 });
    expect(storageProblem({ name: 'Error', message: 'IndexedDB is blocked by another tab' })).toEqual({
      kind: 'other',
      detail: 'IndexedDB is blocked by another tab',
    });
  });
});

describe('failureText', () => {
  it('keeps the class of what was thrown, which tells memory from a bad file', () => {
    expect(failureText(new RangeError('Invalid string length'))).toEqual({
      name: 'RangeError',
      message: 'Invalid string length',
    });
    expect(failureText('plain')).toEqual({ message: 'plain' });
    expect(failureText({ name: 'QuotaExceededError', message: 'full' })).toEqual({
      name: 'QuotaExceededError',
      message: 'full',
    });
  });
});

describe('maxWorkbookBytes', () => {
  it('allows a workbook a 4.5th of a CSV, for its compression and the library’s cell objects', () => {
    // 340 MB / 4.5 = 75.6 MB; 170 MB / 4.5 = 37.8 MB.
    expect(maxWorkbookBytes({ deviceMemoryGb: 8 })).toBe(75 * MB);
    expect(maxWorkbookBytes({ deviceMemoryGb: 4 })).toBe(37 * MB);
    expect(checkWorkbookSize(37 * MB, { deviceMemoryGb: 4 }).ok).toBe(true);
    expect(checkWorkbookSize(38 * MB, { deviceMemoryGb: 4 })).toEqual({
      ok: false,
      fileBytes: 38 * MB,
      maxBytes: 37 * MB,
    });
    // The same size as a CSV is fine.
    expect(checkFileSize(38 * MB, { deviceMemoryGb: 4 }).ok).toBe(true);
  });
});
