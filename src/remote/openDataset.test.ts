import { beforeAll, describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { type RangeServer, startRangeServer } from '../../e2e/rangeServer';
import { listLoads } from '../db/dataLoads';
import { DATASET_IDS } from '../model/datasets';
import { type FileReader, type OpenedDataset, openDataset } from './openDataset';
import { publishDataset } from './publish/publishDataset';
import { openRangeFile } from './rangeFile';
import { readPublishedParquet } from './readParquet';
import type { RemoteProblem } from './remoteProblem';

/*
 * The whole open path in Node, over a real loopback HTTP server with range requests: what the page runs,
 * minus its worker (the Parquet reader is called directly) and its CSV import (the browser journeys
 * cover that).
 */
const db = bundledDatabaseForFile();
let server: RangeServer;
let noRanges: RangeServer;

const readFile: FileReader = async (file, onProgress) => {
  const remote = await openRangeFile(file.url, { maxWholeBytes: 1_000_000 });
  const load = await readPublishedParquet(remote, file.url, {
    ...(file.dataset ? { dataset: file.dataset } : {}),
    name: file.url,
    fullRowLimit: 1_000_000,
    onProgress,
  });
  return {
    load,
    transfer: { bytesRead: remote.bytesRead(), byteLength: remote.byteLength, ranges: remote.ranges },
  };
};

const totals = () =>
  db.query<{ dataset: string; n: number }>(
    `SELECT 'ocop' AS dataset, sum(count)::INTEGER AS n FROM ocop_products
     UNION ALL SELECT 'mous', sum(count)::INTEGER FROM mous
     UNION ALL SELECT 'events', count(*)::INTEGER FROM events ORDER BY 1`,
  );

const open = (url: string, replaces: readonly string[] = [], pageUrl = `${server.origin}/dashboard/`) =>
  openDataset(db, url, { pageUrl, readFile, replaces });
const problemOpening = (url: string, pageUrl?: string) =>
  open(url, [], pageUrl).then(
    () => null,
    (error: { problem?: RemoteProblem }) => error.problem ?? null,
  );

beforeAll(async () => {
  server = await startRangeServer();
  noRanges = await startRangeServer({ ranges: false });
  const published = await publishDataset(db, { title: 'Dữ liệu thử' });
  for (const file of published.files) {
    server.setFile(`/ocop/${file.name}`, file.bytes);
    noRanges.setFile(`/${file.name}`, file.bytes);
  }
  server.setFile('/ocop/manifest.json', published.manifest);
  // A manifest naming a file the server does not have, and one with a dataset this build does not know.
  server.setFile('/ocop/broken.json', published.manifest.replace('"mous.parquet"', '"mous-2025.parquet"'));
  server.setFile('/ocop/odd.json', published.manifest.replace('"mous"', '"tours"'));
  server.setFile('/ocop/readme.parquet', 'not a parquet file at all, just text');
  return async () => {
    await server.close();
    await noRanges.close();
  };
});

describe('opening a published dataset by URL', () => {
  let opened: OpenedDataset;

  it('gives the figures it was published from, and names where it came from', async () => {
    const before = await totals();
    opened = await open('../ocop/manifest.json');
    expect(opened.url).toBe(server.url('/ocop/manifest.json'));
    expect(opened.manifest?.title).toBe('Dữ liệu thử');
    // Every dataset the bundled data has rows for, in the contract's order.
    expect(opened.files.map((f) => f.dataset)).toEqual([...DATASET_IDS]);
    expect(opened.files.every((f) => f.transfer.ranges)).toBe(true);
    // The published copy replaces what it was published from: the same figures, not twice them.
    expect(await totals()).toEqual(before);
    const loads = await listLoads(db);
    expect(loads.filter((l) => !l.hidden).every((l) => l.origin === 'published')).toBe(true);
    // The Data view lists what is open first, above the bundled loads it hides.
    const firstHidden = loads.findIndex((l) => l.hidden);
    expect(firstHidden).toBe(opened.loads.length);
  });

  it('replaces the dataset open before in one step', async () => {
    const before = await totals();
    const again = await open(
      '/ocop/manifest.json',
      opened.loads.map((l) => l.loadId),
    );
    expect(await totals()).toEqual(before);
    const published = (await listLoads(db)).filter((l) => l.origin === 'published').map((l) => l.loadId);
    expect(published.sort()).toEqual(again.loads.map((l) => l.loadId).sort());
    opened = again;
  });

  it('opens a single Parquet file, and one from a server without Range support', async () => {
    const one = await openDataset(db, server.url('/ocop/mous.parquet'), {
      pageUrl: `${server.origin}/`,
      readFile,
      replaces: opened.loads.map((l) => l.loadId),
    });
    expect(one.files).toMatchObject([{ dataset: 'mous', transfer: { ranges: true } }]);
    const whole = await openDataset(db, noRanges.url('/mous.parquet'), {
      pageUrl: `${noRanges.origin}/`,
      readFile,
      replaces: one.loads.map((l) => l.loadId),
    });
    expect(whole.files[0]?.transfer).toMatchObject({ ranges: false });
    expect(whole.files[0]?.transfer.bytesRead).toBe(whole.files[0]?.transfer.byteLength);
    opened = whole;
  });

  it('says what is wrong, and leaves the open dataset as it was', async () => {
    const before = await totals();
    const loadsBefore = await listLoads(db);
    expect(await problemOpening('/ocop/broken.json')).toEqual({
      code: 'missingFile',
      url: server.url('/ocop/mous-2025.parquet'),
    });
    expect(await problemOpening('/ocop/odd.json')).toMatchObject({ code: 'notManifest' });
    expect(await problemOpening('/nothing-here.json')).toMatchObject({ code: 'notFound' });
    expect(await problemOpening('/ocop/readme.parquet')).toMatchObject({ code: 'notParquet' });
    expect(
      await problemOpening('http://127.0.0.1:9/ocop/manifest.json', 'http://127.0.0.1:9/'),
    ).toMatchObject({
      code: 'unreachable',
    });
    expect(await problemOpening('https://du-lieu.example/manifest.json')).toEqual({
      code: 'originNotAllowed',
      origin: 'https://du-lieu.example',
    });
    expect(await problemOpening('javascript:alert(1)')).toMatchObject({ code: 'badUrl' });
    expect(await totals()).toEqual(before);
    expect(await listLoads(db)).toEqual(loadsBefore);
  });
});
