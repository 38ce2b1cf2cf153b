import { describe, expect, it } from 'vitest';
import { ImportWorkerError, readingRanOutOfMemory } from './importWorkerClient';

describe('readingRanOutOfMemory', () => {
  it('reads the worker’s reported errors by their class and words', () => {
    expect(
      readingRanOutOfMemory(new ImportWorkerError('Invalid string length', 'reported', 'RangeError')),
    ).toBe(true);
    expect(
      readingRanOutOfMemory(
        new ImportWorkerError('Array buffer allocation failed', 'reported', 'RangeError'),
      ),
    ).toBe(true);
    expect(
      readingRanOutOfMemory(
        new ImportWorkerError('The encoded data was not valid.', 'reported', 'TypeError'),
      ),
    ).toBe(false);
    expect(
      readingRanOutOfMemory(
        new ImportWorkerError('Maximum call stack size exceeded', 'reported', 'RangeError'),
      ),
    ).toBe(false);
  });

  it('takes a worker that died or whose result never arrived, mid-file, for memory', () => {
    expect(readingRanOutOfMemory(new ImportWorkerError('worker error', 'crashed'))).toBe(true);
    expect(
      readingRanOutOfMemory(
        new ImportWorkerError('the worker’s reply could not be received', 'unreceivable'),
      ),
    ).toBe(true);
  });

  it('reads other errors by their words', () => {
    expect(readingRanOutOfMemory(new RangeError('Invalid array length'))).toBe(true);
    expect(readingRanOutOfMemory(new Error('unexpected reply preview'))).toBe(false);
  });
});
