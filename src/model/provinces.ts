/**
 * Provinces of Vietnam in the two administrative layouts the dashboard has to join across.
 *
 * CODES ARE ONLY MEANINGFUL TOGETHER WITH A LAYOUT. The 34-unit layout reuses statistics codes of the
 * 63-unit layout for different units: 80 is Long An in '63' but Tây Ninh in '34'; likewise 82 Tiền Giang
 * vs Đồng Tháp, 24 Bắc Giang vs Bắc Ninh, 15 Yên Bái vs Lào Cai, 44 Quảng Bình vs Quảng Trị, 52 Bình Định
 * vs Gia Lai, 91 Kiên Giang vs An Giang. Always store (code, layout) pairs, never a bare code.
 *
 * - '63': the provinces and centrally-run cities before 1 July 2025, codes of the statistics office.
 * - '34': the units after Resolution 202/2025/QH15 (in force 1 July 2025), codes per Decision
 *   19/2025/QĐ-TTg.
 */

import type { RegionId } from './regions.ts';

export type Layout = '63' | '34';

/**
 * The contract's explicit "not stated" province, for a party or place the source does not name
 * ("không xác định"). Rows carrying it count in totals but are never credited to a province: the fact
 * tables give them no unit (queries/facts.ts), so no list, map or link can show them as one.
 */
export const NOT_STATED_CODE = '00';
export const NOT_STATED_SPELLINGS: readonly string[] = [
  'không xác định',
  'chưa xác định',
  'không nêu',
  'không nêu tên',
  'không rõ',
  'not stated',
];

/** Resolution 202/2025/QH15 takes effect. */
export const MERGER_DATE = '2025-07-01';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The layout in force on an ISO date (yyyy-mm-dd, optionally followed by a time). */
export function layoutForDate(isoDate: string): Layout {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`layoutForDate expects yyyy-mm-dd, got "${isoDate}"`);
  // ISO dates order lexicographically, so a string comparison is a date comparison.
  return isoDate.slice(0, 10) < MERGER_DATE ? '63' : '34';
}

/**
 * The layout for a row that only carries a year. 2025 is read as pre-merger: yearly figures for 2025
 * are published for the 63 units (the year was mostly over, and plans/targets were set per old unit).
 */
export function layoutForYear(year: number): Layout {
  return year <= 2025 ? '63' : '34';
}

export type ProvinceKind = 'province' | 'city';

export interface Province63 {
  readonly code: string;
  /** Vietnamese display name, as written in a chart label. */
  readonly name: string;
  readonly nameAscii: string;
  readonly nameEn: string;
  /** 'city' = centrally-run city (thành phố trực thuộc trung ương). */
  readonly kind: ProvinceKind;
  readonly region: RegionId;
  /** Code, in the '34' layout, of the unit this one became part of on 1 July 2025. */
  readonly newCode: string;
  /** Other spellings accepted by the resolver (compared through nameKey). */
  readonly aliases: readonly string[];
}

export interface Province34 {
  readonly code: string;
  readonly name: string;
  readonly nameAscii: string;
  readonly nameEn: string;
  readonly kind: ProvinceKind;
  readonly region: RegionId;
  /** Codes, in the '63' layout, of the units merged into this one (sorted). */
  readonly constituents: readonly string[];
  readonly aliases: readonly string[];
}

// Alias lists shared by an old unit and the new unit that kept its name.
const HA_NOI = ['Hanoi', 'Ha Noi City', 'Hanoi City', 'Thủ đô Hà Nội', 'HN'];
const HCMC = [
  'TP.HCM',
  'TP. HCM',
  'TPHCM',
  'TP HCM',
  'HCM',
  'HCMC',
  'HCM City',
  'Thành phố Hồ Chí Minh',
  'Ho Chi Minh City',
  'Hồ Chí Minh',
  'Sài Gòn',
  'Saigon',
];
const HAI_PHONG = ['Haiphong', 'Hai Phong City'];
const DA_NANG = ['Danang', 'Da Nang City'];
const CAN_THO = ['Cantho', 'Can Tho City'];
const HUE = [
  'Huế',
  'Hue',
  'Hue City',
  'Thừa Thiên Huế',
  'Thừa Thiên – Huế',
  'Thua Thien Hue',
  'TT Huế',
  'TT-Huế',
];
const THANH_HOA = ['Thanh Hoá'];
const KHANH_HOA = ['Khánh Hoà'];
const DAK_LAK = ['Đắc Lắc', 'Daklak', 'Dak Lak', 'Đăk Lăk', 'Đắk Lăk'];

