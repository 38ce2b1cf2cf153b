/**
 * Writes data/reference/provinces_63.csv and provinces_34.csv from src/model/provinces.ts.
 *
 * Run: npx tsx scripts/exportReference.ts
 * src/model/referenceCsv.test.ts fails until the files are regenerated after a data change.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENCE_FILES } from '../src/model/referenceCsv.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const file of REFERENCE_FILES) {
  const target = resolve(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content(), 'utf8');
  console.log(`wrote ${file.path}`);
}
