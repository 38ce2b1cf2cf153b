/**
 * The large distribution systems named in seed 004 (Báo Sóc Trăng, 2020) as taking part in Sóc Trăng's
 * 2020 conference, as data/README.md ("Known distributors") lists them: the article's wording, and the
 * short name the data uses for it (null when no source places it on HCMC or Hanoi shelves).
 */
export interface KnownDistributor {
  readonly articleName: string;
  readonly dataName: string | null;
}

export const KNOWN_DISTRIBUTORS_SOURCE =
  'Báo Sóc Trăng (baosoctrang.org.vn), "Sóc Trăng đẩy mạnh kết nối cung cầu, liên kết sản xuất, tiêu thụ sản phẩm OCOP và đặc sản vùng miền", Quang Bình, 2020';

export const KNOWN_DISTRIBUTORS: readonly KnownDistributor[] = [
  { articleName: 'Liên hiệp HTX Thương mại TP. Hồ Chí Minh (Saigon Co.op)', dataName: 'Saigon Co.op' },
  { articleName: 'Tập đoàn Central Retail Việt Nam (Siêu thị Big C)', dataName: 'Central Retail (Big C)' },
  { articleName: 'Công ty TNHH MM Mega Market Việt Nam', dataName: 'MM Mega Market' },
  { articleName: 'Công ty TNHH Bán lẻ BRG', dataName: 'BRG Retail' },
  { articleName: 'Công ty CP Thương mại Bách Hóa Xanh', dataName: 'Bách Hóa Xanh' },
  { articleName: 'Công ty CP VINAGREENCO (VGC)', dataName: 'VinaGreenCo' },
  { articleName: 'Công ty TNHH XNK Trái cây Chánh Thu', dataName: null },
  { articleName: 'siêu thị Tứ Sơn', dataName: null },
];
