/** Publish (Data view): the loaded data written as Parquet files and a manifest, for opening by URL. */
export const vi = {
  publishTitle: 'Xuất bản bộ dữ liệu',
  publishIntro:
    'Ghi dữ liệu đang dùng thành các tệp Parquet kèm manifest.json trong một tệp zip. Giải nén lên máy chủ web nội bộ để các đơn vị khác mở cùng số liệu qua đường dẫn.',
  publishTitleLabel: 'Tiêu đề bộ dữ liệu',
  publishDefaultTitle: 'Dữ liệu liên kết thương mại và sản phẩm OCOP',
  publishButton: 'Xuất bản (tải tệp zip)',
  publishBusy: 'Đang ghi tệp Parquet…',
  publishDone: 'Đã tạo {file} ({size}): {count} tệp Parquet, {rows} dòng.',
  publishNothing: 'Chưa có dữ liệu nào để xuất bản.',
  publishFailed: 'Không ghi được bộ dữ liệu ({detail}).',
  publishOutOfMemory: 'Trình duyệt không đủ bộ nhớ để ghi bộ dữ liệu này. Hãy đóng bớt thẻ khác rồi thử lại.',
};

export const en: Record<keyof typeof vi, string> = {
  publishTitle: 'Publish the dataset',
  publishIntro:
    'Writes the data in use as Parquet files plus manifest.json in one zip file. Unzip it on an intranet web server so other departments open the same figures by URL.',
  publishTitleLabel: 'Dataset title',
  publishDefaultTitle: 'OCOP trade linkage and product data',
  publishButton: 'Publish (download zip)',
  publishBusy: 'Writing Parquet files…',
  publishDone: 'Created {file} ({size}): {count} Parquet files, {rows} rows.',
  publishNothing: 'There is no data to publish yet.',
  publishFailed: 'The dataset could not be written ({detail}).',
  publishOutOfMemory: 'The browser ran out of memory writing this dataset. Close other tabs and try again.',
};
