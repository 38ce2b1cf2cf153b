/**
 * A rejected cell's reason (src/ingest/rejectReason.ts) in Vietnamese words, for the validator CLI.
 * The one place these sentences live until src/i18n has a formatter of its own, which then replaces this.
 */

import type { ChoiceKind, RejectReason } from '../src/ingest/rejectReason.ts';
import {
  CHANNEL_TYPES,
  type Choice,
  DATA_KINDS,
  MOU_TYPES,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
} from '../src/model/ocop.ts';

const CHOICES: Readonly<
  Record<ChoiceKind, { readonly label: string; readonly list: readonly Choice<string>[] }>
> = {
  productGroup: { label: 'Nhóm sản phẩm', list: PRODUCT_GROUPS },
  mouType: { label: 'Loại biên bản ghi nhớ', list: MOU_TYPES },
  producerType: { label: 'Loại hình chủ thể', list: PRODUCER_TYPES },
  channelType: { label: 'Kênh phân phối', list: CHANNEL_TYPES },
  dataKind: { label: 'Loại dữ liệu', list: DATA_KINDS },
};

export function describeReject(reason: RejectReason): string {
  switch (reason.code) {
    case 'required':
      return 'Ô bắt buộc nhưng để trống.';
    case 'unknownProvince':
      return `Không nhận ra tỉnh/thành phố "${reason.value}": không có trong danh mục 63 tỉnh (trước 01/7/2025) hay 34 đơn vị (từ 01/7/2025), kể cả tên gọi khác và mã thống kê hai chữ số.`;
    case 'ambiguousProvince':
      return `Tên "${reason.value}" ứng với nhiều tỉnh/thành phố; hãy ghi tên đầy đủ hoặc mã thống kê.`;
    case 'notACount':
      return `"${reason.value}" không phải số nguyên không âm (ví dụ hợp lệ: 1204, 1.204).`;
    case 'notANumber':
      return `"${reason.value}" không phải số không âm (ví dụ hợp lệ: 1.234,5 hoặc 1234).`;
    case 'yearOutOfRange':
      return `Năm "${reason.value}" không hợp lệ: cần bốn chữ số, từ 2000 đến 2100.`;
    case 'notADate':
      return `Ngày "${reason.value}" không hợp lệ: dùng dd/mm/yyyy (ngày trước, tháng sau) hoặc yyyy-mm-dd.`;
    case 'starOutOfRange':
      return `Hạng sao "${reason.value}" không hợp lệ: chỉ nhận 3 sao, 4 sao, 5 sao hoặc tiềm năng 5 sao.`;
    case 'unknownChoice': {
      const { label, list } = CHOICES[reason.kind];
      return `${label} "${reason.value}" không có trong danh mục: ${list.map((c) => c.vi).join('; ')}.`;
    }
    case 'extraCells':
      return `Dòng có ${reason.count} ô có dữ liệu nằm ngoài các cột của dòng tiêu đề.`;
  }
}
