/*
 * ECharts' Vietnamese locale (Apache-2.0, from echarts/lib/i18n/langVI.js), with its typos corrected:
 * "Biều đồ" → "Biểu đồ" (pie, candlestick), "Lát" → "Xếp cạnh nhau" (tiled), K-line, parallel and
 * themeRiver names, gauge, and the word order of "{displayCnt} mục đầu tiên".
 */
export const LOCALE_VI = {
  time: {
    month: [
      'Tháng 1',
      'Tháng 2',
      'Tháng 3',
      'Tháng 4',
      'Tháng 5',
      'Tháng 6',
      'Tháng 7',
      'Tháng 8',
      'Tháng 9',
      'Tháng 10',
      'Tháng 11',
      'Tháng 12',
    ],
    monthAbbr: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    dayOfWeek: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
    dayOfWeekAbbr: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
  },
  legend: { selector: { all: 'Tất cả', inverse: 'Đảo ngược' } },
  toolbox: {
    brush: {
      title: {
        rect: 'Chọn theo hình chữ nhật',
        polygon: 'Chọn theo đa giác',
        lineX: 'Chọn theo chiều ngang',
        lineY: 'Chọn theo chiều dọc',
        keep: 'Giữ vùng đã chọn',
        clear: 'Bỏ chọn',
      },
    },
    dataView: { title: 'Xem dữ liệu', lang: ['Xem dữ liệu', 'Đóng', 'Làm mới'] },
    dataZoom: { title: { zoom: 'Phóng to', back: 'Bỏ phóng to' } },
    magicType: {
      title: {
        line: 'Chuyển sang biểu đồ đường',
        bar: 'Chuyển sang biểu đồ cột',
        stack: 'Xếp chồng',
        tiled: 'Xếp cạnh nhau',
      },
    },
    restore: { title: 'Khôi phục' },
    saveAsImage: { title: 'Lưu thành ảnh', lang: ['Nhấp chuột phải để lưu ảnh'] },
  },
  series: {
    typeNames: {
      pie: 'Biểu đồ tròn',
      bar: 'Biểu đồ cột',
      line: 'Biểu đồ đường',
      scatter: 'Biểu đồ phân tán',
      effectScatter: 'Biểu đồ phân tán hiệu ứng gợn sóng',
      radar: 'Biểu đồ radar',
      tree: 'Biểu đồ cây',
      treemap: 'Biểu đồ treemap',
      boxplot: 'Biểu đồ hộp',
      candlestick: 'Biểu đồ nến',
      k: 'Biểu đồ nến K',
      heatmap: 'Bản đồ nhiệt',
      map: 'Bản đồ',
      parallel: 'Biểu đồ tọa độ song song',
      lines: 'Biểu đồ đường nối',
      graph: 'Đồ thị quan hệ',
      sankey: 'Biểu đồ Sankey',
      funnel: 'Biểu đồ phễu',
      gauge: 'Biểu đồ đồng hồ đo',
      pictorialBar: 'Biểu đồ cột hình ảnh',
      themeRiver: 'Biểu đồ dòng sông',
      sunburst: 'Biểu đồ hình tia mặt trời',
      custom: 'Biểu đồ tùy chỉnh',
      chart: 'Biểu đồ',
    },
  },
  aria: {
    general: { withTitle: 'Đây là biểu đồ "{title}"', withoutTitle: 'Đây là một biểu đồ' },
    series: {
      single: {
        prefix: '',
        withName: ' kiểu {seriesType}, tên là {seriesName}.',
        withoutName: ' kiểu {seriesType}.',
      },
      multiple: {
        prefix: '. Biểu đồ gồm {seriesCount} chuỗi dữ liệu.',
        withName: ' Chuỗi {seriesId} kiểu {seriesType}, thể hiện {seriesName}.',
        withoutName: ' Chuỗi {seriesId} kiểu {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Dữ liệu như sau: ',
      partialData: '{displayCnt} mục đầu tiên là: ',
      withName: '{name}: {value}',
      withoutName: '{value}',
      separator: { middle: '; ', end: '. ' },
    },
  },
};
