/**
 * The data contract: every dataset a user may load, its canonical columns, their value kinds and the
 * header aliases accepted for them. One schema drives header mapping, validation, the DuckDB table
 * layout and data/README.md, so they cannot drift apart.
 */

export const DATASET_IDS = [
  'ocop_products',
  'mous',
  'distribution',
  'events',
  'targets',
  'national_totals',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/**
 * How a raw cell is read and what it becomes.
 * - province: a name (any spelling) or a two-digit statistics code, resolved against the 63 or the 34
 *   layout depending on the row's date (see model/provinces.ts); stored as code + layout.
 * - provinceList: several provinces separated by ";" or ",", or just a number of provinces.
 * - year: 4-digit year 2000..2100, or a date (its year). date: dd/mm/yyyy, yyyy-mm-dd or an Excel serial number.
 * - count: a non-negative integer, Vietnamese ("1.204") or plain ("1204") formatting.
 * - star: 3, 4, 5, potential-5 or proposed-5 ("4 sao", "4★", "Hạng 4", "Tiềm năng 5 sao", "Đề nghị công nhận 5 sao").
 * - productGroup, mouType, producerType, channelType, dataKind: one of a closed list (model/ocop.ts).
 * - destinationOrProvince: a province (HCMC, Hanoi or another one).
 * - text: free text, kept as written (trimmed, NFC).
 * - targetProvince: a province or "all" (cả nước / tất cả).
 * - number: a non-negative decimal ("1.234,5").
 */
export type ColumnKind =
  | 'province'
  | 'provinceList'
  | 'year'
  | 'date'
  | 'count'
  | 'number'
  | 'star'
  | 'productGroup'
  | 'mouType'
  | 'producerType'
  | 'channelType'
  | 'dataKind'
  | 'targetProvince'
  | 'text';

export interface ColumnSpec {
  /** Canonical English column name, as in data/README.md. */
  readonly name: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /**
   * Header spellings accepted besides `name`; compared after the one name normalization (which ignores
   * punctuation: write "nhóm bộ sản phẩm", not "nhóm, bộ sản phẩm", and "Nhóm/bộ sản phẩm" still matches).
   */
  readonly aliases: readonly string[];
}

/**
 * Headers of a column that holds a date from which a row's year can be read, for a file with no year
 * column ("Ngày công nhận" in an OCOP list, "Ngày" in a distribution report). Also the spellings of a
 * cell that holds a decision with its date ("Số 123/QĐ-UBND ngày 01/8/2020"), tried last.
 */
const DATE_HEADERS: readonly string[] = [
  'ngày công nhận',
  'ngày cấp',
  'ngày cấp giấy chứng nhận',
  'ngày cấp chứng nhận',
  'ngày quyết định',
  'ngày quyết định công nhận',
  'ngày ký quyết định',
  'thời gian công nhận',
  'ngày tháng năm công nhận',
  'ngày đánh giá',
  'ngày phân hạng',
  'ngày ký',
  'ngày',
  'thời gian',
  'recognition date',
  'date',
];

const DECISION_HEADERS: readonly string[] = [
  'quyết định công nhận',
  'số quyết định',
  'số ngày quyết định',
  'số và ngày quyết định',
  'số quyết định ngày',
  'số qđ ngày',
  'số qđ công nhận',
  'quyết định',
];

export const DATE_HEADERS_FOR_YEAR: readonly string[] = [...DATE_HEADERS, ...DECISION_HEADERS];

export interface DatasetSpec {
  readonly id: DatasetId;
  readonly columns: readonly ColumnSpec[];
  /** The column whose value decides whether provinces are keyed by the 63 or the 34 layout. */
  readonly periodColumn: 'year' | 'date';
}

const source: ColumnSpec = {
  name: 'source',
  kind: 'text',
  required: false,
  aliases: ['nguồn', 'nguồn số liệu', 'nguồn dữ liệu', 'trích nguồn'],
};

/** real (a sourced, published or official figure) or illustrative (generated for demonstration). */
const dataKind: ColumnSpec = {
  name: 'data_kind',
  kind: 'dataKind',
  required: false,
  aliases: ['loại dữ liệu', 'tính chất dữ liệu', 'kind'],
};

export const DATASETS: Readonly<Record<DatasetId, DatasetSpec>> = {
  ocop_products: {
    id: 'ocop_products',
    periodColumn: 'year',
    columns: [
      {
        name: 'province',
        kind: 'province',
        required: true,
        aliases: [
          'tỉnh/thành phố',
          'tỉnh',
          'tỉnh thành',
          'địa phương',
          'tỉnh/tp',
          'mã tỉnh',
          'province_code',
        ],
      },
      {
        name: 'year',
        kind: 'year',
        required: true,
        aliases: [
          'năm công nhận',
          'năm',
          'năm đánh giá',
          'năm được công nhận',
          'năm phân hạng',
          'năm xếp hạng',
          'năm đạt',
          'năm được chứng nhận',
          'năm chứng nhận',
          'năm cấp',
        ],
      },
      {
        name: 'star',
        kind: 'star',
        required: true,
        aliases: [
          'số sao',
          'hạng sao',
          'hạng',
          'xếp hạng',
          'phân hạng',
          'kết quả phân hạng',
          'xếp hạng sao',
          'hạng sao ocop',
          'số sao đạt',
          'số sao đạt được',
          'hạng sao đạt được',
          'hạng sao đạt',
          'phân hạng sao',
          'kết quả đánh giá',
          'kết quả đánh giá phân hạng',
          'mức sao',
          'stars',
          'rating',
        ],
      },
      {
        name: 'product_group',
        kind: 'productGroup',
        required: false,
        aliases: [
          'nhóm sản phẩm',
          'nhóm',
          'bộ sản phẩm',
          'ngành hàng',
          'nhóm ngành',
          'phân nhóm',
          'nhóm sản phẩm ocop',
          'nhóm bộ sản phẩm',
          'phân nhóm sản phẩm',
          'group',
        ],
      },
      {
        name: 'count',
        kind: 'count',
        required: false,
        aliases: ['số lượng', 'số sản phẩm', 'số lượng sản phẩm', 'sl'],
      },
      {
        name: 'product_name',
        kind: 'text',
        required: false,
        aliases: ['tên sản phẩm', 'sản phẩm', 'product', 'tên sản phẩm ocop', 'sản phẩm ocop'],
      },
      {
        name: 'producer',
        kind: 'text',
        required: false,
        aliases: [
          'chủ thể',
          'chủ thể sản xuất',
          'đơn vị sản xuất',
          'cơ sở sản xuất',
          'nhà sản xuất',
          'tên chủ thể',
          'chủ thể ocop',
          'chủ thể sản phẩm',
          'tên chủ thể sản xuất',
          'tên cơ sở',
          'cơ sở',
        ],
      },
      {
        name: 'producer_type',
        kind: 'producerType',
        required: false,
        aliases: ['loại hình chủ thể', 'loại chủ thể', 'loại hình'],
      },
      source,
      dataKind,
      // Last, so that uploads stored before it existed still restore (their rows get no date).
      {
        name: 'recognition_date',
        kind: 'date',
        required: false,
        // The date headers a year is read from; "Ngày ký" is the MoU date's, not an OCOP list's.
        aliases: DATE_HEADERS.filter((header) => header !== 'ngày ký'),
      },
    ],
  },
  mous: {
    id: 'mous',
    periodColumn: 'date',
    columns: [
      {
        name: 'date',
        kind: 'date',
        required: true,
        aliases: ['ngày ký', 'ngày', 'thời gian ký', 'ngày ký kết'],
      },
      { name: 'event', kind: 'text', required: false, aliases: ['sự kiện', 'hội nghị', 'chương trình'] },
      { name: 'party_a', kind: 'text', required: true, aliases: ['bên a', 'đơn vị ký bên a'] },
      {
        name: 'party_a_province',
        kind: 'province',
        required: true,
        aliases: ['tỉnh bên a', 'địa phương bên a'],
      },
      { name: 'party_b', kind: 'text', required: true, aliases: ['bên b', 'đơn vị ký bên b'] },
      {
        name: 'party_b_province',
        kind: 'province',
        required: true,
        aliases: ['tỉnh bên b', 'địa phương bên b'],
      },
      {
        name: 'mou_type',
        kind: 'mouType',
        required: true,
        aliases: ['loại biên bản', 'loại ghi nhớ', 'hình thức', 'loại'],
      },
      {
        name: 'count',
        kind: 'count',
        required: false,
        aliases: ['số lượng', 'số biên bản', 'số biên bản ghi nhớ'],
      },
      source,
      dataKind,
    ],
  },
  distribution: {
    id: 'distribution',
    periodColumn: 'year',
    columns: [
      { name: 'year', kind: 'year', required: true, aliases: ['năm'] },
      {
        name: 'origin_province',
        kind: 'province',
        required: true,
        aliases: ['tỉnh xuất xứ', 'tỉnh cung ứng', 'xuất xứ', 'nguồn hàng', 'tỉnh'],
      },
      {
        name: 'destination',
        kind: 'province',
        required: true,
        aliases: ['nơi tiêu thụ', 'thị trường', 'điểm đến', 'tỉnh tiêu thụ'],
      },
      {
        name: 'distributor',
        kind: 'text',
        required: false,
        aliases: ['nhà phân phối', 'hệ thống phân phối', 'đơn vị phân phối'],
      },
      {
        name: 'channel_type',
        kind: 'channelType',
        required: false,
        aliases: ['kênh phân phối', 'loại kênh', 'kênh'],
      },
      {
        name: 'product_count',
        kind: 'count',
        required: true,
        aliases: ['số sản phẩm', 'số lượng sản phẩm', 'số lượng', 'count'],
      },
      { name: 'product_group', kind: 'productGroup', required: false, aliases: ['nhóm sản phẩm', 'nhóm'] },
      source,
      dataKind,
    ],
  },
  events: {
    id: 'events',
    periodColumn: 'date',
    columns: [
      { name: 'date', kind: 'date', required: true, aliases: ['ngày', 'thời gian', 'ngày tổ chức'] },
      {
        name: 'name',
        kind: 'text',
        required: true,
        aliases: ['tên sự kiện', 'sự kiện', 'tên chương trình', 'event'],
      },
      {
        name: 'host_province',
        kind: 'province',
        required: true,
        aliases: ['địa phương tổ chức', 'tỉnh tổ chức', 'nơi tổ chức'],
      },
      {
        name: 'participating_provinces',
        kind: 'provinceList',
        required: false,
        aliases: ['tỉnh tham gia', 'số tỉnh tham gia', 'các tỉnh tham gia'],
      },
      {
        name: 'businesses',
        kind: 'count',
        required: false,
        aliases: ['số doanh nghiệp', 'doanh nghiệp tham gia', 'số dn'],
      },
      {
        name: 'products_shown',
        kind: 'count',
        required: false,
        aliases: ['số sản phẩm', 'sản phẩm trưng bày', 'số sản phẩm trưng bày'],
      },
      {
        name: 'mous_signed',
        kind: 'count',
        required: false,
        aliases: ['số biên bản ký', 'biên bản ghi nhớ', 'số mou', 'mou'],
      },
      source,
      dataKind,
    ],
  },
  targets: {
    id: 'targets',
    periodColumn: 'year',
    columns: [
      { name: 'metric', kind: 'text', required: true, aliases: ['chỉ tiêu', 'chỉ số'] },
      {
        name: 'province',
        kind: 'targetProvince',
        required: true,
        aliases: ['tỉnh/thành phố', 'tỉnh', 'địa phương'],
      },
      { name: 'year', kind: 'year', required: true, aliases: ['năm', 'năm kế hoạch'] },
      {
        name: 'target',
        kind: 'number',
        required: true,
        aliases: ['mục tiêu', 'kế hoạch', 'chỉ tiêu kế hoạch'],
      },
      source,
      dataKind,
    ],
  },
  /**
   * Published nationwide figures (the Central NTM Coordination Office, the ministry), one row per
   * publication: the reference the provincial rows are read against. Products are a stock (rated
   * 3 stars or more and certified at `date`); shares are percentages of that stock.
   */
  national_totals: {
    id: 'national_totals',
    periodColumn: 'date',
    columns: [
      {
        name: 'date',
        kind: 'date',
        required: true,
        aliases: ['tính đến ngày', 'thời điểm', 'ngày công bố'],
      },
      {
        name: 'products',
        kind: 'count',
        required: true,
        aliases: ['tổng số sản phẩm ocop', 'sản phẩm ocop cả nước', 'tổng số sản phẩm'],
      },
      {
        name: 'five_star',
        kind: 'count',
        required: false,
        aliases: ['số sản phẩm 5 sao', 'sản phẩm 5 sao'],
      },
      {
        name: 'three_star_share',
        kind: 'number',
        required: false,
        aliases: ['tỷ lệ 3 sao', 'tỉ lệ 3 sao', '% 3 sao'],
      },
      {
        name: 'four_star_share',
        kind: 'number',
        required: false,
        aliases: ['tỷ lệ 4 sao', 'tỉ lệ 4 sao', '% 4 sao'],
      },
      source,
      dataKind,
    ],
  },
};
