/** How wide a text is drawn in a font, in px: the canvas measures in the browser; tests estimate. */
export type MeasureText = (text: string, font: { readonly size: number; readonly weight: number }) => number;

/**
 * A width estimate for Be Vietnam Pro, for tests and for any place without a canvas: generous, so
 * lines wrapped by it never overflow. Combining marks (NFD) take no width.
 */
export const estimateTextWidth: MeasureText = (text, { size, weight }) => {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (/\p{M}/u.test(ch)) continue;
    if (/[ .,;:'’!|il1()[\]]/.test(ch)) em += 0.32;
    else if (/[A-ZĐƠƯÂĂÊÔmwMW]/.test(ch)) em += 0.72;
    else em += 0.58;
  }
  return em * size * (weight >= 600 ? 1.05 : 1);
};

/**
 * Greedy word wrap to `maxWidth`: hard line breaks kept, a word longer than a line split by letters.
 * Used to lay out press titles and source lines before ECharts draws them, so their height is known.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: { readonly size: number; readonly weight: number },
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, font) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      // A single word wider than the line (a long URL): break it by letters.
      let rest = word;
      while (measure(rest, font) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), font) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
