/**
 * UI text, Vietnamese first. English must have every key Vietnamese has (checked by the type).
 * `{name}` placeholders are filled by `translate`.
 */
export const vi = {
  appTitle: 'Liên kết thương mại & sản phẩm OCOP',
  appSubtitle: 'Kết nối cung cầu giữa TP. Hồ Chí Minh, Hà Nội và các tỉnh, thành',
  languageLabel: 'Ngôn ngữ',
  loadingDuckDb: 'Đang khởi động bộ máy dữ liệu (DuckDB)…',
  loadingData: 'Đang nạp dữ liệu đi kèm…',
  errorTitle: 'Không khởi động được bảng điều khiển',
  errorNoWebAssembly:
    'Trình duyệt này không chạy được WebAssembly (có thể đã bị tắt theo chính sách của cơ quan). Hãy bật WebAssembly hoặc dùng Chrome, Edge, Firefox bản mới.',
  errorNoWorker: 'Trình duyệt này không hỗ trợ Web Worker, cần có để xử lý dữ liệu ngay trên máy.',
  errorStartFailed: 'Bộ máy dữ liệu DuckDB không khởi động được.',
  errorDataLoad: 'Không nạp được dữ liệu đi kèm.',
  errorDetails: 'Chi tiết kỹ thuật',
  errorRetry: 'Thử lại',
  kpiOcopTotal: 'Sản phẩm OCOP được công nhận',
  kpiOcopTotalUnit: 'sản phẩm',
  kpiOcopTotalHint: 'Tổng số sản phẩm OCOP từ 3 sao trở lên, mọi tỉnh, mọi năm trong dữ liệu',
  chartOcopByStarTitle: 'Sản phẩm OCOP theo năm và hạng sao',
  chartOcopByStarSubtitle: 'Số sản phẩm được công nhận mỗi năm, toàn bộ các tỉnh trong dữ liệu',
  axisYear: 'Năm',
  axisProducts: 'Sản phẩm',
  illustrativeBadge: 'Có dữ liệu minh họa',
  illustrativeHint: 'Một phần số liệu này là dữ liệu minh họa được sinh tự động, không phải số liệu thực.',
  realBadge: 'Số liệu thực, có nguồn',
  sourceLine: 'Nguồn: {sources}',
  dataAsOf: 'Dữ liệu đến ngày {date}',
  noData: 'Chưa có dữ liệu',
  privacyNote: 'Mọi dữ liệu được xử lý ngay trên máy của bạn, không gửi đi đâu.',
  star3: '3 sao',
  star4: '4 sao',
  star5: '5 sao',
  starPotential5: 'Tiềm năng 5 sao',
} as const;

export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  appTitle: 'Trade linkage & OCOP products',
  appSubtitle: 'Supply–demand connection between Ho Chi Minh City, Hanoi and the provinces',
  languageLabel: 'Language',
  loadingDuckDb: 'Starting the data engine (DuckDB)…',
  loadingData: 'Loading the bundled data…',
  errorTitle: 'The dashboard could not start',
  errorNoWebAssembly:
    'This browser cannot run WebAssembly (it may be disabled by policy). Enable WebAssembly or use a recent Chrome, Edge or Firefox.',
  errorNoWorker:
    'This browser does not support Web Workers, which are needed to process data on this machine.',
  errorStartFailed: 'The DuckDB data engine failed to start.',
  errorDataLoad: 'The bundled data could not be loaded.',
  errorDetails: 'Technical details',
  errorRetry: 'Try again',
  kpiOcopTotal: 'Rated OCOP products',
  kpiOcopTotalUnit: 'products',
  kpiOcopTotalHint: 'All OCOP products rated 3 stars or more, every province and year in the data',
  chartOcopByStarTitle: 'OCOP products by year and star rating',
  chartOcopByStarSubtitle: 'Products rated each year, all provinces in the data',
  axisYear: 'Year',
  axisProducts: 'Products',
  illustrativeBadge: 'Includes illustrative data',
  illustrativeHint: 'Part of this figure is generated illustrative data, not real figures.',
  realBadge: 'Real, sourced figures',
  sourceLine: 'Source: {sources}',
  dataAsOf: 'Data as of {date}',
  noData: 'No data yet',
  privacyNote: 'All data is processed on your machine and never sent anywhere.',
  star3: '3-star',
  star4: '4-star',
  star5: '5-star',
  starPotential5: 'Potential 5-star',
};

export type Lang = 'vi' | 'en';
export const MESSAGES: Readonly<Record<Lang, Messages>> = { vi, en };

export function translate(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
