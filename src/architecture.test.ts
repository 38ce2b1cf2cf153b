import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/ (ARCHITECTURE.md): a file may import from its own layer or one below, never from
 * one above. Longest folder prefix wins.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['model'],
  ['ingest'],
  ['i18n'],
  ['filters'],
  ['db'],
  ['queries'],
  ['charts'],
  ['components'],
  ['upload', 'summary', 'remote'],
  ['views'],
  [''],
];

function layerOf(path: string): number {
  let best = { layer: -1, length: -1 };
  LAYERS.forEach((folders, layer) => {
    for (const folder of folders) {
      const matches = folder === '' || path === folder || path.startsWith(`${folder}/`);
      if (matches && folder.length > best.length) best = { layer, length: folder.length };
    }
  });
  return best.layer;
}

/** Relative imports of a file's text: static, re-exports and dynamic `import()`. */
function importsOf(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1] as string);
}

/** Every import that points up, as "from → to" (paths relative to src/). */
function upwardImports(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, text] of files) {
    for (const spec of importsOf(text)) {
      const target = normalize(join(dirname(path), spec)).replace(/\.tsx?$/, '');
      if (layerOf(target) > layerOf(path)) problems.push(`${path} → ${target}`);
    }
  }
  return problems;
}

const SRC = import.meta.dirname;

function sourceFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = join(entry.parentPath, entry.name);
    // Tests may reach across layers to check them; fixtures are test data.
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    if (full.includes('/fixtures/')) continue;
    files.set(relative(SRC, full), readFileSync(full, 'utf8'));
  }
  return files;
}

describe('layers point one way', () => {
  it('no file under src/ imports from a layer above its own', () => {
    expect(upwardImports(sourceFiles(SRC))).toEqual([]);
  });

  it('catches a planted upward import, static or dynamic', () => {
    const planted = new Map([
      ['db/database.ts', "import { kpiSeries } from '../queries/overviewMetrics';"],
      ['charts/echarts.ts', "const View = lazy(() => import('../views/map/MapView'));"],
      ['queries/facts.ts', "import { sql } from '../db/sql';"],
    ]);
    expect(upwardImports(planted)).toEqual([
      'db/database.ts → queries/overviewMetrics',
      'charts/echarts.ts → views/map/MapView',
    ]);
  });
});
