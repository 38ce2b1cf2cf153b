import { describe, expect, it } from 'vitest';
import { DICTIONARIES, en, translate, vi } from './messages';

describe('UI dictionaries', () => {
  it('never define the same key in two feature dictionaries', () => {
    const keys = Object.values(DICTIONARIES).flatMap((d) => Object.keys(d.vi));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(vi).length).toBe(keys.length);
  });

  it('have an English text for every Vietnamese one, with the same placeholders', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'sourceLine', { sources: 'Báo Sóc Trăng' })).toBe('Nguồn: Báo Sóc Trăng');
    expect(translate('en', 'sourceLine')).toBe('Source: {sources}');
  });
});
