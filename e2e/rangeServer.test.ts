import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fetchBytesSent,
  parseRange,
  type RangeServer,
  rangeServerPlugin,
  resetBytesSent,
  startRangeServer,
} from './rangeServer';

// 1000 bytes whose value is their position mod 251: any slice shows where it came from.
const FILE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
const slice = (start: number, end: number) => [...FILE.subarray(start, end + 1)];
const body = async (response: Response) => [...new Uint8Array(await response.arrayBuffer())];

describe('parseRange', () => {
  it('reads the three forms of one byte range, clipped to the body', () => {
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(parseRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=95-500', 100)).toEqual({ start: 95, end: 99 });
  });
  it('answers unsatisfiable for a range past the end, and ignores what it cannot read', () => {
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-0', 0)).toBe('unsatisfiable');
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('items=0-5', 100)).toBeNull();
    expect(parseRange('bytes=0-5,10-20', 100)).toBeNull();
    expect(parseRange('bytes=20-10', 100)).toBeNull();
  });
});

describe('startRangeServer', () => {
  let dir: string;
  let server: RangeServer;
  let noRanges: RangeServer;
  let withCors: RangeServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'range-server-'));
    writeFileSync(join(dir, 'data.parquet'), FILE);
    writeFileSync(join(dir, 'manifest.json'), '{"format":"x"}');
    server = await startRangeServer({ dir, files: { '/memory.csv': 'a,b\n1,2\n' } });
    noRanges = await startRangeServer({ dir, ranges: false });
    withCors = await startRangeServer({ dir, cors: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await Promise.all([server.close(), noRanges.close(), withCors.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves byte ranges of a file with 206 and Content-Range, and the whole file with 200', async () => {
    server.resetCounts();
    const part = await fetch(server.url('/data.parquet'), { headers: { Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000');
    expect(part.headers.get('content-length')).toBe('100');
    expect(part.headers.get('accept-ranges')).toBe('bytes');
    expect(part.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    expect(await body(part)).toEqual(slice(100, 199));

    const tail = await fetch(server.url('/data.parquet'), { headers: { Range: 'bytes=-8' } });
    expect(tail.headers.get('content-range')).toBe('bytes 992-999/1000');
    expect(await body(tail)).toEqual(slice(992, 999));

    const rest = await fetch(server.url('/data.parquet'), { headers: { Range: 'bytes=990-' } });
    expect(await body(rest)).toEqual(slice(990, 999));

    const whole = await fetch(server.url('/data.parquet'));
    expect(whole.status).toBe(200);
    expect(await body(whole)).toEqual([...FILE]);

    expect(server.bytesSent('/data.parquet')).toBe(100 + 8 + 10 + 1000);
    expect(server.bytesSent()).toBe(1118);
  });

  it('answers HEAD with the size and no body, 416 past the end, 404 for a missing file', async () => {
    server.resetCounts();
    const head = await fetch(server.url('/data.parquet'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('1000');
    const past = await fetch(server.url('/data.parquet'), { headers: { Range: 'bytes=1000-1010' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */1000');
    expect((await fetch(server.url('/nothing.parquet'))).status).toBe(404);
    expect((await fetch(server.url('/../etc/passwd'))).status).toBe(404);
    expect(server.bytesSent()).toBe(0);
  });

  it('serves in-memory files and JSON/CSV with their content types', async () => {
    const csv = await fetch(server.url('/memory.csv'));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toBe('a,b\n1,2\n');
    const json = await fetch(server.url('/manifest.json'));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    server.setFile('/late.txt', 'later');
    server.setFile('/site/index.html', '<p>page</p>');
    const page = await fetch(server.url('/site/'));
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>page</p>');
    expect(await (await fetch(server.url('/late.txt'))).text()).toBe('later');
  });

  it('without Range support, ignores Range: always 200 with the whole body, no Accept-Ranges', async () => {
    noRanges.resetCounts();
    const response = await fetch(noRanges.url('/data.parquet'), { headers: { Range: 'bytes=0-9' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBeNull();
    expect(response.headers.get('content-range')).toBeNull();
    expect(await body(response)).toEqual([...FILE]);
    expect(noRanges.bytesSent('/data.parquet')).toBe(1000);
  });

  it('sends CORS headers only where asked, and answers the Range preflight', async () => {
    const plain = await fetch(server.url('/data.parquet'), { headers: { Origin: 'http://127.0.0.1:9' } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();

    const allowed = await fetch(withCors.url('/data.parquet'), {
      headers: { Origin: 'http://127.0.0.1:9', Range: 'bytes=0-3' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:9');
    expect(allowed.headers.get('access-control-expose-headers')).toBe(
      'Content-Range, Content-Length, Accept-Ranges',
    );
    const other = await fetch(withCors.url('/data.parquet'), {
      headers: { Origin: 'http://elsewhere.test' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = await fetch(withCors.url('/data.parquet'), {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:9',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'range',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Range');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('refuses connections once closed', async () => {
    const short = await startRangeServer({ files: { '/x.txt': 'x' } });
    const url = short.url('/x.txt');
    expect(await (await fetch(url)).text()).toBe('x');
    await short.close();
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('rangeServerPlugin', () => {
  it('mounts the handler on vite preview, at the origin root whatever the base, with counters over HTTP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'range-plugin-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'data.parquet'), FILE);
    const { plugin, handlers } = rangeServerPlugin([
      { prefix: '/test-data', dir },
      { prefix: '/test-data-no-range', dir, ranges: false },
    ]);
    // vite preview needs a built outDir; a page of one line is enough.
    const outDir = join(dir, 'dist');
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const server = await preview({
      root: dir,
      configFile: false,
      base: '/dashboard/',
      build: { outDir },
      plugins: [plugin],
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    try {
      const origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
      const mount = `${origin}/test-data`;
      await resetBytesSent(mount);
      const part = await fetch(`${mount}/data.parquet`, { headers: { Range: 'bytes=0-49' } });
      expect(part.status).toBe(206);
      expect(await body(part)).toEqual(slice(0, 49));
      expect(await fetchBytesSent(mount)).toBe(50);
      expect(await fetchBytesSent(mount, '/data.parquet')).toBe(50);
      expect(handlers.get('/test-data')?.bytesSent('/data.parquet')).toBe(50);

      const whole = await fetch(`${origin}/test-data-no-range/data.parquet`, {
        headers: { Range: 'bytes=0-49' },
      });
      expect(whole.status).toBe(200);
      expect((await body(whole)).length).toBe(1000);
      expect(await fetchBytesSent(`${origin}/test-data-no-range`)).toBe(1000);

      await resetBytesSent(mount);
      expect(await fetchBytesSent(mount)).toBe(0);
      // The dashboard itself is still served under its base.
      expect((await fetch(`${origin}/dashboard/`)).status).toBe(200);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
