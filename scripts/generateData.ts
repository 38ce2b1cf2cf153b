/**
 * Writes the illustrative data under data/illustrative/ (committed, shipped with the site), or a large
 * one-product-per-row ocop_products file for benchmarks and import tests.
 *
 *   npx tsx scripts/generateData.ts                      write data/illustrative/*.csv
 *   npx tsx scripts/generateData.ts --check              exit 1 if the committed files are stale
 *   npx tsx scripts/generateData.ts --rows 1000000 [--out data/generated]
 *
 * The content comes from scripts/illustrativeData.ts (pure, seeded); this file only reads data/real/
 * and writes files.
 */

import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATASET_IDS, type DatasetId } from '../src/model/datasets.ts';
import {
  generateIllustrativeData,
  ILLUSTRATIVE_DATASETS,
  type IllustrativeFiles,
  productRowChunks,
  type RealFile,
  realCoverage,
  SEED,
} from './illustrativeData.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const REAL_DIR = resolve(ROOT, 'data', 'real');
export const ILLUSTRATIVE_DIR = resolve(ROOT, 'data', 'illustrative');

/** data/real/<dataset>.csv files, in name order. */
export function readRealFiles(dir = REAL_DIR): RealFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const dataset = DATASET_IDS.find((id) => `${id}.csv` === name);
      return dataset
        ? [{ path: `data/real/${name}`, dataset, bytes: new Uint8Array(readFileSync(resolve(dir, name))) }]
        : [];
    });
}

/** What `npx tsx scripts/generateData.ts` writes, computed from the real files on disk. */
export function illustrativeFilesFromDisk(): IllustrativeFiles {
  return generateIllustrativeData(realCoverage(readRealFiles()), SEED);
}

/** Streams `rows` one-product rows to `<outDir>/ocop_products.csv`; returns the file path. */
export function writeProductRows(rows: number, outDir: string, seed = SEED): string {
  mkdirSync(outDir, { recursive: true });
  const path = resolve(outDir, 'ocop_products.csv');
  const fd = openSync(path, 'w');
  try {
    for (const chunk of productRowChunks(rows, seed)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return path;
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: readonly string[]): number {
  const rowsArg = option(args, '--rows');
  if (rowsArg !== undefined) {
    const rows = Number(rowsArg);
    if (!Number.isInteger(rows) || rows < 0) {
      console.error(`--rows needs a non-negative integer, got "${rowsArg}"`);
      return 2;
    }
    const out = resolve(process.cwd(), option(args, '--out') ?? resolve(ROOT, 'data', 'generated'));
    const path = writeProductRows(rows, out);
    console.log(`wrote ${rows} rows to ${path}`);
    return 0;
  }

  const files = illustrativeFilesFromDisk();
  const check = args.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(ILLUSTRATIVE_DIR, { recursive: true });
  for (const dataset of ILLUSTRATIVE_DATASETS) {
    const path = resolve(ILLUSTRATIVE_DIR, `${dataset}.csv`);
    const text = files[dataset as DatasetId & keyof IllustrativeFiles];
    const rows = text.split('\n').length - 2;
    if (check) {
      const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (current !== text) {
        stale++;
        console.error(`stale: data/illustrative/${dataset}.csv`);
      }
    } else {
      writeFileSync(path, text, 'utf8');
      console.log(`wrote data/illustrative/${dataset}.csv (${rows} rows)`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
