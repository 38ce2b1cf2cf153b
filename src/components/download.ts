/**
 * The one way the app saves a file: a Blob (text is made one) through the browser's download, from a
 * blob: URL, so nothing leaves the page; and the names those files get.
 */

/** Saves a Blob, or text as a Blob of `type` (CSV unless told), under `fileName`. */
export function download(fileName: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download holds its own copy once started; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Part of a download's file name taken from text we do not control (the name of a user's file): letters
 * of any script, digits, '.', '_', '(', ')' and '-' are kept, anything else (markup, quotes, path and
 * control characters, bidi overrides) becomes '-'; at most `limit` characters, never empty, never hidden.
 */
export function fileNamePart(text: string, limit = 80): string {
  const kept = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._()-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const short = Array.from(kept)
    .slice(0, limit)
    .join('')
    .replace(/[-.]+$/, '');
  return short || 'tep';
}

/** A file name that says what and when: "tinh-thanh-2026-11-22.csv". */
export function csvFileName(base: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${fileNamePart(base)}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
