import { describe, expect, it } from 'vitest';
import { nameKey } from './nameKey.ts';
import {
  CHANNEL_TYPES,
  type Choice,
  choiceLabel,
  DATA_KINDS,
  MOU_TYPES,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
  resolveChoice,
  STAR_LEVELS,
} from './ocop.ts';

const LISTS: Record<string, readonly Choice<string>[]> = {
  PRODUCT_GROUPS,
  STAR_LEVELS,
  MOU_TYPES,
  PRODUCER_TYPES,
  CHANNEL_TYPES,
  DATA_KINDS,
};

describe('closed value lists', () => {
  it('have the agreed ids, in order', () => {
    expect(PRODUCT_GROUPS.map((c) => c.id)).toEqual([
      'food',
      'beverage',
      'herbal',
      'handicraft',
      'ornamental',
      'tourism',
      'unspecified',
    ]);
    expect(STAR_LEVELS.map((c) => c.id)).toEqual(['3', '4', '5', 'potential-5', 'proposed-5']);
    expect(MOU_TYPES.map((c) => c.id)).toEqual(['gov_gov', 'gov_business', 'business_business']);
    expect(PRODUCER_TYPES.map((c) => c.id)).toEqual([
      'enterprise',
      'cooperative',
      'cooperative_group',
      'household',
    ]);
    expect(CHANNEL_TYPES.map((c) => c.id)).toEqual([
      'modern_retail',
      'traditional_market',
      'ocop_showroom',
      'ecommerce',
      'food_service',
    ]);
    expect(DATA_KINDS.map((c) => c.id)).toEqual(['real', 'illustrative']);
  });

  it('never let one spelling mean two entries of the same list', () => {
    for (const [name, list] of Object.entries(LISTS)) {
      const owner = new Map<string, string>();
      for (const c of list) {
        for (const s of [c.id, c.vi, c.en, ...c.aliases]) {
          const key = nameKey(s);
          expect(key, `${name}: "${s}"`).not.toBe('');
          expect(owner.get(key) ?? c.id, `${name}: "${s}"`).toBe(c.id);
          owner.set(key, c.id);
        }
      }
    }
  });

  it('resolve every id, label and alias to its own entry', () => {
    for (const list of Object.values(LISTS)) {
      for (const c of list) {
        for (const s of [c.id, c.vi, c.en, ...c.aliases]) expect(resolveChoice(list, s), s).toBe(c.id);
      }
    }
  });

  it('do not list free star formats; the importer parses those', () => {
    for (const c of STAR_LEVELS) for (const a of c.aliases) expect(a).not.toMatch(/[★*]/);
  });
});

describe('resolveChoice', () => {
  it('matches through nameKey: case, diacritics, NFD and punctuation do not matter', () => {
    expect(resolveChoice(PRODUCT_GROUPS, 'THUC PHAM')).toBe('food');
    expect(resolveChoice(PRODUCT_GROUPS, 'Lưu niệm - nội thất - trang trí')).toBe('handicraft');
    expect(resolveChoice(PRODUCT_GROUPS, 'Thảo dược'.normalize('NFD'))).toBe('herbal');
    expect(resolveChoice(STAR_LEVELS, 'Tiềm năng 5 sao')).toBe('potential-5');
    expect(resolveChoice(STAR_LEVELS, '5 sao tiềm năng')).toBe('potential-5');
    expect(resolveChoice(STAR_LEVELS, 'Potential 5')).toBe('potential-5');
    expect(resolveChoice(STAR_LEVELS, '4 sao')).toBe('4');
    expect(resolveChoice(STAR_LEVELS, '4')).toBe('4');
    expect(resolveChoice(MOU_TYPES, 'Chính quyền - Doanh nghiệp')).toBe('gov_business');
    expect(resolveChoice(MOU_TYPES, 'gov-gov')).toBe('gov_gov');
    expect(resolveChoice(PRODUCER_TYPES, 'htx')).toBe('cooperative');
    expect(resolveChoice(PRODUCER_TYPES, 'THT')).toBe('cooperative_group');
    expect(resolveChoice(PRODUCER_TYPES, 'Hộ sản xuất')).toBe('household');
    expect(resolveChoice(CHANNEL_TYPES, 'Chợ đầu mối')).toBe('traditional_market');
    expect(resolveChoice(CHANNEL_TYPES, 'TMĐT')).toBe('ecommerce');
    expect(resolveChoice(DATA_KINDS, 'Dữ liệu minh hoạ')).toBe('illustrative');
    expect(resolveChoice(DATA_KINDS, 'real')).toBe('real');
  });

  it('returns undefined for anything not in the list', () => {
    expect(resolveChoice(PRODUCT_GROUPS, '')).toBeUndefined();
    expect(resolveChoice(PRODUCT_GROUPS, 'Thực')).toBeUndefined();
    expect(resolveChoice(STAR_LEVELS, '6 sao')).toBeUndefined();
    expect(resolveChoice(MOU_TYPES, 'doanh nghiệp')).toBeUndefined();
  });

  it('refuses a list where one spelling means two entries', () => {
    const broken: Choice<'a' | 'b'>[] = [
      { id: 'a', vi: 'Một', en: 'One', aliases: ['X'] },
      { id: 'b', vi: 'Hai', en: 'Two', aliases: ['x'] },
    ];
    expect(() => resolveChoice(broken, 'one')).toThrow(/matches both/);
  });
});

