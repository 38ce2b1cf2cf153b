/**
 * The engine answers in Arrow's file format; inserting takes the stream format. A file is the magic
 * (8 bytes), the stream (ending in its end-of-stream marker), a footer, the footer's length (4 bytes)
 * and the magic again (6 bytes): the stream is the part in between.
 */
export function arrowFileToStream(file: Uint8Array): Uint8Array {
  const magic = 'ARROW1';
  const text = (from: number) => String.fromCharCode(...file.subarray(from, from + magic.length));
  if (file.length < 18 || text(0) !== magic || text(file.length - magic.length) !== magic) {
    throw new Error('Not an Arrow IPC file');
  }
  const footerLength = new DataView(file.buffer, file.byteOffset).getInt32(file.length - 10, true);
  return file.slice(8, file.length - 10 - footerLength);
}
