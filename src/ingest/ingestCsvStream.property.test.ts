/**
 * Property tests: the streamed import (ingestCsvStream, what the import worker runs) and the whole-file
 * import (ingestCsv) give the same result on the same bytes, wherever the chunk boundaries fall: inside a
 * UTF-8 sequence, a UTF-16 code unit or surrogate pair, a CRLF, a quoted cell with line breaks. Chunks are
 * of one random size per case (the reader asks for fixed-size slices), from 1 byte up.
 *
 * Inputs: the generated exports of fixtures/sheetArbitraries.ts (every encoding, delimiter, line ending,
 * quoting and Unicode family listed in ingestPath.property.test.ts), the same with 300–360 plain rows
 * after the header so that the read goes past the head (HEAD_MIN_LINES) into pieces, and arbitrary or
 * byte-mutated files.
 *
 * numRuns: 1,800 + 200 + 1,000 = 3,000 (10,500 with ingestPath.property.test.ts).
 */

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { expectStreamedAsWhole } from '../../e2e/fixtures/ingest/expectStreamedAsWhole.ts';
import { anyBytesArb, sheetArb } from '../../e2e/fixtures/ingest/sheetArbitraries.ts';
import { ingestCsv } from './ingestCsv.ts';
import { bytesSource, ingestCsvStream, previewCsv } from './ingestCsvStream.ts';

/** Where the chunk boundaries of a read fell, to show the generated cases reach the hard places. */
const coverage = { cases: 0, insideCharacter: 0, insideCrlf: 0, pastHead: 0 };
const RUNS = { chunks: 1_800, pastHead: 200, anyBytes: 1_000 };

function noteBoundaries(bytes: Uint8Array, chunkBytes: number): void {
  coverage.cases++;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const start = utf16 ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const le = bytes[0] === 0xff;
  const unit = (at: number) =>
    le ? (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) : ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
  let insideCharacter = false;
  let insideCrlf = false;
  for (let b = start + chunkBytes; b < bytes.length; b += chunkBytes) {
    if (utf16) {
      const odd = (b - start) % 2 === 1;
      const high = unit(b - 2);
      insideCharacter ||= odd || (high >= 0xd800 && high <= 0xdbff);
      insideCrlf ||= !odd && high === 0x0d && unit(b) === 0x0a;
    } else {
      insideCharacter ||= ((bytes[b] ?? 0) & 0xc0) === 0x80;
      insideCrlf ||= bytes[b - 1] === 0x0d && bytes[b] === 0x0a;
    }
  }
  if (insideCharacter) coverage.insideCharacter++;
  if (insideCrlf) coverage.insideCrlf++;
}

async function expectStreamAgrees(bytes: Uint8Array, chunkBytes: number): Promise<void> {
  noteBoundaries(bytes, chunkBytes);
  const whole = ingestCsv(bytes);
  const target = { dataset: whole.guess.dataset, mapping: whole.guess.mapping };
  let reports = 0;
  const streamed = await ingestCsvStream(bytesSource(bytes), target, {
    chunkBytes,
    onProgress: () => {
      reports++;
    },
  });
  // One report for the head, one per piece after it.
  if (reports > 1) coverage.pastHead++;

  expectStreamedAsWhole(streamed, whole);

  // The preview reads the head only; it finds the header the whole read finds.
  const preview = await previewCsv(bytesSource(bytes), { chunkBytes });
  if (preview.encoding !== whole.encoding) {
    // Documented: a windows-1258 byte after a valid UTF-8 head is found by the full read only.
    expect([preview.encoding, whole.encoding]).toEqual(['utf-8', 'windows-1258']);
    return;
  }
  if (preview.problem === 'binary') return;
  expect(preview.headerRowNumber).toBe(whole.headerRowNumber);
  expect(preview.header).toEqual(whole.header);
  expect(preview.guesses[0]?.dataset).toBe(whole.guess.dataset);
}

const chunkSize = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 16 }) },
  { weight: 2, arbitrary: fc.integer({ min: 17, max: 300 }) },
  { weight: 1, arbitrary: fc.constant(2 << 20) },
);

describe('ingestCsvStream and ingestCsv', () => {
  afterAll(() => {
    // Checked after complete runs only (not when a test is filtered out or a property failed early).
    if (coverage.cases < RUNS.chunks + RUNS.pastHead + RUNS.anyBytes) return;
    // The boundaries really fell where decoding and record cutting are hard, in many cases.
    expect(coverage.insideCharacter).toBeGreaterThan(300);
    expect(coverage.insideCrlf).toBeGreaterThan(50);
    expect(coverage.pastHead).toBeGreaterThan(100);
  });

  it('agree on generated exports read in chunks of any size', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb(), chunkSize, async (sheet, chunkBytes) => {
        await expectStreamAgrees(sheet.bytes, chunkBytes);
      }),
      { numRuns: RUNS.chunks },
    );
  }, 300_000);

  it('agree on exports long enough to be read in pieces after the head', async () => {
    await fc.assert(
      fc.asyncProperty(
        sheetArb({ maxRows: 6, bulkRows: fc.integer({ min: 300, max: 360 }) }),
        fc.oneof(fc.integer({ min: 7, max: 64 }), fc.integer({ min: 65, max: 4096 })),
        async (sheet, chunkBytes) => {
          await expectStreamAgrees(sheet.bytes, chunkBytes);
        },
      ),
      { numRuns: RUNS.pastHead },
    );
  }, 300_000);

  it('agree on arbitrary and damaged bytes', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytesArb, chunkSize, async (bytes, chunkBytes) => {
        await expectStreamAgrees(bytes, chunkBytes);
      }),
      { numRuns: RUNS.anyBytes },
    );
  }, 300_000);
});
