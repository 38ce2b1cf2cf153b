import { type BundledFile, bundledFileFromPath } from './loadBundledData';

// Vite emits each bundled CSV as a hashed asset beside the app; fetched from the same origin, so the
// dashboard works offline and from any sub-path.
const URLS = import.meta.glob<string>('/data/{real,illustrative}/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

const urlByPath = new Map(Object.entries(URLS).map(([key, url]) => [key.replace(/^\/data\//, ''), url]));

export const BUNDLED_FILES: readonly BundledFile[] = [...urlByPath.keys()]
  .sort()
  .flatMap((path) => bundledFileFromPath(path) ?? []);

export async function fetchBundledFile(path: string): Promise<Uint8Array> {
  const url = urlByPath.get(path);
  if (!url) throw new Error(`Not a bundled file: ${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
