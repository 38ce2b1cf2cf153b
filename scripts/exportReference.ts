/**
 * Writes data/reference/provinces_63.csv and provinces_34.csv from src/model/provinces.ts.
 *
 * Node 20 cannot run TypeScript directly (--experimental-strip-types needs Node >= 22.6), so run it
 * through Vite's module runner from the repository root:
 *   node -e "import('vite').then((v) => v.runnerImport('./scripts/exportReference.ts'))"
 * On Node >= 22.6: node --experimental-strip-types scripts/exportReference.ts
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