describe('the 2023 product groups (Decision 148/QĐ-TTg)', () => {
  it('read the groups as provinces write them since 2023, short forms included', () => {
    const written: [string, string][] = [
      ['Dịch vụ du lịch cộng đồng', 'tourism'],
      ['Du lịch cộng đồng', 'tourism'],
      ['Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'tourism'],
      ['Sinh vật cảnh', 'ornamental'],
      ['SVC', 'ornamental'],
      ['Hoa, cây cảnh', 'ornamental'],
      ['Cây cảnh', 'ornamental'],
      ['Dược liệu và sản phẩm từ dược liệu', 'herbal'],
      ['Dược liệu', 'herbal'],
      ['Thủ công mỹ nghệ', 'handicraft'],
      ['Hàng thủ công mỹ nghệ', 'handicraft'],
    ];
    for (const [text, id] of written) expect(resolveChoice(PRODUCT_GROUPS, text), text).toBe(id);
  });

  it('map the 2019 groups (Decision 1048/QĐ-TTg) and their old ids onto the 2023 ones', () => {
    expect(resolveChoice(PRODUCT_GROUPS, 'Thảo dược')).toBe('herbal');
    expect(resolveChoice(PRODUCT_GROUPS, 'Vải và may mặc')).toBe('handicraft');
    expect(resolveChoice(PRODUCT_GROUPS, 'Lưu niệm – nội thất – trang trí')).toBe('handicraft');
    expect(resolveChoice(PRODUCT_GROUPS, 'Dịch vụ du lịch nông thôn và bán hàng')).toBe('tourism');
    expect(resolveChoice(PRODUCT_GROUPS, 'textile')).toBe('handicraft');
    expect(resolveChoice(PRODUCT_GROUPS, 'souvenir_decor')).toBe('handicraft');
  });
});

describe('choiceLabel', () => {
  it('gives the label in the requested language', () => {
    expect(choiceLabel(PRODUCT_GROUPS, 'food', 'vi')).toBe('Thực phẩm');
    expect(choiceLabel(PRODUCT_GROUPS, 'food', 'en')).toBe('Food');
    expect(choiceLabel(STAR_LEVELS, 'potential-5', 'vi')).toBe('Tiềm năng 5 sao');
    expect(choiceLabel(STAR_LEVELS, 'potential-5', 'en')).toBe('Potential 5-star');
    expect(choiceLabel(STAR_LEVELS, '3', 'en')).toBe('3-star');
    expect(choiceLabel(MOU_TYPES, 'gov_gov', 'vi')).toBe('Chính quyền – chính quyền');
    expect(choiceLabel(DATA_KINDS, 'illustrative', 'vi')).toBe('Dữ liệu minh họa');
  });

  it('falls back to the id for an id that is not in the list', () => {
    expect(choiceLabel<string>(PRODUCT_GROUPS, 'nope', 'en')).toBe('nope');
  });
});
