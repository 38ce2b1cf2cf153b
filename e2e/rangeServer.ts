/**
 * A static file server for tests and the bench of datasets opened by URL (`?data=<url>`, issue 17): what
 * a department's web server does with a published Parquet file. Node's `http` only. It answers GET and
 * HEAD, single byte ranges (`bytes=a-b`, `bytes=a-`, `bytes=-n` → 206, unsatisfiable → 416), and counts
 * the body bytes it sends, per path and in total, so a test can tell how much of a file the page read.
 *
 * Two ways to use it:
 * - `startRangeServer(options)`: its own server on 127.0.0.1, a free port (another origin than the page:
 *   CORS and the page's CSP matter there).
 * - `rangeServerPlugin(mounts)`: a Vite preview plugin that mounts the same handler under a path of the
 *   dashboard's own server (`/test-data/…`), so the page reads it from its own origin. A test in another
 *   process reads the counters over HTTP: `GET <mount>/__bytes` (`?path=/x.parquet` for one file) and
 *   `POST <mount>/__reset`; `fetchBytesSent` and `resetBytesSent` below do that.
 */
import { createReadStream, type Stats, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export interface RangeServerOptions {
  /** Files are read from here (a request's path below the mount, e.g. `/a/b.parquet` → `<dir>/a/b.parquet`). */
  readonly dir?: string;
  /** In-memory files by path (`/x.parquet`), served before the directory's. */
  readonly files?: Readonly<Record<string, Uint8Array | string>>;
  /** false: a server without Range support — every GET answers 200 with the whole body. Default true. */
  readonly ranges?: boolean;
  /** CORS: '*' or one origin allowed to read; null (default): no CORS headers, as most servers. */
  readonly cors?: '*' | string | null;
}

/** Counts of body bytes sent: in total and per path (the path below the mount, as requested). */
export interface ByteCounts {
  readonly total: number;
  readonly byPath: Readonly<Record<string, number>>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  parquet: 'application/vnd.apache.parquet',
  pq: 'application/vnd.apache.parquet',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  // A copy of the built site served by this server (e2e/cspAllowing.ts) needs its own files' types too.
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
};

export function contentTypeOf(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

export type ByteRange = { readonly start: number; readonly end: number };

/**
 * A Range header's one range within a body of `size` bytes (end inclusive): null when there is no usable
 * header (absent, not bytes, several ranges: the whole body is sent, as RFC 9110 allows), 'unsatisfiable'
 * when it asks for nothing inside the body.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // bytes=-n: the last n bytes.
    const n = Number(last);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

type Body = { readonly size: number; readonly read: (range: ByteRange | null) => AsyncIterable<Uint8Array> };

/** The handler: answers a request whose `url` is relative to the mount (`/x.parquet?…`). */
export interface RangeHandler {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Body bytes sent for one path (`/x.parquet`), or in total. */
  bytesSent(path?: string): number;
  counts(): ByteCounts;
  resetCounts(): void;
  /** Adds or replaces an in-memory file. */
  setFile(path: string, body: Uint8Array | string): void;
}

export function createRangeHandler(options: RangeServerOptions = {}): RangeHandler {
  const ranges = options.ranges ?? true;
  const cors = options.cors ?? null;
  const files = new Map<string, Uint8Array>(
    Object.entries(options.files ?? {}).map(([path, body]) => [path, bytesOf(body)]),
  );
  let byPath = new Map<string, number>();
  const count = (path: string, n: number) => byPath.set(path, (byPath.get(path) ?? 0) + n);

  const bodyOf = (path: string): Body | null => {
    const memory = files.get(path);
    if (memory) {
      return {
        size: memory.byteLength,
        read: async function* (range) {
          yield range ? memory.subarray(range.start, range.end + 1) : memory;
        },
      };
    }
    if (!options.dir) return null;
    const root = resolve(options.dir);
    const file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) return null;
    let stats: Stats;
    try {
      stats = statSync(file);
    } catch {
      return null;
    }
    if (!stats.isFile()) return null;
    return {
      size: stats.size,
      read: (range) => createReadStream(file, range ? { start: range.start, end: range.end } : {}),
    };
  };

  const corsHeaders = (req: IncomingMessage): Record<string, string> => {
    if (cors === null) return {};
    const origin = req.headers.origin;
    if (cors !== '*' && origin !== cors) return { Vary: 'Origin' };
    return {
      'Access-Control-Allow-Origin': cors,
      'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges',
      ...(cors === '*' ? {} : { Vary: 'Origin' }),
    };
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    // A folder's page, as static servers do.
    if (path.endsWith('/')) path = `${path}index.html`;
    const method = req.method ?? 'GET';
    const headers = corsHeaders(req);

    if (method === 'OPTIONS') {
      res.writeHead(204, {
        ...headers,
        ...(cors === null
          ? {}
          : {
              'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
              'Access-Control-Allow-Headers': 'Range',
              'Access-Control-Max-Age': '600',
            }),
      });
      res.end();
      return;
    }
    // The counters, for a test in another process than the server.
    if (path === '/__bytes' && method === 'GET') {
      const one = url.searchParams.get('path');
      const body = JSON.stringify(one === null ? counts() : { total: byPath.get(one) ?? 0, byPath: {} });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
      res.end(body);
      return;
    }
    if (path === '/__reset' && method === 'POST') {
      byPath = new Map();
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD, OPTIONS', ...headers });
      res.end();
      return;
    }
    const body = bodyOf(path);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(method === 'HEAD' ? undefined : 'Not found');
      return;
    }
    const common: Record<string, string> = {
      ...headers,
      'Content-Type': contentTypeOf(path),
      // Every visit reads the server again: the byte counts are what a first visit costs.
      'Cache-Control': 'no-store',
      ...(ranges ? { 'Accept-Ranges': 'bytes' } : {}),
    };
    const range = ranges ? parseRange(req.headers.range, body.size) : null;
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...common, 'Content-Range': `bytes */${body.size}`, 'Content-Length': '0' });
      res.end();
      return;
    }
    const length = range ? range.end - range.start + 1 : body.size;
    res.writeHead(range ? 206 : 200, {
      ...common,
      'Content-Length': String(length),
      ...(range ? { 'Content-Range': `bytes ${range.start}-${range.end}/${body.size}` } : {}),
    });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    void send(body.read(range), res, (n) => count(path, n));
  };

  const counts = (): ByteCounts => {
    const entries = [...byPath.entries()];
    return { total: entries.reduce((sum, [, n]) => sum + n, 0), byPath: Object.fromEntries(entries) };
  };

  return {
    handle,
    bytesSent: (path) => (path === undefined ? counts().total : (byPath.get(path) ?? 0)),
    counts,
    resetCounts: () => {
      byPath = new Map();
    },
    setFile: (path, body) => {
      files.set(path, bytesOf(body));
    },
  };
}

