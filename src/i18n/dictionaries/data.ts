/** The Data view: what is loaded, importing one's own files. */
export const vi = {
  dataTitle: 'Dữ liệu đang dùng',
  dataIntro:
    'Các tệp dữ liệu đang được bảng điều khiển sử dụng. Dữ liệu đi kèm gồm số liệu thực có nguồn và dữ liệu minh họa.',
  dataColumnDataset: 'Bộ dữ liệu',
  dataColumnFile: 'Tệp',
  dataColumnOrigin: 'Nguồn gốc',
  dataColumnRows: 'Số dòng',
  dataColumnLoadedAt: 'Nạp lúc',
  dataOriginBundled: 'Đi kèm',
  dataOriginUploaded: 'Tải lên',
  datasetOcopProducts: 'Sản phẩm OCOP',
  datasetMous: 'Biên bản ghi nhớ',
  datasetDistribution: 'Phân phối',
  datasetEvents: 'Sự kiện xúc tiến',
  datasetTargets: 'Chỉ tiêu',
};

export const en: Record<keyof typeof vi, string> = {
  dataTitle: 'Data in use',
  dataIntro:
    'The data files the dashboard is using. The bundled data holds real, sourced figures and illustrative data.',
  dataColumnDataset: 'Dataset',
  dataColumnFile: 'File',
  dataColumnOrigin: 'Origin',
  dataColumnRows: 'Rows',
  dataColumnLoadedAt: 'Loaded at',
  dataOriginBundled: 'Bundled',
  dataOriginUploaded: 'Uploaded',
  datasetOcopProducts: 'OCOP products',
  datasetMous: 'MoUs',
  datasetDistribution: 'Distribution',
  datasetEvents: 'Trade events',
  datasetTargets: 'Targets',
};
