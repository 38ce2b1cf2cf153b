import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  departmentWorkbook,
  encryptedWorkbookBytes,
  MOU_SHEET_NAME,
  OCOP_LIST_LOADABLE,
  OCOP_SHEET_NAME,
  truncatedWorkbookBytes,
} from '../e2e/fixtures/ingest/workbookWriting.ts';
import { describeReject } from '../src/i18n/describeReject.ts';
import { validateCsv, validateCsvBytes } from './validateCsv.ts';

const fixture = resolve(import.meta.dirname, 'fixtures', 'ocop_products_invalid.csv');

describe('the CSV validator', () => {
  it('rejects a malformed file with row numbers, columns, raw values and Vietnamese reasons', () => {
    const report = validateCsv([fixture]);
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('Bộ dữ liệu: ocop_products (đoán theo dòng tiêu đề)');
    expect(report.text).toContain('Số dòng dữ liệu: đọc 4, nạp 1, bị loại 3, bỏ qua 0');
    const rejected = report.text.split('\n').filter((line) => line.startsWith('  Dòng '));
    expect(rejected).toEqual([
      `  Dòng 3, cột province, giá trị "Tỉnh Không Có": ${describeReject({ code: 'unknownProvince', value: 'Tỉnh Không Có' }, 'vi')}`,
      `  Dòng 4, cột star, giá trị "7": ${describeReject({ code: 'starOutOfRange', value: '7' }, 'vi')}`,
      `  Dòng 5, cột year, giá trị "abc": ${describeReject({ code: 'yearOutOfRange', value: 'abc' }, 'vi')}`,
    ]);
    expect(rejected[1]).toContain(
      'chỉ nhận 3 sao, 4 sao, 5 sao, tiềm năng 5 sao hoặc đề nghị công nhận 5 sao',
    );
  });

  it('accepts the real OCOP file', () => {
    const report = validateCsv([
      resolve(import.meta.dirname, '..', 'data', 'real', 'ocop_products.csv'),
      '--dataset',
      'ocop_products',
    ]);
    expect(report.exitCode).toBe(0);
    expect(report.text).toContain('Mã hóa ký tự: UTF-8');
    expect(report.text).toContain('Dấu phân cách: dấu phẩy (,)');
    expect(report.text).toContain('Dòng tiêu đề: dòng 1');
    expect(report.text).toContain('Bộ dữ liệu: ocop_products (chỉ định bằng --dataset)');
    expect(report.text).toContain('  province (bắt buộc) ← cột 1 "province"');
    expect(report.text).toContain('nạp 5, bị loại 0');
  });

  it('reads an Excel-style export: BOM, semicolons, Vietnamese headers, a title row and a total row', () => {
    const text =
      '\uFEFFDANH SÁCH SẢN PHẨM OCOP;;;\nTỉnh/Thành phố;Năm công nhận;Số sao;Số lượng\nTP.HCM;2022;4 sao;1.204\nTổng cộng;;;1.204\n';
    const report = validateCsvBytes(new TextEncoder().encode(text), { fileName: 'export.csv' });
    expect(report.exitCode).toBe(0);
    expect(report.text).toContain('Mã hóa ký tự: UTF-8 có BOM');
    expect(report.text).toContain('Dấu phân cách: dấu chấm phẩy (;)');
    expect(report.text).toContain('Dòng tiêu đề: dòng 2');
    expect(report.text).toContain('  year (bắt buộc) ← cột 2 "Năm công nhận"');
    expect(report.text).toContain('bỏ qua 2 (1 dòng tiêu đề phía trên, 1 dòng tổng cộng)');
  });

  it('reports missing required columns with exit code 1', () => {
    const report = validateCsvBytes(new TextEncoder().encode('province,count\nHà Nội,3\n'), {
      fileName: 'x.csv',
      dataset: 'ocop_products',
    });
    expect(report.exitCode).toBe(1);
    expect(report.text).toContain('LỖI: thiếu cột bắt buộc: year, star.');
  });

  it('exits with 2 on usage errors', () => {
    expect(validateCsv([]).exitCode).toBe(2);
    expect(validateCsv(['does-not-exist.csv']).exitCode).toBe(2);
    expect(validateCsv([fixture, '--dataset', 'nope']).exitCode).toBe(2);
    expect(validateCsv([fixture, '--verbose']).exitCode).toBe(2);
  });
});

