import { RemoteProblemError } from './remoteProblem';

/**
 * A file on a web server read by HTTP range requests: hyparquet's AsyncBuffer (byteLength + slice), which
 * fetches only the byte ranges a read asks for. When the server ignores Range (200 with the whole body),
 * the file is downloaded once, if it is below `maxWholeBytes`, and read from memory.
 */
export interface RangeFile {
  readonly url: string;
  readonly byteLength: number;
  /** False when the server sent the whole file (no Range support): everything was downloaded. */
  readonly ranges: boolean;
  slice(start: number, end?: number): Promise<ArrayBuffer>;
  /** Bytes of bodies received so far. */
  bytesRead(): number;
}

export interface OpenRangeFileOptions {
  /** Largest whole download accepted from a server without Range support. */
  readonly maxWholeBytes: number;
  readonly signal?: AbortSignal;
}

/**
 * A failed fetch (TypeError) is a host that does not answer or a refused CORS read; a second request in
 * no-cors mode tells them apart: it succeeds (with an opaque answer) only when the host answered.
 */
async function fetchOrExplain(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const crossOrigin = typeof location !== 'undefined' && new URL(url).origin !== location.origin;
    if (crossOrigin) {
      const answered = await fetch(url, { mode: 'no-cors', signal: init.signal ?? null }).then(
        () => true,
        () => false,
      );
      if (answered) throw new RemoteProblemError({ code: 'cors', url });
    }
    throw new RemoteProblemError({ code: 'unreachable', url });
  }
}

export function checkStatus(response: Response, url: string): void {
  if (response.status === 404 || response.status === 410)
    throw new RemoteProblemError({ code: 'notFound', url });
  if (!response.ok) throw new RemoteProblemError({ code: 'httpStatus', url, status: response.status });
}

/** The total size from `Content-Range: bytes 0-3/12345`. */
function totalOf(contentRange: string | null): number | null {
  const match = /\/(\d+)\s*$/.exec(contentRange ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

/** Reads a body to the end, refusing it as soon as it passes `limit` bytes. */
async function readBody(
  response: Response,
  url: string,
  limit: number,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length') ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw new RemoteProblemError({ code: 'tooLarge', url, bytes: declared, limit });
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal?.aborted) {
      await reader.cancel();
      throw signal.reason;
    }
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new RemoteProblemError({ code: 'tooLarge', url, bytes: size, limit });
    }
    parts.push(value);
  }
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

/** Downloads a whole file (a manifest, a CSV), refusing it above `limit` bytes. */
export async function fetchWhole(url: string, limit: number, signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetchOrExplain(url, { signal: signal ?? null });
  checkStatus(response, url);
  return readBody(response, url, limit, signal);
}

/**
 * Opens a remote file: one request for its first bytes says whether the server reads ranges (206 with
 * Content-Range) and how large the file is; a server that answers 200 sends the whole file, kept if small
 * enough.
 */
export async function openRangeFile(url: string, options: OpenRangeFileOptions): Promise<RangeFile> {
  const { signal, maxWholeBytes } = options;
  let received = 0;
  const first = await fetchOrExplain(url, { headers: { Range: 'bytes=0-3' }, signal: signal ?? null });
  checkStatus(first, url);
  const total = first.status === 206 ? totalOf(first.headers.get('Content-Range')) : null;
  if (total === null) {
    // No Range support: this answer is the whole file.
    const whole = await readBody(first, url, maxWholeBytes, signal);
    received += whole.byteLength;
    return {
      url,
      byteLength: whole.byteLength,
      ranges: false,
      slice: async (start, end) => whole.slice(start, end ?? whole.byteLength).buffer,
      bytesRead: () => received,
    };
  }
  const head = await first.arrayBuffer();
  received += head.byteLength;
  return {
    url,
    byteLength: total,
    ranges: true,
    async slice(start, end = total) {
      if (end <= start) return new ArrayBuffer(0);
      // The probe's bytes (a Parquet file's magic number) are not asked for twice.
      if (end <= head.byteLength) return head.slice(start, end);
      const response = await fetchOrExplain(url, {
        headers: { Range: `bytes=${start}-${end - 1}` },
        signal: signal ?? null,
      });
      checkStatus(response, url);
      const body = await response.arrayBuffer();
      received += body.byteLength;
      // A server that answers a later range with the whole file (200) is read from the right place.
      if (response.status === 200 && body.byteLength === total) return body.slice(start, end);
      if (body.byteLength !== end - start)
        throw new RemoteProblemError({
          code: 'failed',
          url,
          detail: `asked for ${end - start} bytes at ${start}, got ${body.byteLength}`,
        });
      return body;
    },
    bytesRead: () => received,
  };
}
