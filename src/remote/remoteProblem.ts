/**
 * What can go wrong opening a dataset by URL, as codes the UI words in its language
 * (i18n/dictionaries/remoteData.ts) and the browser tests read (`data-problem`). Every problem leaves the
 * data open before as it was.
 */
export type RemoteProblem =
  | { readonly code: 'badUrl'; readonly url: string }
  /** Another origin than the page's, not named at build time (OCOP_DATA_ORIGINS). */
  | { readonly code: 'originNotAllowed'; readonly origin: string }
  | { readonly code: 'unreachable'; readonly url: string }
  /** The host answers, but does not let this page read (no CORS headers for its origin). */
  | { readonly code: 'cors'; readonly url: string }
  | { readonly code: 'notFound'; readonly url: string }
  | { readonly code: 'httpStatus'; readonly url: string; readonly status: number }
  /** The server sends whole files only (no HTTP Range support) and this one is above the import limit. */
  | { readonly code: 'tooLarge'; readonly url: string; readonly bytes: number; readonly limit: number }
  | { readonly code: 'notParquet'; readonly url: string }
  | { readonly code: 'notManifest'; readonly url: string; readonly detail: string }
  | { readonly code: 'missingFile'; readonly url: string }
  | { readonly code: 'unknownDataset'; readonly url: string }
  | { readonly code: 'wrongColumns'; readonly url: string; readonly missing: readonly string[] }
  | { readonly code: 'tooManyRows'; readonly url: string; readonly rows: number; readonly limit: number }
  | { readonly code: 'badRows'; readonly url: string; readonly detail: string }
  | { readonly code: 'failed'; readonly url: string; readonly detail: string };

export type RemoteProblemCode = RemoteProblem['code'];

/** Thrown through the reading code, caught where the page shows it. */
export class RemoteProblemError extends Error {
  constructor(readonly problem: RemoteProblem) {
    super(`${problem.code}: ${'url' in problem ? problem.url : ''}`);
    this.name = 'RemoteProblemError';
  }
}

export function problemOf(error: unknown, url: string): RemoteProblem {
  if (error instanceof RemoteProblemError) return error.problem;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'failed', url, detail };
}
