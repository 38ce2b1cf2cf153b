/**
 * Closed value lists shared by the importer (free text → id) and the UI (id → label). A cell matches an
 * entry when its nameKey equals the nameKey of the entry's id, Vietnamese label, English label or an alias.
 */

import { nameKey } from './nameKey.ts';

export interface Choice<Id extends string> {
  readonly id: Id;
  readonly vi: string;
  readonly en: string;
  readonly aliases: readonly string[];
}

export type ProductGroupId =
  | 'food'
  | 'beverage'
  | 'herbal'
  | 'handicraft'
  | 'ornamental'
  | 'tourism'
  | 'unspecified';

/**
 * The six OCOP product groups of Decision 148/QĐ-TTg (24/02/2023, Art. 1.1.a): "Thực phẩm; đồ uống;
 * dược liệu và sản phẩm từ dược liệu; hàng thủ công mỹ nghệ; sinh vật cảnh; và dịch vụ du lịch cộng
 * đồng, du lịch sinh thái và điểm du lịch". The 2019 groups (Decision 1048/QĐ-TTg: Thảo dược; Vải và
 * may mặc; Lưu niệm – nội thất – trang trí; Dịch vụ du lịch nông thôn và bán hàng) are aliases of the
 * group that took them over, as are the old ids `textile` and `souvenir_decor` (old URLs, stored uploads).
 */
export const PRODUCT_GROUPS: readonly Choice<ProductGroupId>[] = [
  {
    id: 'food',
    vi: 'Thực phẩm',
    en: 'Food',
    // and the kinds of food lists write in the group's column
    aliases: [
      'Nhóm thực phẩm',
      'Foods',
      'Food products',
      'Thực phẩm chế biến',
      'Thực phẩm tươi sống',
      'Thực phẩm sơ chế',
      'Nông sản tươi sống',
      'Nông sản sơ chế',
    ],
  },
  {
    id: 'beverage',
    vi: 'Đồ uống',
    en: 'Beverages',
    aliases: ['Nhóm đồ uống', 'Beverage', 'Drinks', 'Đồ uống có cồn', 'Đồ uống không cồn'],
  },
  {
    id: 'herbal',
    vi: 'Dược liệu và sản phẩm từ dược liệu',
    en: 'Medicinal herbs and herbal products',
    aliases: [
      'Nhóm dược liệu và sản phẩm từ dược liệu',
      'Dược liệu, sản phẩm từ dược liệu',
      'Dược liệu',
      'Nhóm dược liệu',
      'Sản phẩm từ dược liệu',
      // Decision 1048/QĐ-TTg (2019)
      'Thảo dược',
      'Nhóm thảo dược',
      'Sản phẩm thảo dược',
      'Herbal',
      'Herbal products',
      'Herbs',
      'Medicinal herbs',
    ],
  },
  {
    id: 'handicraft',
    vi: 'Thủ công mỹ nghệ',
    en: 'Handicrafts',
    aliases: [
      'Hàng thủ công mỹ nghệ',
      'Nhóm hàng thủ công mỹ nghệ',
      'Nhóm thủ công mỹ nghệ',
      'TCMN',
      'Handicraft',
      // Decision 1048/QĐ-TTg (2019): two groups merged into this one in 2023
      'Vải và may mặc',
      'Vải, may mặc',
      'Vải may mặc',
      'Dệt may',
      'May mặc',
      'Lưu niệm – nội thất – trang trí',
      'Lưu niệm, nội thất, trang trí',
      'Lưu niệm nội thất trang trí',
      'Đồ lưu niệm',
      'Thủ công mỹ nghệ, trang trí',
      // the ids of those two groups before 2023, kept so that old URLs and stored uploads resolve
      'textile',
      'souvenir_decor',
      'Textiles',
      'Textiles and garments',
      'Souvenirs',
      'Souvenirs, furniture and decoration',
    ],
  },
  {
    id: 'ornamental',
    vi: 'Sinh vật cảnh',
    en: 'Ornamental plants and animals',
    aliases: [
      'Nhóm sinh vật cảnh',
      'SVC',
      'Cây cảnh',
      'Hoa, cây cảnh',
      'Hoa cây cảnh',
      'Hoa, cây cảnh, động vật cảnh',
      'Ornamental',
      'Ornamentals',
    ],
  },
  {
    id: 'tourism',
    vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    en: 'Community tourism, ecotourism and tourist sites',
    aliases: [
      'Nhóm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      // wordings seen in provincial lists and the press
      'Dịch vụ du lịch cộng đồng, du lịch nông nghiệp và điểm du lịch',
      'Dịch vụ du lịch cộng đồng, du lịch và điểm du lịch',
      'Dịch vụ du lịch cộng đồng và điểm du lịch',
      'Dịch vụ du lịch cộng đồng và du lịch sinh thái',
      'Dịch vụ du lịch cộng đồng, du lịch sinh thái',
      'Dịch vụ du lịch cộng đồng',
      'Du lịch cộng đồng',
      'Du lịch sinh thái',
      'Dịch vụ du lịch',
      'Du lịch',
      // Decision 1048/QĐ-TTg (2019)
      'Dịch vụ du lịch nông thôn và bán hàng',
      'Dịch vụ du lịch nông thôn, bán hàng',
      'Tourism',
      'Tourism services',
      'Community tourism services and tourist sites',
    ],
  },
  {
    id: 'unspecified',
    vi: 'Chưa phân nhóm',
    en: 'Unspecified',
    aliases: ['Không phân nhóm', 'Chưa phân loại', 'Không xác định', 'Not specified'],
  },
];

