import { describe, expect, it } from 'vitest';
import { bundledDatabaseForFile } from '../../e2e/fixtures/database';
import { ocopUpload, ocopUploadEntry } from '../../e2e/fixtures/ocopUpload';
import { outputColumns } from '../ingest/normalizeRows';
import { restorableColumns } from '../upload/uploadStore';
import { insertLoadFromCsv, insertLoadsFromArrow, listLoads, removeLoad, removeLoads } from './dataLoads';

const ILLUSTRATIVE_OCOP = 'bundled:illustrative/ocop_products.csv';

const db = bundledDatabaseForFile();

const sumWhere = async (table: string, loadId?: string) =>
  (
    await db.query<{ n: number }>(
      `SELECT coalesce(sum(count), 0)::INTEGER AS n FROM ${table}${loadId ? ' WHERE load_id = ?' : ''}`,
      loadId ? [loadId] : [],
    )
  )[0]?.n ?? 0;
const hiddenFlags = async () =>
  Object.fromEntries(
    (await listLoads(db)).filter((l) => l.dataset === 'ocop_products').map((l) => [l.loadId, l.hidden]),
  );

describe('uploaded loads and the illustrative data they replace', () => {
  it('takes the illustrative OCOP rows out of the table while an upload exists, and puts them back after', async () => {
    const before = await sumWhere('ocop_products');
    const illustrative = await sumWhere('ocop_products', ILLUSTRATIVE_OCOP);
    expect(illustrative).toBeGreaterThan(0);

    const file = ocopUpload('province,year,star,count\nHà Nội,2024,4,120\nTP.HCM,2024,5,7\n');
    await insertLoadFromCsv(db, ocopUploadEntry('upload:a'), file.columns, file.csvText, file.rowCount);
    expect(await sumWhere('ocop_products')).toBe(before - illustrative + 127);
    expect(await sumWhere('ocop_products_hidden')).toBe(illustrative);
    expect((await hiddenFlags())[ILLUSTRATIVE_OCOP]).toBe(true);
    expect((await hiddenFlags())['bundled:real/ocop_products.csv']).toBe(false);
    // Other datasets keep their illustrative rows.
    expect((await listLoads(db)).find((l) => l.loadId === 'bundled:illustrative/mous.csv')?.hidden).toBe(
      false,
    );

    // A second version that replaces the first, in one step.
    const v2 = ocopUpload('province,year,star,count\nHà Nội,2024,4,130\n');
    await insertLoadFromCsv(db, ocopUploadEntry('upload:b'), v2.columns, v2.csvText, v2.rowCount, [
      'upload:a',
    ]);
    expect(await sumWhere('ocop_products')).toBe(before - illustrative + 130);
    expect((await listLoads(db)).map((l) => l.loadId)).not.toContain('upload:a');

    await removeLoad(db, 'upload:b');
    expect(await sumWhere('ocop_products')).toBe(before);
    expect(await sumWhere('ocop_products_hidden')).toBe(0);
    expect((await hiddenFlags())[ILLUSTRATIVE_OCOP]).toBe(false);
  });

  it('leaves everything as it was when the text holds fewer rows than announced', async () => {
    const before = await sumWhere('ocop_products');
    const loadsBefore = await listLoads(db);
    const file = ocopUpload('province,year,star,count\nHà Nội,2024,4,120\n');
    await expect(
      insertLoadFromCsv(db, ocopUploadEntry('upload:short'), file.columns, file.csvText, 2),
    ).rejects.toThrow(/expected 2 rows, read 1/);
    expect(await sumWhere('ocop_products')).toBe(before);
    expect(await listLoads(db)).toEqual(loadsBefore);
  });

  it('leaves the earlier upload in place when its replacement fails', async () => {
    const file = ocopUpload('province,year,star,count\nHà Nội,2024,4,5\n');
    await insertLoadFromCsv(db, ocopUploadEntry('upload:keep'), file.columns, file.csvText, file.rowCount);
    const before = await sumWhere('ocop_products');
    await expect(
      insertLoadFromCsv(db, ocopUploadEntry('upload:broken'), file.columns, 'not,the,columns\n1,2,3\n', 1, [
        'upload:keep',
      ]),
    ).rejects.toThrow();
    expect(await sumWhere('ocop_products')).toBe(before);
    expect((await listLoads(db)).map((l) => l.loadId)).toContain('upload:keep');
    expect((await hiddenFlags())[ILLUSTRATIVE_OCOP]).toBe(true);
  });

  it('removes several uploads at once (clear all) and brings the illustrative rows back', async () => {
    const file = ocopUpload('province,year,star,count\nHà Nội,2024,4,5\n');
    await insertLoadFromCsv(db, ocopUploadEntry('upload:second'), file.columns, file.csvText, file.rowCount);
    const uploads = (await listLoads(db)).filter((l) => l.origin === 'uploaded').map((l) => l.loadId);
    expect(uploads.length).toBe(2);
    await removeLoads(db, uploads);
    expect((await listLoads(db)).filter((l) => l.origin === 'uploaded')).toEqual([]);
    expect((await hiddenFlags())[ILLUSTRATIVE_OCOP]).toBe(false);
    expect(await sumWhere('ocop_products_hidden')).toBe(0);
  });
});

