import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..');

/** The packages a file imports for their values (not `import type`), and its relative value imports. */
function valueImports(text: string): { packages: string[]; files: string[] } {
  const packages: string[] = [];
  const files: string[] = [];
  // Static imports and re-exports only: what loads with the file. `import()` loads later, on demand.
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const spec = m[2] as string;
    (spec.startsWith('.') ? files : packages).push(spec);
  }
  return { packages, files };
}

function resolveFile(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every package the static import graph from `entry` loads, each with the file that imports it. */
function packagesLoadedBy(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const loaded = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const { packages, files } = valueImports(readFileSync(file, 'utf8'));
    for (const name of packages) if (!loaded.has(name)) loaded.set(name, relative(SRC, file));
    for (const spec of files) {
      const target = resolveFile(file, spec);
      if (target) queue.push(target);
    }
  }
  return loaded;
}

describe('the first screen', () => {
  it('draws the snapshot without loading ECharts, and starts DuckDB from the first script', () => {
    // Everything the page's first script loads, the snapshot's drawing included.
    const loaded = packagesLoadedBy(join(SRC, 'main.tsx'));
    const heavy = [...loaded].filter(([name]) => /^(echarts|zrender)/.test(name));
    expect(heavy.map(([name, by]) => `${name} ← ${by}`)).toEqual([]);
    // DuckDB's own JS is there on purpose: its worker compiles the wasm while the first screen draws.
    expect(loaded.get('@duckdb/duckdb-wasm')).toBe(join('db', 'browserDatabase.ts'));
    // The walk does reach the page's code (a walk that found nothing would pass too).
    expect(loaded.has('react')).toBe(true);
  });

  it('is what the live overview is not: that one loads ECharts', () => {
    const loaded = packagesLoadedBy(join(SRC, 'views', 'overview', 'OverviewView.tsx'));
    expect([...loaded.keys()].some((name) => name.startsWith('echarts'))).toBe(true);
  });
});

describe('the snapshot and stored uploads', () => {
  it('looks for uploads in the database the upload store keeps them in', async () => {
    const { UPLOADS_DATABASE } = await import('./SnapshotOverview');
    const store = readFileSync(join(SRC, 'upload', 'uploadStore.ts'), 'utf8');
    expect(store).toContain(`const DB_NAME = '${UPLOADS_DATABASE}';`);
  });
});
