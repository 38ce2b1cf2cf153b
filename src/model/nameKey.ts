/**
 * The one normalization used wherever a name or a header is matched (provinces, closed value lists,
 * column headers). Keeping a single function means a spelling that matches in one place matches in all.
 */

// Combining marks left over after NFD decomposition: Vietnamese tone marks, breve, circumflex, horn.
const COMBINING_MARKS = /\p{M}+/gu;
// Anything that is not a letter or a digit (spaces, NBSP, dots, hyphens, en dashes, slashes, brackets…).
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * 'TP. Hồ Chí Minh' → 'tp ho chi minh'; 'Bà Rịa–Vũng Tàu' → 'ba ria vung tau'.
 * Insensitive to NFC/NFD, tone marks, đ/Đ, case and the kind or amount of punctuation between words.
 */
export function nameKey(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      // đ/Đ are base letters, not d + mark, so NFD leaves them alone.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(SEPARATORS, ' ')
      .trim()
  );
}
