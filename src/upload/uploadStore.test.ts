import { describe, expect, it } from 'vitest';
import { byteParts, PART_BYTES, PART_CHARS, textParts } from './uploadStore';

describe('textParts', () => {
  it('cuts a long text into parts that join back exactly, surrogate pairs and all', () => {
    const text = 'Hà Nội,🍵 trà,"Sóc Trăng"\n'.repeat(50);
    for (const size of [1, 2, 3, 7, 64, text.length, text.length + 1]) {
      const parts = textParts(text, size);
      expect(parts.join('')).toBe(text);
      expect(parts.length).toBe(Math.ceil(text.length / size));
      expect(parts.every((p) => p.length <= size)).toBe(true);
    }
    expect(textParts('')).toEqual([]);
  });

  it('keeps each part far below the one-value limit Chromium was measured to refuse (133,169,152 bytes)', () => {
    // Two bytes a character once a text holds one Vietnamese letter.
    expect(PART_CHARS * 2).toBeLessThan(133_169_152 / 2);
  });
});

describe('byteParts', () => {
  it('cuts Arrow bytes into parts that join back exactly, each far below Chromium’s one-value limit', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    for (const size of [1, 7, 999, 1000, 1001]) {
      const parts = byteParts(bytes, size);
      expect(parts.length).toBe(Math.ceil(bytes.length / size));
      expect(Uint8Array.from(parts.flatMap((p) => [...p]))).toEqual(bytes);
    }
    expect(byteParts(new Uint8Array(0))).toEqual([]);
    expect(PART_BYTES).toBeLessThan(133_169_152 / 2);
  });
});
