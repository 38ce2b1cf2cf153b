/**
 * SQL expressions that mean what the JavaScript rules of ingest/ mean, for the values they can decide
 * alone (the others go to JavaScript once per distinct value, valueTables.ts). Each is tested against
 * the JavaScript rule it stands for (sqlText.test.ts).
 */

/** The characters String.prototype.trim removes: WhiteSpace and LineTerminator of ECMAScript. */
export const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** `expr.trim()` of JavaScript; `expr` is a VARCHAR expression (never NULL). */
export const jsTrim = (expr: string): string => `trim(${expr}, '${JS_WHITESPACE}')`;

const WHITESPACE_CODES = [...JS_WHITESPACE].map((c) => c.codePointAt(0)).join(', ');

/**
 * Whether a cell is empty as readCsv and normalizeRows see it (`cell.trim() === ''`); `expr` is never
 * NULL. Trimming every cell of a million rows is slow in DuckDB-WASM: only a cell that starts with
 * whitespace can be all whitespace.
 */
export const isBlank = (expr: string): string =>
  `(CASE WHEN ${expr} = '' THEN true WHEN ascii(${expr}) IN (${WHITESPACE_CODES}) THEN ${jsTrim(expr)} = '' ELSE false END)`;

/**
 * Cells parseText keeps exactly as written: printable ASCII without spaces at either end (trim and NFC
 * change nothing). Anything else goes through parseText once per distinct value.
 */
export const plainText = (expr: string): string => `regexp_full_match(${expr}, '[!-~](?:[ -~]*[!-~])?')`;

/**
 * Digits alone, the most common number and count: parseNumber / parseCount read them as the decimal
 * integer they spell (leading zeros dropped). Bounded so that DOUBLE and INTEGER hold them exactly.
 */
export const plainNumber = (expr: string): string => `regexp_full_match(${expr}, '[0-9]{1,15}')`;
export const plainCount = (expr: string): string => `regexp_full_match(${expr}, '[0-9]{1,9}')`;

/**
 * Not a total row for certain: its first letter or digit is an ASCII digit or an ASCII letter other
 * than c, g, t (every "Tổng cộng" / "Cộng" / "Total" / "Grand total" key starts with one of those).
 */
export const surelyNotTotal = (expr: string): string =>
  `regexp_matches(${expr}, '^[^\\p{L}\\p{N}]*[0-9abd-fh-su-zABD-FH-SU-Z]')`;

// ASCII digits and letters other than c, g, t (either case): a cell starting with one is no total.
const NOT_TOTAL_STARTS = [...'0123456789abdefhijklmnopqrsuvwxyzABDEFHIJKLMNOPQRSUVWXYZ'].map((c) =>
  c.charCodeAt(0),
);

/**
 * The cheap per-row form of surelyNotTotal, looking at the first character only: a non-empty cell that
 * starts with an ASCII digit or a letter other than c, g, t is no total.
 */
export const surelyNotTotalStart = (expr: string): string =>
  `(ascii(${expr}) IN (${NOT_TOTAL_STARTS.join(', ')}))`;

/** A VARCHAR literal for a constant of our own code (never a value from a file or from the user). */
export function constantLiteral(value: string | number | null): string {
  if (value === null) return 'NULL::VARCHAR';
  const text = String(value);
  if (!/^[\w .-]*$/.test(text)) throw new Error(`Not a plain constant: ${text}`);
  return `'${text}'`;
}

/**
 * A string sent to JavaScript intact: Arrow's decoder drops a leading U+FEFF from every value, so values
 * read back from the file travel with one character in front (`sent`) that `received` takes off.
 */
export const sent = (expr: string): string => `('.' || ${expr})`;
export const received = (value: string): string => value.slice(1);
