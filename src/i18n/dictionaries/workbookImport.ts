/** Importing Excel workbooks: the sheet picker and what is said about a workbook that cannot be read. */
export const vi = {
  importSizeLimitWorkbook: 'Sổ Excel được nén nên cần nhiều bộ nhớ hơn: đến {limit}.',
  importSheetLabel: 'Trang tính cần đọc',
  importSheetOption: '{sheet} ({rows} dòng)',
  importSheetOptionHidden: '{sheet} (ẩn, {rows} dòng)',
  importSheetOptionEmpty: '{sheet} (trống)',
  importSheetCount: 'Sổ Excel có {count} trang tính.',
  importSheetDefault:
    'Chọn sẵn trang tính hiện đầu tiên có dòng tiêu đề khớp với một bộ dữ liệu. Chọn trang tính khác thì phần xem trước và ghép cột bên dưới làm lại theo trang đó.',
  importSheetSingle: 'Sổ Excel, trang tính "{sheet}".',
  importWorkbookFacts: 'Sổ Excel · trang tính "{sheet}" · Dòng tiêu đề: dòng {row} (số dòng như trong Excel)',
  importProblemWorkbookEncrypted:
    'Sổ Excel "{file}" được đặt mật khẩu để mở (đã mã hóa) nên không đọc được. Trong Excel, mở tệp bằng mật khẩu, chọn Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu rồi lưu lại và nạp lại. Dữ liệu không thay đổi.',
  importProblemWorkbookUnreadable:
    'Không đọc được sổ Excel "{file}": tệp bị hỏng hoặc không đầy đủ. Hãy mở tệp trong Excel và lưu lại, hoặc chép lại tệp gốc, rồi nạp lại. Dữ liệu không thay đổi.',
  importProblemNotWorkbook:
    'Tệp "{file}" mang đuôi của sổ Excel nhưng bên trong không phải sổ Excel (có thể là tệp khác bị đổi đuôi). Hãy mở tệp bằng chương trình đã tạo ra nó và lưu thành "Sổ làm việc Excel (.xlsx)" hoặc "CSV UTF-8". Dữ liệu không thay đổi.',
  importProblemSheetTooLarge:
    'Trang tính này của sổ Excel "{file}" đọc ra {size} văn bản, vượt quá giới hạn {limit} mà trình duyệt này xử lý được. Hãy tách trang tính thành các sổ nhỏ hơn (ví dụ theo năm hoặc theo tỉnh) rồi nạp lần lượt. Dữ liệu không thay đổi.',
};

export const en: Record<keyof typeof vi, string> = {
  importSizeLimitWorkbook: 'Excel workbooks are compressed and take more memory: up to {limit}.',
  importSheetLabel: 'Sheet to read',
  importSheetOption: '{sheet} ({rows} rows)',
  importSheetOptionHidden: '{sheet} (hidden, {rows} rows)',
  importSheetOptionEmpty: '{sheet} (empty)',
  importSheetCount: 'This Excel workbook has {count} sheets.',
  importSheetDefault:
    'The first visible sheet whose header row matches a dataset is chosen for you. Choosing another sheet redoes the preview and the column matching below for it.',
  importSheetSingle: 'Excel workbook, sheet "{sheet}".',
  importWorkbookFacts: 'Excel workbook · sheet "{sheet}" · Header: row {row} (row numbers as in Excel)',
  importProblemWorkbookEncrypted:
    'The Excel workbook "{file}" has a password to open (it is encrypted), so it cannot be read. Open it in Excel with the password, use File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and load it again. The data has not changed.',
  importProblemWorkbookUnreadable:
    'The Excel workbook "{file}" could not be read: the file is damaged or incomplete. Open it in Excel and save it again, or copy the original again, then load it. The data has not changed.',
  importProblemNotWorkbook:
    'The file "{file}" is named like an Excel workbook but is not one inside (perhaps another file renamed). Open it with the program that made it and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8". The data has not changed.',
  importProblemSheetTooLarge:
    'This sheet of the Excel workbook "{file}" reads as {size} of text, over the {limit} this browser can handle. Split the sheet into smaller workbooks (by year or by province, for example) and load them one by one. The data has not changed.',
};
