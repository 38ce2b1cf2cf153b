/**
 * Checks a CSV export or an Excel workbook the way the dashboard will read it (the same ingestCsv; a
 * workbook's sheet as the import worker hands it on), from the command line:
 *
 *   npx tsx scripts/validateCsv.ts <file.csv|file.xlsx> [--dataset ocop_products] [--sheet <name|number>]
 *                                  [--header-row N] [--layout 63|34] [--province "Vĩnh Long"]
 *
 * The header row is found as the import screen finds it (--header-row picks another); years come from a
 * date column where there is no year column; --layout says in which layout rows with only a year are
 * read (by default: guessed from the file as the import screen does, else by year); --province gives
 * every row of a list with no province column its province.
 *
 * A workbook is read on the sheet the import screen would open on unless --sheet names one (its name,
 * or its number in the list the report prints: visible sheets first, hidden ones last).
 * Prints encoding, delimiter, header row, dataset and header mapping, row counts and every rejected
 * cell with a Vietnamese reason. Exit code 0: everything loads; 1: rejected rows or missing required
 * columns; 2: usage error (no file, unreadable file, unknown dataset).
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describeReject } from '../src/i18n/describeReject.ts';
import { type IngestResult, ingestCsv } from '../src/ingest/ingestCsv.ts';
import { isDateHeader } from '../src/ingest/mapHeaders.ts';
import type { SkippedRow } from '../src/ingest/readCsv.ts';
import { chooseSheet } from '../src/ingest/workbook/chooseSheet.ts';
import { openWorkbook } from '../src/ingest/workbook/openWorkbook.ts';
import { sheetCsvBytes } from '../src/ingest/workbook/sheetCsv.ts';
import { WorkbookError, type WorkbookProblem } from '../src/ingest/workbook/workbookError.ts';
import { fileFormat } from '../src/ingest/workbook/workbookFormat.ts';
import { DATASET_IDS, DATASETS, type DatasetId } from '../src/model/datasets.ts';
import type { Layout } from '../src/model/provinces.ts';

export interface ValidationReport {
  readonly text: string;
  readonly exitCode: 0 | 1 | 2;
}

const USAGE =
  'Cách dùng: npx tsx scripts/validateCsv.ts <tệp.csv|tệp.xlsx> [--dataset <bộ dữ liệu>] [--sheet <tên hoặc số thứ tự trang tính>] [--header-row <số dòng>] [--layout 63|34] [--province <tỉnh của mọi dòng>]';

const WORKBOOK_PROBLEMS: Readonly<Record<WorkbookProblem, string>> = {
  encrypted: 'sổ Excel được đặt mật khẩu để mở (đã mã hóa); hãy bỏ mật khẩu trong Excel rồi lưu lại',
  unreadable: 'sổ Excel bị hỏng hoặc không đầy đủ',
  notWorkbook: 'tệp mang đuôi của sổ Excel nhưng bên trong không phải sổ Excel',
};

/** The sheet read, for the report: its name and the workbook's sheets as the report lists them. */
export interface WorkbookSheetChoice {
  readonly sheetName: string;
  readonly sheets: readonly { readonly name: string; readonly hidden: boolean }[];
}

const ENCODING_LABELS: Readonly<Record<IngestResult['encoding'], string>> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 có BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258 (ANSI tiếng Việt)',
};

const DELIMITER_LABELS: Readonly<Record<IngestResult['delimiter'], string>> = {
  ',': 'dấu phẩy (,)',
  ';': 'dấu chấm phẩy (;)',
  '\t': 'tab',
};

const SKIP_LABELS: Readonly<Record<SkippedRow['reason'], string>> = {
  title: 'dòng tiêu đề phía trên',
  subheader: 'dòng tiêu đề phụ, dòng đánh số cột',
  blank: 'dòng trống',
  total: 'dòng tổng cộng',
  note: 'dòng ghi chú, tiêu đề nhóm',
};

export interface ValidateOptions {
  readonly fileName: string;
  readonly dataset?: DatasetId;
  readonly headerRowNumber?: number;
  readonly layout?: Layout;
  /** The province of every row, for a list with no province column. */
  readonly province?: string;
  /** For a workbook: the sheet read. */
  readonly workbook?: WorkbookSheetChoice;
}

