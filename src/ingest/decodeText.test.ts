import { describe, expect, it } from 'vitest';
import { utf8, utf8Bom, utf16 } from '../../e2e/fixtures/ingest/bytes.ts';
import { decodeText } from './decodeText.ts';

const SAMPLE = 'Tỉnh;Năm;Số sao\nĐồng Tháp;2023;4 sao\nThừa Thiên Huế;2024;5★\n';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(utf8Bom(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads plain UTF-8 (and pure ASCII) as utf-8', () => {
    expect(decodeText(utf8(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeText(utf8('a,b\n1,2\n'))).toEqual({ text: 'a,b\n1,2\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(SAMPLE, 'le', true))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, 'be', true))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 by its zero bytes, even with many Vietnamese letters', () => {
    const text = 'Thừa Thiên Huế\tỆ ỗ ữ ặ\tĐắk Lắk\n';
    expect(decodeText(utf16(text, 'le', false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, 'be', false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to windows-1258 and composes its combining tone marks (NFC)', () => {
    // "Tỉnh;Năm;Số sao\nĐồng Tháp" as Excel on a Vietnamese Windows writes it: ỉ = i + 0xD2 (hook above),
    // ố = ô (0xF4) + 0xEC (acute), ồ = ô + 0xCC (grave), ă = 0xE3, Đ = 0xD0, á = 0xE1.
    const bytes = new Uint8Array([
      0x54, 0x69, 0xd2, 0x6e, 0x68, 0x3b, 0x4e, 0xe3, 0x6d, 0x3b, 0x53, 0xf4, 0xec, 0x20, 0x73, 0x61, 0x6f,
      0x0a, 0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0x54, 0x68, 0xe1, 0x70,
    ]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1258');
    expect(text).toBe('Tỉnh;Năm;Số sao\nĐồng Tháp');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('NFC-normalizes decomposed (NFD) UTF-8 text', () => {
    const nfd = 'Thừa Thiên Huế'.normalize('NFD');
    expect(nfd).not.toBe('Thừa Thiên Huế');
    expect(decodeText(utf8(nfd)).text).toBe('Thừa Thiên Huế');
  });

  it('leaves U+037E, whose NFC is ";", for readCsv to normalize inside its cell', () => {
    // Shrunk counterexample of ingestPath.property.test.ts: NFC of the whole text made it a delimiter.
    const { text } = decodeText(utf8('Tên;Năm\nTrà\u037e loại 1;2023\ne\u0301\n'));
    expect(text).toBe('Tên;Năm\nTrà\u037e loại 1;2023\né\n');
  });

  it('decodes an empty file', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
