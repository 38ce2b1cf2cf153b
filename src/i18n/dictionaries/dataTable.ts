/** The one data table (components/DataTable.tsx). */
export const vi = {
  tableExportCsv: 'Tải CSV (đúng như bảng)',
};

export const en: Record<keyof typeof vi, string> = {
  tableExportCsv: 'Download CSV (as shown)',
};