/** The report for a file's bytes; `dataset` skips guessing, as in the import screen. */
export function validateCsvBytes(bytes: Uint8Array, options: ValidateOptions): ValidationReport {
  const readOptions = {
    ...(options.dataset ? { dataset: options.dataset } : {}),
    ...(options.headerRowNumber ? { headerRowNumber: options.headerRowNumber } : {}),
    ...(options.province ? { fileValues: { province: options.province } } : {}),
  };
  const result = ingestCsv(bytes, { ...readOptions, layout: options.layout ?? 'guess' });
  const { guess, table } = result;
  const lines: string[] = [`Tệp: ${options.fileName}`];
  if (options.workbook) {
    const { sheets, sheetName } = options.workbook;
    lines.push(`Sổ Excel, trang tính đọc: "${sheetName}" (số dòng như trong Excel)`);
    lines.push(
      `Các trang tính: ${sheets.map((s, i) => `${i + 1}. "${s.name}"${s.hidden ? ' (ẩn)' : ''}`).join(', ')}`,
    );
  } else {
    lines.push(`Mã hóa ký tự: ${ENCODING_LABELS[result.encoding]}`);
    lines.push(`Dấu phân cách: ${DELIMITER_LABELS[result.delimiter]}`);
  }
  lines.push(
    result.headerRowNumber > 0
      ? `Dòng tiêu đề: dòng ${result.headerRowNumber}`
      : 'Dòng tiêu đề: không tìm thấy (tệp trống)',
  );
  lines.push(
    `Bộ dữ liệu: ${guess.dataset} (${options.dataset ? 'chỉ định bằng --dataset' : 'đoán theo dòng tiêu đề'})`,
  );
  if (DATASETS[guess.dataset].periodColumn === 'year') {
    const layoutName =
      result.layout === '34' ? '34 tỉnh mới' : result.layout === '63' ? '63 tỉnh cũ' : undefined;
    const how = options.layout ? 'chỉ định bằng --layout' : result.layoutGuess ? 'đoán theo tệp' : '';
    lines.push(
      layoutName
        ? `Đơn vị hành chính trong tệp: ${layoutName} (${how}; dòng có ngày đọc theo ngày của dòng)`
        : 'Đơn vị hành chính trong tệp: theo năm của từng dòng (đến 2025: 63 tỉnh cũ, từ 2026: 34 tỉnh mới)',
    );
  }

  lines.push('Ánh xạ cột:');
  for (const column of DATASETS[guess.dataset].columns) {
    const index = guess.mapping[column.name];
    const need = column.required ? 'bắt buộc' : 'tùy chọn';
    lines.push(
      index === undefined
        ? column.name === 'province' && options.province
          ? `  ${column.name} (${need}) ← mọi dòng: "${options.province}" (chỉ định bằng --province)`
          : `  ${column.name} (${need}) ← không có cột nào`
        : `  ${column.name} (${need}) ← cột ${index + 1} "${result.header[index] ?? ''}"${
            column.kind === 'year' && isDateHeader(result.header[index] ?? '') ? ' (lấy năm từ ngày)' : ''
          }`,
    );
  }
  if (guess.unmappedHeaders.length > 0) {
    lines.push(`Cột không dùng: ${guess.unmappedHeaders.map((h) => `"${h}"`).join(', ')}`);
  }

  const rejectedRows = new Set(table.rejected.map((r) => r.rowNumber));
  const loaded = table.rows.length;
  const skippedByReason = (['title', 'subheader', 'blank', 'total', 'note'] as const)
    .map((reason) => [reason, result.skipped.filter((s) => s.reason === reason).length] as const)
    .filter(([, n]) => n > 0);
  lines.push(
    `Số dòng dữ liệu: đọc ${loaded + rejectedRows.size}, nạp ${loaded}, bị loại ${rejectedRows.size}, bỏ qua ${result.skipped.length}` +
      (skippedByReason.length > 0
        ? ` (${skippedByReason.map(([reason, n]) => `${n} ${SKIP_LABELS[reason]}`).join(', ')})`
        : ''),
  );
  const merged = table.notices.filter((n) => n.notice.code === 'mergedProvince').length;
  if (merged > 0)
    lines.push(`Ghi chú: ${merged} ô ghi tên tỉnh cũ, đã quy về đơn vị mới sau sáp nhập (từ 01/7/2025).`);

  if (result.error) {
    lines.push(`LỖI: thiếu cột bắt buộc: ${result.error.columns.join(', ')}. Không nạp được dòng nào.`);
    return { text: `${lines.join('\n')}\n`, exitCode: 1 };
  }
  if (table.rejected.length > 0) {
    lines.push('Các dòng bị loại:');
    for (const r of table.rejected) {
      const column = r.column === '' ? 'cả dòng' : `cột ${r.column}`;
      lines.push(
        `  Dòng ${r.rowNumber}, ${column}, giá trị "${r.rawValue}": ${describeReject(r.reason, 'vi')}`,
      );
    }
    return { text: `${lines.join('\n')}\n`, exitCode: 1 };
  }
  lines.push('Kết quả: mọi dòng dữ liệu đều hợp lệ.');
  return { text: `${lines.join('\n')}\n`, exitCode: 0 };
}