export type StarLevelId = '3' | '4' | '5' | 'potential-5' | 'proposed-5';

/** OCOP ratings; free formats ("4★", "4 sao") are parsed by the importer, not listed here. */
export const STAR_LEVELS: readonly Choice<StarLevelId>[] = [
  { id: '3', vi: '3 sao', en: '3-star', aliases: [] },
  { id: '4', vi: '4 sao', en: '4-star', aliases: [] },
  { id: '5', vi: '5 sao', en: '5-star', aliases: [] },
  {
    id: 'potential-5',
    vi: 'Tiềm năng 5 sao',
    en: 'Potential 5-star',
    aliases: ['tiem nang 5 sao', '5 sao tiềm năng', 'potential 5', 'Tiềm năng', 'Potential five-star'],
  },
  // Rated by the province and sent to the centre for five-star recognition, not yet decided.
  {
    id: 'proposed-5',
    vi: 'Đề nghị công nhận 5 sao',
    en: 'Proposed 5-star',
    aliases: [
      'Đề nghị 5 sao',
      'Đề nghị công nhận 5 sao quốc gia',
      'Đề xuất 5 sao',
      'Proposed 5',
      'Proposed five-star',
    ],
  },
];

export type MouTypeId = 'gov_gov' | 'gov_business' | 'business_business';

export const MOU_TYPES: readonly Choice<MouTypeId>[] = [
  {
    id: 'gov_gov',
    vi: 'Chính quyền – chính quyền',
    en: 'Government – government',
    aliases: ['Chính quyền với chính quyền', 'Địa phương – địa phương', 'Tỉnh – tỉnh', 'G2G'],
  },
  {
    id: 'gov_business',
    vi: 'Chính quyền – doanh nghiệp',
    en: 'Government – business',
    aliases: ['Chính quyền với doanh nghiệp', 'Địa phương – doanh nghiệp', 'Tỉnh – doanh nghiệp', 'G2B'],
  },
  {
    id: 'business_business',
    vi: 'Doanh nghiệp – doanh nghiệp',
    en: 'Business – business',
    aliases: ['Doanh nghiệp với doanh nghiệp', 'DN – DN', 'B2B'],
  },
];

export type ProducerTypeId = 'enterprise' | 'cooperative' | 'cooperative_group' | 'household';

export const PRODUCER_TYPES: readonly Choice<ProducerTypeId>[] = [
  {
    id: 'enterprise',
    vi: 'Doanh nghiệp',
    en: 'Enterprise',
    // The legal forms of the Law on Enterprises, as lists write them.
    aliases: [
      'DN',
      'Công ty',
      'Company',
      'Công ty TNHH',
      'Công ty trách nhiệm hữu hạn',
      'Công ty cổ phần',
      'CTCP',
      'Công ty hợp danh',
      'Doanh nghiệp tư nhân',
      'DNTN',
    ],
  },
  { id: 'cooperative', vi: 'Hợp tác xã', en: 'Cooperative', aliases: ['HTX', 'Co-op'] },
  {
    id: 'cooperative_group',
    vi: 'Tổ hợp tác',
    en: 'Cooperative group',
    aliases: ['THT', 'Tổ hợp tác sản xuất'],
  },
  {
    id: 'household',
    vi: 'Hộ kinh doanh, hộ sản xuất',
    en: 'Household business',
    aliases: ['Hộ kinh doanh', 'Hộ sản xuất', 'Hộ sản xuất kinh doanh', 'Hộ gia đình', 'HKD', 'Household'],
  },
];

