/** A dataset opened by URL (?data=): where it comes from, its progress and its problems. */
export const vi = {
  dataOriginPublished: 'Mở theo địa chỉ web',
  dataStatusHiddenByPublished: 'Đang ẩn vì đang mở bộ dữ liệu theo địa chỉ web',
  remoteOpening: 'Đang mở bộ dữ liệu từ {host}…',
  remoteOpeningFile: 'Đang đọc tệp {file}/{files}: {rows} / {total} dòng',
  remoteOpenLabel: 'Bộ dữ liệu đang mở',
  remoteFrom: 'từ {url}',
  remoteDataDate: 'số liệu đến ngày {date}',
  remotePublishedAt: 'xuất bản {date}',
  remoteRows: '{rows} dòng',
  remoteSummarised:
    'Tệp {file} có {rows} dòng: bảng điều khiển chỉ đọc các cột dùng để đếm (tỉnh, năm, hạng sao, nhóm, nguồn), gộp thành {kept} dòng; mọi số liệu vẫn đầy đủ, tên sản phẩm và chủ thể không được tải.',
  remoteWholeDownload:
    'Máy chủ {host} không hỗ trợ đọc từng phần (HTTP Range): đã tải về toàn bộ {size}. Nên bật Range trên máy chủ để mở nhanh hơn.',
  remoteRejectedRows:
    'Tệp {file}: {rows} dòng không hợp lệ đã được bỏ qua (mở tệp bằng trang Dữ liệu để xem lý do).',
  remoteClose: 'Đóng bộ dữ liệu này',
  remoteFailedTitle: 'Không mở được bộ dữ liệu',
  remoteKeptData: 'Dữ liệu đang dùng trước đó vẫn được giữ nguyên.',
  remoteProblemBadUrl: 'Địa chỉ "{url}" không phải là một địa chỉ web (http hoặc https).',
  remoteProblemOriginNotAllowed:
    'Bảng điều khiển này không được phép đọc dữ liệu từ {origin}. Quản trị viên cần khai báo nguồn này khi xây dựng bảng điều khiển (OCOP_DATA_ORIGINS).',
  remoteProblemUnreachable: 'Không kết nối được tới {url}. Hãy kiểm tra địa chỉ và mạng nội bộ.',
  remoteProblemCors:
    'Máy chủ của {url} có trả lời nhưng không cho phép trang này đọc dữ liệu (thiếu tiêu đề CORS Access-Control-Allow-Origin).',
  remoteProblemNotFound: 'Không tìm thấy tệp {url} trên máy chủ (lỗi 404).',
  remoteProblemHttpStatus: 'Máy chủ trả lời lỗi {status} khi đọc {url}.',
  remoteProblemTooLarge:
    'Máy chủ không hỗ trợ đọc từng phần (HTTP Range), nên phải tải toàn bộ tệp {url} ({size}), vượt giới hạn {limit} của trình duyệt này. Hãy bật Range trên máy chủ.',
  remoteProblemNotParquet: 'Tệp {url} không phải là tệp Parquet.',
  remoteProblemNotManifest:
    'Tệp {url} không phải là tệp mô tả bộ dữ liệu (manifest.json do bảng điều khiển xuất bản), tệp Parquet hay tệp CSV.',
  remoteProblemMissingFile: 'Tệp mô tả có nêu tệp {url}, nhưng máy chủ không có tệp này.',
  remoteProblemUnknownDataset:
    'Không xác định được tệp {url} thuộc bộ dữ liệu nào: hãy đặt tên tệp theo bộ dữ liệu (ví dụ ocop_products.parquet) hoặc mở qua manifest.json.',
  remoteProblemWrongColumns: 'Tệp {url} thiếu các cột: {columns}.',
  remoteProblemTooManyRows: 'Tệp {url} có {rows} dòng, vượt giới hạn {limit} dòng của trình duyệt này.',
  remoteProblemBadRows: 'Tệp {url} có giá trị không đúng kiểu ({detail}).',
  remoteProblemFailed: 'Không đọc được {url} ({detail}).',
} as const;

export const en: Record<keyof typeof vi, string> = {
  dataOriginPublished: 'Opened by URL',
  dataStatusHiddenByPublished: 'Hidden while a dataset opened by URL is open',
  remoteOpening: 'Opening the dataset from {host}…',
  remoteOpeningFile: 'Reading file {file}/{files}: {rows} / {total} rows',
  remoteOpenLabel: 'Dataset open',
  remoteFrom: 'from {url}',
  remoteDataDate: 'data up to {date}',
  remotePublishedAt: 'published {date}',
  remoteRows: '{rows} rows',
  remoteSummarised:
    'The file {file} has {rows} rows: the dashboard read only the columns it counts by (province, year, star, group, source), summed into {kept} rows; every figure is complete, product and producer names were not downloaded.',
  remoteWholeDownload:
    'The server {host} does not support partial reads (HTTP Range): the whole {size} was downloaded. Turn Range on for faster opening.',
  remoteRejectedRows:
    'File {file}: {rows} invalid rows were left out (import the file in the Data view to see why).',
  remoteClose: 'Close this dataset',
  remoteFailedTitle: 'The dataset could not be opened',
  remoteKeptData: 'The data in use before stays as it was.',
  remoteProblemBadUrl: '"{url}" is not a web address (http or https).',
  remoteProblemOriginNotAllowed:
    'This dashboard may not read data from {origin}. An administrator must name it when building the dashboard (OCOP_DATA_ORIGINS).',
  remoteProblemUnreachable: 'Could not connect to {url}. Check the address and the network.',
  remoteProblemCors:
    'The server of {url} answered but does not let this page read it (no CORS Access-Control-Allow-Origin header).',
  remoteProblemNotFound: 'The file {url} is not on the server (404).',
  remoteProblemHttpStatus: 'The server answered {status} for {url}.',
  remoteProblemTooLarge:
    'The server does not support partial reads (HTTP Range), so the whole file {url} ({size}) would have to be downloaded, above this browser’s limit of {limit}. Turn Range on at the server.',
  remoteProblemNotParquet: 'The file {url} is not a Parquet file.',
  remoteProblemNotManifest:
    'The file {url} is not a dataset manifest (the manifest.json the dashboard publishes), a Parquet file or a CSV file.',
  remoteProblemMissingFile: 'The manifest names the file {url}, which the server does not have.',
  remoteProblemUnknownDataset:
    'Which dataset {url} belongs to cannot be told: name the file after its dataset (e.g. ocop_products.parquet) or open it through manifest.json.',
  remoteProblemWrongColumns: 'The file {url} lacks the columns: {columns}.',
  remoteProblemTooManyRows: 'The file {url} has {rows} rows, above this browser’s limit of {limit} rows.',
  remoteProblemBadRows: 'The file {url} holds a value of the wrong type ({detail}).',
  remoteProblemFailed: 'Could not read {url} ({detail}).',
};
