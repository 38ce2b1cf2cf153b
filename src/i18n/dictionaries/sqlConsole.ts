/** The read-only SQL console. */
export const vi = {
  sqlNav: 'Truy vấn SQL',
  sqlTitle: 'Truy vấn SQL (chỉ đọc)',
  sqlIntro:
    'Viết một câu lệnh SELECT (hoặc WITH … SELECT, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN) trên các bảng đã nạp. Bảng điều khiển chỉ đọc: không thêm, sửa, xóa dữ liệu, không đọc tệp hay địa chỉ mạng.',
  sqlEditorLabel: 'Câu lệnh SQL',
  sqlRun: 'Chạy',
  sqlRunShortcut: 'Ctrl+Enter',
  sqlRunning: 'Đang chạy…',
  sqlSchemaTitle: 'Các bảng',
  sqlSchemaRows: '{count} dòng',
  sqlInsertName: 'Chèn “{name}” vào câu lệnh',
  sqlResultTitle: 'Kết quả',
  sqlResultCount: '{total} dòng',
  sqlResultTruncated: 'Hiện {shown} dòng đầu trên tổng {total} dòng',
  sqlResultEmpty: 'Câu lệnh không trả về dòng nào.',
  sqlElapsed: '{ms} ms',
  sqlExportCsv: 'Tải CSV',
  sqlFileName: 'truy-van',
  sqlRefusedTitle: 'Không chạy câu lệnh này',
  sqlRefusedEmpty: 'Hãy nhập một câu lệnh SELECT.',
  sqlRefusedMultiple: 'Mỗi lần chỉ chạy được một câu lệnh: hãy bỏ phần sau dấu “;”.',
  sqlRefusedNotReadOnly:
    'Bảng điều khiển chỉ đọc dữ liệu: lệnh {keyword} không được phép. Chỉ nhận SELECT, WITH … SELECT, DESCRIBE, SUMMARIZE, SHOW và EXPLAIN.',
  sqlRefusedExternal:
    'Không được đọc tệp hay địa chỉ mạng từ bảng điều khiển ({name}): chỉ truy vấn các bảng đã nạp. Muốn thêm dữ liệu, hãy dùng trang Dữ liệu.',
  sqlRefusedUnterminated: 'Câu lệnh có chuỗi, tên trong ngoặc kép hoặc chú thích chưa được đóng.',
  sqlErrorTitle: 'DuckDB báo lỗi',
};

export const en: Record<keyof typeof vi, string> = {
  sqlNav: 'SQL',
  sqlTitle: 'SQL query (read-only)',
  sqlIntro:
    'Write one SELECT statement (or WITH … SELECT, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN) over the loaded tables. The console only reads: it cannot add, change or delete data, nor read files or network addresses.',
  sqlEditorLabel: 'SQL statement',
  sqlRun: 'Run',
  sqlRunShortcut: 'Ctrl+Enter',
  sqlRunning: 'Running…',
  sqlSchemaTitle: 'Tables',
  sqlSchemaRows: '{count} rows',
  sqlInsertName: 'Insert “{name}” into the statement',
  sqlResultTitle: 'Result',
  sqlResultCount: '{total} rows',
  sqlResultTruncated: 'Showing the first {shown} of {total} rows',
  sqlResultEmpty: 'The statement returned no rows.',
  sqlElapsed: '{ms} ms',
  sqlExportCsv: 'Download CSV',
  sqlFileName: 'query',
  sqlRefusedTitle: 'This statement was not run',
  sqlRefusedEmpty: 'Type a SELECT statement.',
  sqlRefusedMultiple: 'One statement at a time: remove what follows the “;”.',
  sqlRefusedNotReadOnly:
    'The console only reads data: {keyword} is not allowed. Only SELECT, WITH … SELECT, DESCRIBE, SUMMARIZE, SHOW and EXPLAIN are accepted.',
  sqlRefusedExternal:
    'The console cannot read files or network addresses ({name}): it queries the loaded tables only. To add data, use the Data page.',
  sqlRefusedUnterminated: 'A string, a quoted name or a comment in the statement is not closed.',
  sqlErrorTitle: 'DuckDB reported an error',
};