describe('the CSV validator on departmental exports', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const dateOnly = [
    'KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2025',
    'STT,Tên sản phẩm,Tỉnh,Ngày công nhận,Hạng sao',
    '1,Kẹo dừa,Vĩnh Long,01/08/2020,4 sao',
    '2,Bánh tráng,Bến Tre,15/09/2025,Hạng 3',
    '',
  ].join('\n');

  it('finds the header under a title with a comma and reads the years from the dates', () => {
    const report = validateCsvBytes(bytes(dateOnly), { fileName: 'vinh-long.csv' });
    expect(report.text).toContain('Dòng tiêu đề: dòng 2');
    expect(report.text).toContain('year (bắt buộc) ← cột 4 "Ngày công nhận" (lấy năm từ ngày)');
    expect(report.text).toContain('Số dòng dữ liệu: đọc 2, nạp 2, bị loại 0');
    expect(report.exitCode).toBe(0);
  });

  it('takes --header-row and --layout', () => {
    const wrongHeader = validateCsvBytes(bytes(dateOnly), { fileName: 'x.csv', headerRowNumber: 1 });
    expect(wrongHeader.exitCode).toBe(1);
    const yearList = 'Tỉnh,Năm,Số sao\nBến Tre,2025,4\n';
    expect(validateCsvBytes(bytes(yearList), { fileName: 'y.csv' }).text).toContain(
      'Đơn vị hành chính trong tệp: theo năm của từng dòng',
    );
    const as34 = validateCsvBytes(bytes(yearList), { fileName: 'y.csv', layout: '34' });
    expect(as34.text).toContain('Đơn vị hành chính trong tệp: 34 tỉnh mới (chỉ định bằng --layout');
    expect(as34.text).toContain('1 ô ghi tên tỉnh cũ');
    expect(validateCsv(['--layout', '35', 'a.csv']).exitCode).toBe(2);
    expect(validateCsv(['--header-row', 'x', 'a.csv']).exitCode).toBe(2);
  });
});

describe('the CSV validator on a province’s own list', () => {
  it('takes --province for a list with no province column', () => {
    const csv = new TextEncoder().encode(
      'DANH SÁCH SẢN PHẨM OCOP TỈNH VĨNH LONG NĂM 2025\nSTT,Tên sản phẩm,Hạng sao,Năm công nhận\n1,Kẹo dừa,4 sao,2025\n',
    );
    expect(validateCsvBytes(csv, { fileName: 'vl.csv' }).exitCode).toBe(1);
    const report = validateCsvBytes(csv, { fileName: 'vl.csv', province: 'Vĩnh Long' });
    expect(report.text).toContain('province (bắt buộc) ← mọi dòng: "Vĩnh Long" (chỉ định bằng --province)');
    expect(report.text).toContain('Đơn vị hành chính trong tệp: 34 tỉnh mới (đoán theo tệp');
    expect(report.exitCode).toBe(0);
  });
});

describe('the validator on Excel workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-workbook-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  for (const bookType of ['xlsx', 'xls'] as const) {
    it(`reads the list sheet of a .${bookType} by default, with Excel's row numbers`, () => {
      const report = validateCsv([write(`ocop.${bookType}`, departmentWorkbook(bookType))]);
      expect(report.text).toContain(`Sổ Excel, trang tính đọc: "${OCOP_SHEET_NAME}"`);
      expect(report.text).toContain(
        `Các trang tính: 1. "Bìa", 2. "${OCOP_SHEET_NAME}", 3. "${MOU_SHEET_NAME}", 4. "Danh mục" (ẩn)`,
      );
      expect(report.text).toContain('Dòng tiêu đề: dòng 4');
      expect(report.text).toContain(
        `Số dòng dữ liệu: đọc ${OCOP_LIST_LOADABLE + 1}, nạp ${OCOP_LIST_LOADABLE}, bị loại 1, bỏ qua 5 (2 dòng tiêu đề phía trên, 2 dòng trống, 1 dòng tổng cộng)`,
      );
      expect(report.text).toContain(
        `  Dòng 9, cột star, giá trị "9": ${describeReject({ code: 'starOutOfRange', value: '9' }, 'vi')}`,
      );
      expect(report.exitCode).toBe(1);
    });
  }

  it('reads the sheet named or numbered by --sheet', () => {
    const path = write('ocop-2.xlsx', departmentWorkbook());
    for (const sheet of [MOU_SHEET_NAME, '3']) {
      const report = validateCsv([path, '--sheet', sheet]);
      expect(report.text).toContain(`trang tính đọc: "${MOU_SHEET_NAME}"`);
      expect(report.text).toContain('Bộ dữ liệu: mous');
      expect(report.text).toContain('nạp 2, bị loại 0');
      expect(report.exitCode).toBe(0);
    }
    const missing = validateCsv([path, '--sheet', 'Không có']);
    expect(missing.exitCode).toBe(2);
    expect(missing.text).toContain('không có trang tính "Không có"');
  });

  it('says what is wrong with an encrypted, a damaged and a fake workbook, with exit code 2', () => {
    const encrypted = validateCsv([write('mat-khau.xlsx', encryptedWorkbookBytes())]);
    expect(encrypted.text).toContain('được đặt mật khẩu để mở');
    const damaged = validateCsv([write('hong.xlsx', truncatedWorkbookBytes())]);
    expect(damaged.text).toContain('bị hỏng hoặc không đầy đủ');
    const fake = validateCsv([write('gia.xlsx', new TextEncoder().encode('Tỉnh,Năm\nHà Nội,2024\n'))]);
    expect(fake.text).toContain('bên trong không phải sổ Excel');
    expect([encrypted.exitCode, damaged.exitCode, fake.exitCode]).toEqual([2, 2, 2]);
  });
});