/** The CLI without the process: arguments in, report out. */
export function validateCsv(args: readonly string[]): ValidationReport {
  const positional: string[] = [];
  let dataset: DatasetId | undefined;
  let headerRowNumber: number | undefined;
  let layout: Layout | undefined;
  let province: string | undefined;
  let sheet: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--province') {
      province = args[++i]?.trim();
      if (!province) return { text: `Thiếu tên tỉnh sau --province.\n${USAGE}\n`, exitCode: 2 };
    } else if (arg === '--header-row') {
      const value = args[++i] ?? '';
      headerRowNumber = /^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
      if (headerRowNumber === undefined)
        return { text: `Dòng tiêu đề không hợp lệ: "${value}".\n${USAGE}\n`, exitCode: 2 };
    } else if (arg === '--layout') {
      const value = args[++i] ?? '';
      if (value !== '63' && value !== '34')
        return {
          text: `Đơn vị hành chính không hợp lệ: "${value}" (chọn 63 hoặc 34).\n${USAGE}\n`,
          exitCode: 2,
        };
      layout = value;
    } else if (arg === '--dataset') {
      const value = args[++i];
      dataset = DATASET_IDS.find((id) => id === value);
      if (!dataset) {
        return {
          text: `Bộ dữ liệu không hợp lệ: "${value ?? ''}". Chọn một trong: ${DATASET_IDS.join(', ')}.\n${USAGE}\n`,
          exitCode: 2,
        };
      }
    } else if (arg === '--sheet') {
      sheet = args[++i];
      if (sheet === undefined) return { text: `Thiếu tên trang tính sau --sheet.\n${USAGE}\n`, exitCode: 2 };
    } else if (arg.startsWith('--')) {
      return { text: `Tùy chọn không hợp lệ: ${arg}\n${USAGE}\n`, exitCode: 2 };
    } else positional.push(arg);
  }
  const [file, ...extra] = positional;
  if (file === undefined || extra.length > 0) return { text: `${USAGE}\n`, exitCode: 2 };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { text: `Không đọc được tệp "${file}"${code ? ` (${code})` : ''}.\n${USAGE}\n`, exitCode: 2 };
  }
  const options: ValidateOptions = {
    fileName: file,
    ...(dataset ? { dataset } : {}),
    ...(headerRowNumber ? { headerRowNumber } : {}),
    ...(layout ? { layout } : {}),
    ...(province ? { province } : {}),
  };
  if (fileFormat(file, bytes.subarray(0, 16)) === 'csv') {
    if (sheet !== undefined) return { text: `--sheet chỉ dùng cho sổ Excel.\n${USAGE}\n`, exitCode: 2 };
    return validateCsvBytes(bytes, options);
  }
  return validateWorkbook(bytes, file, sheet, options);
}

/** A workbook's sheet (`sheet`: a name or a 1-based number; default: the import screen's choice) through the same checks. */
function validateWorkbook(
  bytes: Uint8Array,
  file: string,
  sheet: string | undefined,
  options: ValidateOptions,
): ValidationReport {
  try {
    if (fileFormat(file, bytes.subarray(0, 16)) === 'notWorkbook')
      throw new WorkbookError('notWorkbook', 'not a ZIP or OLE workbook');
    const workbook = openWorkbook(bytes);
    const { sheets } = workbook;
    const byNumber = sheet !== undefined && /^\d+$/.test(sheet) ? Number(sheet) - 1 : -1;
    const index =
      sheet === undefined
        ? chooseSheet(workbook)
        : sheets.findIndex((s, i) => s.name === sheet || i === byNumber);
    const chosen = sheets[index];
    if (!chosen) {
      const list = sheets.map((s, i) => `${i + 1}. "${s.name}"`).join(', ');
      return {
        text: `Sổ Excel "${file}" không có trang tính "${sheet}". Các trang tính: ${list}.\n`,
        exitCode: 2,
      };
    }
    return validateCsvBytes(sheetCsvBytes(workbook.sheetRows(index)), {
      ...options,
      workbook: { sheetName: chosen.name, sheets },
    });
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    return {
      text: `Không đọc được "${file}": ${WORKBOOK_PROBLEMS[error.problem]} (${error.detail}).\n`,
      exitCode: 2,
    };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = validateCsv(process.argv.slice(2));
  (report.exitCode === 2 ? process.stderr : process.stdout).write(report.text);
  process.exitCode = report.exitCode;
}
