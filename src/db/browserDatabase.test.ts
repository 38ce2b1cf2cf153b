import { describe, expect, it } from 'vitest';
import { DEBUG_MEMORY_LIMIT_KEY, debugMemoryLimit } from './browserDatabase';

const storage = (value: string | null) => () => ({
  getItem: (key: string) => (key === DEBUG_MEMORY_LIMIT_KEY ? value : null),
});

describe('debugMemoryLimit', () => {
  it('passes a plain size on to DuckDB', () => {
    expect(debugMemoryLimit(storage('128MB'))).toBe('128MB');
    expect(debugMemoryLimit(storage(' 1.5 GiB '))).toBe('1.5 GiB');
    expect(debugMemoryLimit(storage('512KB'))).toBe('512KB');
  });

  it('ignores anything that is not only a size: nothing else can reach the SET statement', () => {
    for (const value of [
      null,
      '',
      '128',
      'MB',
      "128MB'; DROP TABLE data_loads; --",
      '128MB; SET threads=8',
      '-1GB',
      '1e9B',
      'unlimited',
    ]) {
      expect(debugMemoryLimit(storage(value))).toBeUndefined();
    }
  });

  it('is undefined where storage is missing or blocked', () => {
    expect(debugMemoryLimit(() => undefined)).toBeUndefined();
    expect(
      debugMemoryLimit(() => {
        throw new DOMException('blocked', 'SecurityError');
      }),
    ).toBeUndefined();
    // Node has no localStorage: the default reader copes.
    expect(debugMemoryLimit()).toBeUndefined();
  });
});