describe('uploads stored before ocop_products had recognition_date', () => {
  it('restore with the date NULL, and keep their rows', async () => {
    const { columns, csvText, rowCount } = ocopUpload(
      'Tỉnh,Ngày công nhận,Số sao\nHuế,01/08/2020,4\nHuế,05/09/2021,3\n',
    );
    const stored = columns.filter((c) => c.name !== 'recognition_date');
    expect(restorableColumns(stored, columns)).toBe(true);
    // The text an older version stored: the same rows without the last column.
    const oldText = csvText
      .split('\n')
      .map((line) => line.slice(0, line.lastIndexOf(',')))
      .join('\n');
    await insertLoadFromCsv(db, ocopUploadEntry('old-upload'), stored, oldText, rowCount);
    const rows = await db.query<{ year: number; recognition_date: string | null }>(
      "SELECT year, recognition_date FROM ocop_products WHERE load_id = 'old-upload' ORDER BY year",
    );
    expect(rows).toEqual([
      { year: 2020, recognition_date: null },
      { year: 2021, recognition_date: null },
    ]);
    expect(restorableColumns(columns, stored)).toBe(false);
    await removeLoad(db, 'old-upload');
  });
});

describe('a published dataset opened by URL', () => {
  const published = (loadId: string) => ({
    loadId,
    dataset: 'ocop_products' as const,
    origin: 'published' as const,
    fileName: 'https://du-lieu.example/ocop_products.parquet',
    loadedAt: '2026-12-05T03:00:00.000Z',
  });
  const columns = outputColumns('ocop_products');
  const rowsAs = (sql: string) => db.queryArrowIpc(sql);

  it('is the only OCOP data in view while open, MoUs untouched, and everything comes back after', async () => {
    const baseline = await sumWhere('ocop_products');
    const upload = ocopUpload('province,year,star,count\nHà Nội,2024,4,5\n');
    await insertLoadFromCsv(
      db,
      ocopUploadEntry('upload:mine'),
      upload.columns,
      upload.csvText,
      upload.rowCount,
    );
    const mousBefore = (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM mous'))[0]?.n;
    const names = columns.map((c) => c.name).join(', ');
    const ipc = await rowsAs(
      `SELECT ${names} FROM ocop_products WHERE load_id = 'bundled:real/ocop_products.csv' LIMIT 3`,
    );
    const [entry] = await insertLoadsFromArrow(db, [
      { load: published('published:a'), columns, ipc, rowCount: 3 },
    ]);
    expect(entry?.rowCount).toBe(3);
    const shown = await sumWhere('ocop_products');
    expect(shown).toBe(await sumWhere('ocop_products', 'published:a'));
    const flags = await hiddenFlags();
    expect(flags['published:a']).toBe(false);
    expect(flags['upload:mine']).toBe(true);
    expect(flags['bundled:real/ocop_products.csv']).toBe(true);
    expect(flags[ILLUSTRATIVE_OCOP]).toBe(true);
    expect((await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM mous'))[0]?.n).toBe(mousBefore);
    // The facts follow: the overview's totals are the published rows'.
    const [facts] = await db.query<{ n: number }>(
      "SELECT sum(products)::INTEGER AS n FROM facts_ocop WHERE view_layout = '34'",
    );
    expect(facts?.n).toBe(shown);

    // A failing replacement (a count that does not match) leaves the open dataset as it was.
    await expect(
      insertLoadsFromArrow(
        db,
        [{ load: published('published:b'), columns, ipc, rowCount: 4 }],
        ['published:a'],
      ),
    ).rejects.toThrow(/expected 4 rows, read 3/);
    expect((await hiddenFlags())['published:a']).toBe(false);
    expect(await sumWhere('ocop_products')).toBe(shown);

    await removeLoads(db, ['published:a', 'upload:mine']);
    expect(await sumWhere('ocop_products')).toBe(baseline);
    expect(await sumWhere('ocop_products_hidden')).toBe(0);
  });
});