const bytesOf = (body: Uint8Array | string): Uint8Array =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body;

/** Writes the chunks, honouring back-pressure; counts what was handed to the socket (stops if the client left). */
async function send(chunks: AsyncIterable<Uint8Array>, res: ServerResponse, counted: (n: number) => void) {
  try {
    for await (const chunk of chunks) {
      if (res.destroyed) break;
      counted(chunk.byteLength);
      if (!res.write(chunk)) await new Promise<void>((done) => res.once('drain', done).once('close', done));
    }
  } catch {
    res.destroy();
    return;
  }
  res.end();
}

export interface RangeServer extends Omit<RangeHandler, 'handle'> {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The URL of a path on this server (`url('/x.parquet')`). */
  url(path: string): string;
  close(): Promise<void>;
}

/** Its own server on 127.0.0.1 and a free port. */
export async function startRangeServer(options: RangeServerOptions = {}): Promise<RangeServer> {
  const handler = createRangeHandler(options);
  const server = createServer((req, res) => handler.handle(req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const { handle: _, ...rest } = handler;
  return {
    ...rest,
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** One mount of the handler on the dashboard's server: requests under `prefix` (`/test-data`) go to it. */
export interface RangeMount extends RangeServerOptions {
  readonly prefix: string;
}

/**
 * A Vite plugin for `vite preview` mounting range handlers on the dashboard's own origin. Its middleware
 * runs before Vite's (before the base path and the static files), so a mount's URLs sit at the origin's
 * root: `<origin>/test-data/x.parquet` whatever the dashboard's base. Returns the handlers too, for a
 * caller in the same process (the bench) to read the counters directly.
 */
export function rangeServerPlugin(mounts: readonly RangeMount[]): {
  plugin: Plugin;
  handlers: ReadonlyMap<string, RangeHandler>;
} {
  const handlers = new Map(mounts.map((mount) => [mount.prefix, createRangeHandler(mount)]));
  const plugin: Plugin = {
    name: 'ocop:test-range-server',
    configurePreviewServer(server) {
      for (const [prefix, handler] of handlers) {
        // connect strips the prefix from req.url before calling the handler.
        server.middlewares.use(prefix, (req, res) => handler.handle(req, res));
      }
    },
  };
  return { plugin, handlers };
}

/** The counters of a mount on another process's server (`mountUrl` = `<origin>/test-data`). */
export async function fetchBytesSent(mountUrl: string, path?: string): Promise<number> {
  const query = path === undefined ? '' : `?path=${encodeURIComponent(path)}`;
  const response = await fetch(`${mountUrl}/__bytes${query}`);
  if (!response.ok) throw new Error(`${mountUrl}/__bytes answered ${response.status}`);
  return ((await response.json()) as ByteCounts).total;
}

export async function resetBytesSent(mountUrl: string): Promise<void> {
  const response = await fetch(`${mountUrl}/__reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`${mountUrl}/__reset answered ${response.status}`);
}
