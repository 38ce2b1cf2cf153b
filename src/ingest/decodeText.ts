/**
 * Bytes of a CSV file → text. Vietnamese spreadsheets arrive as UTF-8 (with or without BOM), as Excel's
 * "Unicode text" (UTF-16LE, tab-separated) or in the legacy ANSI code page windows-1258.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

// Enough bytes to see the zero-byte pattern of UTF-16 without scanning a whole large file.
const SNIFF_BYTES = 4096;

/** 'le' / 'be' when the bytes look like BOM-less UTF-16: mostly ASCII/Latin text has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  // Vietnamese letters outside Latin-1 (ệ = 1E C7) have no zero byte, so demand only a third of pairs.
  if (zeroOdd >= pairs / 3 && zeroEven <= pairs / 20) return 'le';
  if (zeroEven >= pairs / 3 && zeroOdd <= pairs / 20) return 'be';
  return undefined;
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM: we strip BOMs ourselves; a second BOM-like character would be data.
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * NFC, so that names typed with combining marks (NFD, common from macOS) compare equal to precomposed ones,
 * except for U+037E GREEK QUESTION MARK: its NFC is ";", which would split its cell in a semicolon file.
 * It is the only character whose NFC is a separator, a quote or a line break; readCsv normalizes it
 * inside its cell.
 */
export function normalizeText(text: string): string {
  if (!text.includes('\u037e')) return text.normalize('NFC');
  // U+037E is a starter that composes with nothing, so NFC of the parts around it is NFC of the whole.
  return text
    .split('\u037e')
    .map((part) => part.normalize('NFC'))
    .join('\u037e');
}

function finish(text: string, encoding: TextEncodingName): DecodedText {
  return { text: normalizeText(text), encoding };
}

/** The encoding the first bytes reveal, and how many BOM bytes to skip; plain 'utf-8' may still turn out to be windows-1258. */
export function sniffEncoding(head: Uint8Array): {
  readonly encoding: Exclude<TextEncodingName, 'windows-1258'>;
  readonly bomLength: number;
} {
  const [b0, b1, b2] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8-bom', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = sniffUtf16(head);
  if (utf16 === 'le') return { encoding: 'utf-16le', bomLength: 0 };
  if (utf16 === 'be') return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** The WHATWG decoder label of each encoding we recognise. */
export const DECODER_LABEL: Readonly<Record<TextEncodingName, string>> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
};

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bomLength } = sniffEncoding(bytes);
  if (encoding !== 'utf-8')
    return finish(decodeWith(DECODER_LABEL[encoding], bytes.subarray(bomLength)), encoding);
  try {
    return finish(decodeWith('utf-8', bytes, true), 'utf-8');
  } catch {
    // Not valid UTF-8: the Vietnamese ANSI code page is what Excel on a Vietnamese Windows writes.
    // windows-1258 uses combining tone marks after the base letter; NFC in finish() composes them.
    return finish(decodeWith('windows-1258', bytes), 'windows-1258');
  }
}
