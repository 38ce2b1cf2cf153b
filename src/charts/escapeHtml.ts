/**
 * The one escaping path for text from users' files on its way into markup: HTML strings (ECharts
 * tooltips, the embed code), XML (exported SVG) and ECharts rich-text templates. React elements escape
 * by themselves; anything built as a string goes through here.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bidi embeddings, overrides and isolates (LRE…RLO, LRI…PDI). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * Text carrying bidi controls (a U+202E RIGHT-TO-LEFT OVERRIDE) would reorder whatever is drawn after it
 * on the same line — a figure, a unit, the next source. Wrapped in FSI…PDI its controls end with it. The
 * text's own isolate controls go, so none can close the wrapper early; other text is returned as is.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROLS.test(text)) return text;
  return `\u2068${text.replace(ISOLATE_CONTROLS, '')}\u2069`;
}

/** Text → HTML text or attribute value: markup characters as entities, bidi controls isolated. */
export function escapeHtml(text: string): string {
  return isolateBidi(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Characters XML 1.0 forbids even as character references: C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogates. One of them in a file makes every XML parser reject it.
 */
const XML_FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML cannot carry; applied to whole SVG documents, whose markup never contains it. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Text → XML text or attribute value (exported SVG): escaped as HTML, minus what XML forbids. */
export function escapeXml(text: string): string {
  return escapeHtml(stripXmlForbidden(text));
}

/**
 * Text → part of an ECharts rich-text template, drawn in the rich style `style`. zrender reads
 * `{style|content}` up to the first `}` and has no escape, so a text with `{x|…}` or `}` in it would
 * restyle, cut or swallow what follows. Each run without `}` becomes its own `{style|run}` block; a `}`
 * stays between blocks, where zrender draws it as plain text (in the label's base style).
 */
export function escapeRichText(style: string, text: string): string {
  return text
    .split('}')
    .map((run) => (run === '' ? '' : `{${style}|${run}}`))
    .join('}');
}

/**
 * Cut at `limit` characters (code points, so no surrogate pair is split), "…" marking the cut: where a
 * 5,000-character name from a file would crowd out everything else (tooltips, press images).
 */
export function clipText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}