interface Names {
  name: string;
  nameAscii: string;
  /** Defaults to nameAscii. */
  nameEn?: string;
  kind?: ProvinceKind;
  aliases?: readonly string[];
}

function old(code: string, region: RegionId, newCode: string, n: Names): Province63 {
  return {
    code,
    name: n.name,
    nameAscii: n.nameAscii,
    nameEn: n.nameEn ?? n.nameAscii,
    kind: n.kind ?? 'province',
    region,
    newCode,
    aliases: n.aliases ?? [],
  };
}

function merged(code: string, region: RegionId, constituents: readonly string[], n: Names): Province34 {
  return {
    code,
    name: n.name,
    nameAscii: n.nameAscii,
    nameEn: n.nameEn ?? n.nameAscii,
    kind: n.kind ?? 'province',
    region,
    constituents: [...constituents].sort(),
    aliases: n.aliases ?? [],
  };
}

const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : 1);

export const PROVINCES_63: readonly Province63[] = [
  // Trung du và miền núi phía Bắc
  old('02', 'TDMNPB', '08', { name: 'Hà Giang', nameAscii: 'Ha Giang' }),
  old('04', 'TDMNPB', '04', { name: 'Cao Bằng', nameAscii: 'Cao Bang' }),
  old('06', 'TDMNPB', '19', { name: 'Bắc Kạn', nameAscii: 'Bac Kan', aliases: ['Bắc Cạn'] }),
  old('08', 'TDMNPB', '08', { name: 'Tuyên Quang', nameAscii: 'Tuyen Quang' }),
  old('10', 'TDMNPB', '15', { name: 'Lào Cai', nameAscii: 'Lao Cai' }),
  old('11', 'TDMNPB', '11', { name: 'Điện Biên', nameAscii: 'Dien Bien' }),
  old('12', 'TDMNPB', '12', { name: 'Lai Châu', nameAscii: 'Lai Chau' }),
  old('14', 'TDMNPB', '14', { name: 'Sơn La', nameAscii: 'Son La' }),
  old('15', 'TDMNPB', '15', { name: 'Yên Bái', nameAscii: 'Yen Bai' }),
  old('17', 'TDMNPB', '25', { name: 'Hòa Bình', nameAscii: 'Hoa Binh', aliases: ['Hoà Bình'] }),
  old('19', 'TDMNPB', '19', { name: 'Thái Nguyên', nameAscii: 'Thai Nguyen' }),
  old('20', 'TDMNPB', '20', { name: 'Lạng Sơn', nameAscii: 'Lang Son' }),
  old('24', 'TDMNPB', '24', { name: 'Bắc Giang', nameAscii: 'Bac Giang' }),
  old('25', 'TDMNPB', '25', { name: 'Phú Thọ', nameAscii: 'Phu Tho' }),
  // Đồng bằng sông Hồng
  old('01', 'DBSH', '01', {
    name: 'Hà Nội',
    nameAscii: 'Ha Noi',
    nameEn: 'Hanoi',
    kind: 'city',
    aliases: HA_NOI,
  }),
  old('22', 'DBSH', '22', { name: 'Quảng Ninh', nameAscii: 'Quang Ninh' }),
  old('26', 'DBSH', '25', { name: 'Vĩnh Phúc', nameAscii: 'Vinh Phuc' }),
  old('27', 'DBSH', '24', { name: 'Bắc Ninh', nameAscii: 'Bac Ninh' }),
  old('30', 'DBSH', '31', { name: 'Hải Dương', nameAscii: 'Hai Duong' }),
  old('31', 'DBSH', '31', {
    name: 'Hải Phòng',
    nameAscii: 'Hai Phong',
    kind: 'city',
    aliases: HAI_PHONG,
  }),
  old('33', 'DBSH', '33', { name: 'Hưng Yên', nameAscii: 'Hung Yen' }),
  old('34', 'DBSH', '33', { name: 'Thái Bình', nameAscii: 'Thai Binh' }),
  old('35', 'DBSH', '37', { name: 'Hà Nam', nameAscii: 'Ha Nam' }),
  old('36', 'DBSH', '37', { name: 'Nam Định', nameAscii: 'Nam Dinh' }),
  old('37', 'DBSH', '37', { name: 'Ninh Bình', nameAscii: 'Ninh Binh' }),
  // Bắc Trung Bộ và duyên hải miền Trung
  old('38', 'BTB_DHMT', '38', { name: 'Thanh Hóa', nameAscii: 'Thanh Hoa', aliases: THANH_HOA }),
  old('40', 'BTB_DHMT', '40', { name: 'Nghệ An', nameAscii: 'Nghe An' }),
  old('42', 'BTB_DHMT', '42', { name: 'Hà Tĩnh', nameAscii: 'Ha Tinh' }),
  old('44', 'BTB_DHMT', '44', { name: 'Quảng Bình', nameAscii: 'Quang Binh' }),
  old('45', 'BTB_DHMT', '44', { name: 'Quảng Trị', nameAscii: 'Quang Tri' }),
  // A province until 31 Dec 2024, then Huế city; the 63 layout keeps its province name and kind.
  old('46', 'BTB_DHMT', '46', { name: 'Thừa Thiên Huế', nameAscii: 'Thua Thien Hue', aliases: HUE }),
  old('48', 'BTB_DHMT', '48', { name: 'Đà Nẵng', nameAscii: 'Da Nang', kind: 'city', aliases: DA_NANG }),
  old('49', 'BTB_DHMT', '48', { name: 'Quảng Nam', nameAscii: 'Quang Nam' }),
  old('51', 'BTB_DHMT', '51', { name: 'Quảng Ngãi', nameAscii: 'Quang Ngai' }),
  old('52', 'BTB_DHMT', '52', { name: 'Bình Định', nameAscii: 'Binh Dinh' }),
  old('54', 'BTB_DHMT', '66', { name: 'Phú Yên', nameAscii: 'Phu Yen' }),
  old('56', 'BTB_DHMT', '56', { name: 'Khánh Hòa', nameAscii: 'Khanh Hoa', aliases: KHANH_HOA }),
  old('58', 'BTB_DHMT', '56', { name: 'Ninh Thuận', nameAscii: 'Ninh Thuan' }),
  old('60', 'BTB_DHMT', '68', { name: 'Bình Thuận', nameAscii: 'Binh Thuan' }),
  // Tây Nguyên
  old('62', 'TN', '51', { name: 'Kon Tum', nameAscii: 'Kon Tum', aliases: ['Kontum'] }),
  old('64', 'TN', '52', { name: 'Gia Lai', nameAscii: 'Gia Lai' }),
  old('66', 'TN', '66', { name: 'Đắk Lắk', nameAscii: 'Dak Lak', aliases: DAK_LAK }),
  old('67', 'TN', '68', {
    name: 'Đắk Nông',
    nameAscii: 'Dak Nong',
    aliases: ['Dak Nong', 'Daknong', 'Đắc Nông', 'Đăk Nông'],
  }),
  old('68', 'TN', '68', { name: 'Lâm Đồng', nameAscii: 'Lam Dong' }),
  // Đông Nam Bộ
  old('70', 'DNB', '75', { name: 'Bình Phước', nameAscii: 'Binh Phuoc' }),
  old('72', 'DNB', '80', { name: 'Tây Ninh', nameAscii: 'Tay Ninh' }),
  old('74', 'DNB', '79', { name: 'Bình Dương', nameAscii: 'Binh Duong' }),
  old('75', 'DNB', '75', { name: 'Đồng Nai', nameAscii: 'Dong Nai' }),
  old('77', 'DNB', '79', {
    name: 'Bà Rịa – Vũng Tàu',
    nameAscii: 'Ba Ria - Vung Tau',
    aliases: ['BR-VT', 'BRVT', 'Vũng Tàu', 'Bà Rịa Vũng Tàu'],
  }),
  old('79', 'DNB', '79', {
    name: 'TP. Hồ Chí Minh',
    nameAscii: 'TP. Ho Chi Minh',
    nameEn: 'Ho Chi Minh City',
    kind: 'city',
    aliases: HCMC,
  }),
  // Đồng bằng sông Cửu Long
  old('80', 'DBSCL', '80', { name: 'Long An', nameAscii: 'Long An' }),
  old('82', 'DBSCL', '82', { name: 'Tiền Giang', nameAscii: 'Tien Giang' }),
  old('83', 'DBSCL', '86', { name: 'Bến Tre', nameAscii: 'Ben Tre' }),
  old('84', 'DBSCL', '86', { name: 'Trà Vinh', nameAscii: 'Tra Vinh' }),
  old('86', 'DBSCL', '86', { name: 'Vĩnh Long', nameAscii: 'Vinh Long' }),
  old('87', 'DBSCL', '82', { name: 'Đồng Tháp', nameAscii: 'Dong Thap' }),
  old('89', 'DBSCL', '91', { name: 'An Giang', nameAscii: 'An Giang' }),
  old('91', 'DBSCL', '91', { name: 'Kiên Giang', nameAscii: 'Kien Giang' }),
  old('92', 'DBSCL', '92', { name: 'Cần Thơ', nameAscii: 'Can Tho', kind: 'city', aliases: CAN_THO }),
  old('93', 'DBSCL', '92', { name: 'Hậu Giang', nameAscii: 'Hau Giang' }),
  old('94', 'DBSCL', '92', { name: 'Sóc Trăng', nameAscii: 'Soc Trang' }),
  old('95', 'DBSCL', '96', { name: 'Bạc Liêu', nameAscii: 'Bac Lieu' }),
  old('96', 'DBSCL', '96', { name: 'Cà Mau', nameAscii: 'Ca Mau' }),
].sort(byCode);

