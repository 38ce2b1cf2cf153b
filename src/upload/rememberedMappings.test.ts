import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headerSignature } from '../ingest/mapHeaders';
import { recallMapping, rememberMapping } from './rememberedMappings';

// Node has no localStorage: a Map-backed stand-in with the same methods.
beforeEach(() => {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('remembered mappings', () => {
  it('come back for a file whose header row differs only in case, diacritics or spacing', () => {
    const header = ['Địa bàn', 'Năm công nhận', 'Số sao'];
    rememberMapping(headerSignature(header), {
      dataset: 'ocop_products',
      mapping: { province: 0, year: 1, star: 2 },
    });
    const again = headerSignature(['ĐỊA BÀN', 'Nam cong nhan', ' Số  sao ']);
    expect(recallMapping(again, 3)).toEqual({
      dataset: 'ocop_products',
      mapping: { province: 0, year: 1, star: 2 },
    });
    expect(recallMapping(headerSignature(['Tỉnh', 'Năm', 'Số sao']), 3)).toBeUndefined();
  });

  it('ignore what they cannot trust: an unknown dataset, indexes outside the header, unreadable text', () => {
    const signature = headerSignature(['a', 'b']);
    localStorage.setItem(`ocop-dashboard.mapping.${signature}`, '{"dataset":"nope","mapping":{}}');
    expect(recallMapping(signature, 2)).toBeUndefined();
    localStorage.setItem(
      `ocop-dashboard.mapping.${signature}`,
      '{"dataset":"mous","mapping":{"date":0,"party_a":5,"party_b":-1,"event":1.5}}',
    );
    expect(recallMapping(signature, 2)).toEqual({ dataset: 'mous', mapping: { date: 0 } });
    localStorage.setItem(`ocop-dashboard.mapping.${signature}`, '{not json');
    expect(recallMapping(signature, 2)).toBeUndefined();
  });
});

describe('remembered value maps', () => {
  it('come back with the mapping for the same header row, and anything malformed is dropped', () => {
    const header = ['Tỉnh', 'Năm', 'Số sao', 'Nhóm sản phẩm'];
    rememberMapping(headerSignature(header), {
      dataset: 'ocop_products',
      mapping: { province: 0, year: 1, star: 2, product_group: 3 },
      values: { productGroup: { 'nong san dac san vung': 'food' }, province: { 'ha noi cu': 'Hà Nội' } },
      layout: '34',
    });
    const recalled = recallMapping(headerSignature(header), header.length);
    expect(recalled?.values).toEqual({
      productGroup: { 'nong san dac san vung': 'food' },
      province: { 'ha noi cu': 'Hà Nội' },
    });
    expect(recalled?.layout).toBe('34');

    localStorage.setItem(
      `ocop-dashboard.mapping.${headerSignature(['a', 'b'])}`,
      JSON.stringify({
        dataset: 'mous',
        mapping: {},
        values: { star: { x: 7 }, bogus: { y: 'z' } },
        layout: '99',
      }),
    );
    const malformed = recallMapping(headerSignature(['a', 'b']), 2);
    expect(malformed?.values).toBeUndefined();
    expect(malformed?.layout).toBeUndefined();
  });
});
