/**
 * Property test: on the generated exports of fixtures/sheetArbitraries.ts (every encoding, delimiter,
 * quoting, line ending, Unicode family, title rows, invalid cells of every kind, padded and extra
 * cells, blank and total rows) and on arbitrary or damaged bytes, the SQL import gives the report and
 * the loaded rows the old import gives, or reads the file the old way. Most generated files must take
 * the SQL path, or the property would hold for nothing.
 *
 * numRuns: 600 + 150 + 300 = 1,050 (each case runs both imports and DuckDB).
 */

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeDatabaseForFile } from '../../../e2e/fixtures/database';
import { anyBytesArb, sheetArb } from '../../../e2e/fixtures/ingest/sheetArbitraries';
import { bytesSource, previewCsv } from '../../ingest/ingestCsvStream';
import { createDatasetTables } from '../dataLoads';
import { importBothWays } from './sqlIngestAgrees';

const db = nodeDatabaseForFile();
const RUNS = { generated: 600, long: 150, anyBytes: 300 };
const paths = { sql: 0, fallback: new Map<string, number>() };

async function expectSameImport(bytes: Uint8Array): Promise<void> {
  const preview = await previewCsv(bytesSource(bytes));
  const guess = preview.guesses[0];
  if (preview.problem || !guess) return;
  const both = await importBothWays(db, bytes, { dataset: guess.dataset, mapping: guess.mapping });
  if (both.fallback) {
    const reason = both.fallback.startsWith('unreadable') ? both.fallback.slice(0, 90) : both.fallback;
    paths.fallback.set(reason, (paths.fallback.get(reason) ?? 0) + 1);
    return;
  }
  paths.sql++;
  expect(both.sql).toEqual(both.old);
  expect(both.sqlRows).toEqual(both.oldRows);
  expect(both.storedRows).toEqual(both.oldRows);
}

describe('the SQL import and the old import', () => {
  afterAll(() => {
    console.log('SQL path', paths.sql, 'fallbacks', Object.fromEntries(paths.fallback));
  });

  it('creates the tables', async () => {
    await createDatasetTables(db);
  });

  it('agree on generated exports', async () => {
    const before = paths.sql;
    await fc.assert(
      fc.asyncProperty(sheetArb(), async (sheet) => expectSameImport(sheet.bytes)),
      { numRuns: RUNS.generated },
    );
    // Only loose quotes (spaces around a quoted cell, a quote inside a cell) are read the old way.
    expect(paths.sql - before).toBeGreaterThan(RUNS.generated * 0.7);
  }, 600_000);

  it('agree on exports long enough to be read past the head', async () => {
    await fc.assert(
      fc.asyncProperty(
        sheetArb({ maxRows: 6, bulkRows: fc.integer({ min: 300, max: 360 }) }),
        async (sheet) => expectSameImport(sheet.bytes),
      ),
      { numRuns: RUNS.long },
    );
  }, 600_000);

  it('agree on arbitrary and damaged bytes', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytesArb, async (bytes) => expectSameImport(bytes)),
      { numRuns: RUNS.anyBytes },
    );
  }, 600_000);
});
