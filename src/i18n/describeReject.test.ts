import { describe, expect, it } from 'vitest';
import type { RejectCode, RejectReason } from '../ingest/rejectReason';
import { DATASETS } from '../model/datasets';
import { COLUMN_LABEL } from './datasetLabels';
import { describeReject } from './describeReject';
import { translate } from './messages';

// One reason per code: the Record type makes the compiler demand a sample for every code there is.
const SAMPLES: Readonly<Record<RejectCode, RejectReason>> = {
  required: { code: 'required' },
  unknownProvince: { code: 'unknownProvince', value: 'Tỉnh Không Có' },
  nationalTotal: { code: 'nationalTotal', value: 'Cả nước' },
  ambiguousProvince: { code: 'ambiguousProvince', value: 'Bình' },
  notACount: { code: 'notACount', value: '12,5' },
  notANumber: { code: 'notANumber', value: 'mười' },
  yearOutOfRange: { code: 'yearOutOfRange', value: 'abc' },
  notADate: { code: 'notADate', value: '31/02/2024' },
  starOutOfRange: { code: 'starOutOfRange', value: '7' },
  notOcopStar: { code: 'notOcopStar', value: '2 sao', stars: 2 },
  unknownChoice: { code: 'unknownChoice', value: 'Đồ chơi', kind: 'productGroup' },
  extraCells: { code: 'extraCells', count: 1234 },
};

describe('describeReject', () => {
  it('words every reason in Vietnamese and in English, quoting the value and filling every placeholder', () => {
    for (const reason of Object.values(SAMPLES)) {
      const vi = describeReject(reason, 'vi');
      const en = describeReject(reason, 'en');
      expect(vi, reason.code).not.toBe(en);
      for (const text of [vi, en]) {
        expect(text, reason.code).toMatch(/\.$/);
        expect(text, reason.code).not.toMatch(/\{\w+\}/);
        if ('value' in reason) expect(text, reason.code).toContain(`"${reason.value}"`);
      }
    }
  });

  it('says what is accepted, in the reader’s language and number format', () => {
    expect(describeReject(SAMPLES.starOutOfRange, 'vi')).toBe(
      'Hạng sao "7" không hợp lệ: chỉ nhận 3 sao, 4 sao, 5 sao, tiềm năng 5 sao hoặc đề nghị công nhận 5 sao.',
    );
    expect(describeReject(SAMPLES.notOcopStar, 'vi')).toContain('chưa đạt chuẩn OCOP');
    expect(describeReject(SAMPLES.notOcopStar, 'en')).toContain('not OCOP-certified');
    expect(describeReject(SAMPLES.yearOutOfRange, 'en')).toBe(
      'Year "abc" is not valid: four digits are needed, from 2000 to 2100.',
    );
    expect(describeReject(SAMPLES.extraCells, 'vi')).toBe(
      'Dòng có 1.234 ô có dữ liệu nằm ngoài các cột của dòng tiêu đề.',
    );
    expect(describeReject(SAMPLES.extraCells, 'en')).toContain('1,234 filled cells');
    const vi = describeReject(SAMPLES.unknownChoice, 'vi');
    expect(vi).toMatch(/^Nhóm sản phẩm "Đồ chơi" không có trong danh mục: Thực phẩm; Đồ uống; /);
    expect(describeReject(SAMPLES.unknownChoice, 'en')).toMatch(
      /^Product group "Đồ chơi" is not in the list: Food; /,
    );
    expect(describeReject({ code: 'unknownChoice', value: 'x', kind: 'mouType' }, 'vi')).toContain(
      'Chính quyền – doanh nghiệp',
    );
  });
});

describe('column labels', () => {
  it('name every canonical column of every dataset in both languages', () => {
    for (const spec of Object.values(DATASETS)) {
      for (const column of spec.columns) {
        const key = COLUMN_LABEL[column.name];
        expect(key, `${spec.id}.${column.name}`).toBeDefined();
        if (key) expect(translate('vi', key)).not.toBe(translate('en', key));
      }
    }
  });
});