export type ChannelTypeId =
  | 'modern_retail'
  | 'traditional_market'
  | 'ocop_showroom'
  | 'ecommerce'
  | 'food_service';

export const CHANNEL_TYPES: readonly Choice<ChannelTypeId>[] = [
  {
    id: 'modern_retail',
    vi: 'Siêu thị, chuỗi bán lẻ hiện đại',
    en: 'Supermarkets and modern retail chains',
    aliases: ['Siêu thị', 'Chuỗi bán lẻ', 'Bán lẻ hiện đại', 'Kênh hiện đại', 'Modern retail', 'Supermarket'],
  },
  {
    id: 'traditional_market',
    vi: 'Chợ truyền thống, chợ đầu mối',
    en: 'Traditional and wholesale markets',
    aliases: ['Chợ truyền thống', 'Chợ đầu mối', 'Chợ', 'Kênh truyền thống', 'Traditional market'],
  },
  {
    id: 'ocop_showroom',
    vi: 'Điểm giới thiệu và bán sản phẩm OCOP',
    en: 'OCOP showrooms and outlets',
    aliases: ['Điểm bán OCOP', 'Điểm giới thiệu sản phẩm OCOP', 'Cửa hàng OCOP', 'OCOP showroom'],
  },
  {
    id: 'ecommerce',
    vi: 'Thương mại điện tử',
    en: 'E-commerce',
    aliases: ['TMĐT', 'Sàn thương mại điện tử', 'Sàn TMĐT', 'Trực tuyến', 'Online'],
  },
  {
    id: 'food_service',
    vi: 'Nhà hàng, bếp ăn tập thể',
    en: 'Restaurants and canteens',
    aliases: ['Nhà hàng', 'Bếp ăn tập thể', 'HoReCa', 'Food service'],
  },
];

export type DataKindId = 'real' | 'illustrative';

export const DATA_KINDS: readonly Choice<DataKindId>[] = [
  {
    id: 'real',
    vi: 'Số liệu thực, có nguồn',
    en: 'Real (sourced)',
    aliases: ['Số liệu thực', 'Thực', 'Có nguồn', 'Chính thức', 'Sourced', 'Official'],
  },
  {
    id: 'illustrative',
    vi: 'Dữ liệu minh họa',
    en: 'Illustrative',
    aliases: ['Dữ liệu minh hoạ', 'Minh họa', 'Minh hoạ', 'Dữ liệu mẫu', 'Demo', 'Synthetic'],
  },
];

// One index per list, built on first use (the importer calls resolveChoice per cell).
const indexes = new WeakMap<readonly Choice<string>[], Map<string, string>>();

function indexOf<Id extends string>(choices: readonly Choice<Id>[]): Map<string, Id> {
  const cached = indexes.get(choices);
  if (cached) return cached as Map<string, Id>;
  const index = new Map<string, Id>();
  for (const c of choices) {
    for (const spelling of [c.id, c.vi, c.en, ...c.aliases]) {
      const key = nameKey(spelling);
      const taken = index.get(key);
      // A closed list where one spelling means two things is a bug in the list, not in the data.
      if (taken !== undefined && taken !== c.id) {
        throw new Error(`"${spelling}" matches both "${taken}" and "${c.id}"`);
      }
      if (key !== '') index.set(key, c.id);
    }
  }
  indexes.set(choices, index);
  return index;
}

/** The id whose id, labels or aliases match input (through nameKey); undefined if none does. */
export function resolveChoice<Id extends string>(
  choices: readonly Choice<Id>[],
  input: string,
): Id | undefined {
  return indexOf(choices).get(nameKey(input));
}

/** The label of id in the given language; the id itself if it is not in the list. */
export function choiceLabel<Id extends string>(
  choices: readonly Choice<Id>[],
  id: Id,
  lang: 'vi' | 'en',
): string {
  const choice = choices.find((c) => c.id === id);
  return choice ? choice[lang] : id;
}
