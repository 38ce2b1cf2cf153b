/**
 * Saves a Blob through the browser's download, from a blob: URL (nothing leaves the page). The same
 * mechanism as import/downloadText.ts, for binary files (PNG) as well as text.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
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