export const PROVINCES_34: readonly Province34[] = [
  merged('01', 'DBSH', ['01'], {
    name: 'Hà Nội',
    nameAscii: 'Ha Noi',
    nameEn: 'Hanoi',
    kind: 'city',
    aliases: HA_NOI,
  }),
  merged('04', 'TDMNPB', ['04'], { name: 'Cao Bằng', nameAscii: 'Cao Bang' }),
  merged('08', 'TDMNPB', ['02', '08'], { name: 'Tuyên Quang', nameAscii: 'Tuyen Quang' }),
  merged('11', 'TDMNPB', ['11'], { name: 'Điện Biên', nameAscii: 'Dien Bien' }),
  merged('12', 'TDMNPB', ['12'], { name: 'Lai Châu', nameAscii: 'Lai Chau' }),
  merged('14', 'TDMNPB', ['14'], { name: 'Sơn La', nameAscii: 'Son La' }),
  merged('15', 'TDMNPB', ['10', '15'], { name: 'Lào Cai', nameAscii: 'Lao Cai' }),
  merged('19', 'TDMNPB', ['06', '19'], { name: 'Thái Nguyên', nameAscii: 'Thai Nguyen' }),
  merged('20', 'TDMNPB', ['20'], { name: 'Lạng Sơn', nameAscii: 'Lang Son' }),
  merged('22', 'DBSH', ['22'], { name: 'Quảng Ninh', nameAscii: 'Quang Ninh' }),
  merged('24', 'DBSH', ['24', '27'], { name: 'Bắc Ninh', nameAscii: 'Bac Ninh' }),
  merged('25', 'TDMNPB', ['17', '25', '26'], { name: 'Phú Thọ', nameAscii: 'Phu Tho' }),
  merged('31', 'DBSH', ['30', '31'], {
    name: 'Hải Phòng',
    nameAscii: 'Hai Phong',
    kind: 'city',
    aliases: HAI_PHONG,
  }),
  merged('33', 'DBSH', ['33', '34'], { name: 'Hưng Yên', nameAscii: 'Hung Yen' }),
  merged('37', 'DBSH', ['35', '36', '37'], { name: 'Ninh Bình', nameAscii: 'Ninh Binh' }),
  merged('38', 'BTB_DHMT', ['38'], { name: 'Thanh Hóa', nameAscii: 'Thanh Hoa', aliases: THANH_HOA }),
  merged('40', 'BTB_DHMT', ['40'], { name: 'Nghệ An', nameAscii: 'Nghe An' }),
  merged('42', 'BTB_DHMT', ['42'], { name: 'Hà Tĩnh', nameAscii: 'Ha Tinh' }),
  merged('44', 'BTB_DHMT', ['44', '45'], { name: 'Quảng Trị', nameAscii: 'Quang Tri' }),
  // Unchanged territory, renamed: the old name stays a direct alias rather than a merged-from name.
  merged('46', 'BTB_DHMT', ['46'], { name: 'Huế', nameAscii: 'Hue', kind: 'city', aliases: HUE }),
  merged('48', 'BTB_DHMT', ['48', '49'], {
    name: 'Đà Nẵng',
    nameAscii: 'Da Nang',
    kind: 'city',
    aliases: DA_NANG,
  }),
  merged('51', 'BTB_DHMT', ['51', '62'], { name: 'Quảng Ngãi', nameAscii: 'Quang Ngai' }),
  merged('52', 'TN', ['52', '64'], { name: 'Gia Lai', nameAscii: 'Gia Lai' }),
  merged('56', 'BTB_DHMT', ['56', '58'], { name: 'Khánh Hòa', nameAscii: 'Khanh Hoa', aliases: KHANH_HOA }),
  merged('66', 'TN', ['54', '66'], { name: 'Đắk Lắk', nameAscii: 'Dak Lak', aliases: DAK_LAK }),
  merged('68', 'TN', ['60', '67', '68'], { name: 'Lâm Đồng', nameAscii: 'Lam Dong' }),
  merged('75', 'DNB', ['70', '75'], { name: 'Đồng Nai', nameAscii: 'Dong Nai' }),
  merged('79', 'DNB', ['74', '77', '79'], {
    name: 'TP. Hồ Chí Minh',
    nameAscii: 'TP. Ho Chi Minh',
    nameEn: 'Ho Chi Minh City',
    kind: 'city',
    aliases: HCMC,
  }),
  merged('80', 'DNB', ['72', '80'], { name: 'Tây Ninh', nameAscii: 'Tay Ninh' }),
  merged('82', 'DBSCL', ['82', '87'], { name: 'Đồng Tháp', nameAscii: 'Dong Thap' }),
  merged('86', 'DBSCL', ['83', '84', '86'], { name: 'Vĩnh Long', nameAscii: 'Vinh Long' }),
  merged('91', 'DBSCL', ['89', '91'], { name: 'An Giang', nameAscii: 'An Giang' }),
  merged('92', 'DBSCL', ['92', '93', '94'], {
    name: 'Cần Thơ',
    nameAscii: 'Can Tho',
    kind: 'city',
    aliases: CAN_THO,
  }),
  merged('96', 'DBSCL', ['95', '96'], { name: 'Cà Mau', nameAscii: 'Ca Mau' }),
].sort(byCode);

const BY_CODE_63 = new Map(PROVINCES_63.map((p) => [p.code, p]));
const BY_CODE_34 = new Map(PROVINCES_34.map((p) => [p.code, p]));

/** The unit with this two-digit code in the '63' layout. */
export function province63(code: string): Province63 | undefined {
  return BY_CODE_63.get(code);
}

/** The unit with this two-digit code in the '34' layout. */
export function province34(code: string): Province34 | undefined {
  return BY_CODE_34.get(code);
}
