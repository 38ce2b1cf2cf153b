/** The distribution page: provinces' products in HCMC's and Hanoi's channels. */
export const vi = {
  distributionNav: 'Phân phối',
  distributionOriginTitle: 'Sản phẩm của các tỉnh trong hệ thống phân phối TP.HCM, Hà Nội năm {year}',
  distributionOriginSubtitle:
    'Số sản phẩm có mặt trong năm, theo tỉnh xuất xứ: {count} tỉnh, thành nhiều nhất. Bấm vào một tỉnh để lọc theo tỉnh đó.',
  distributionOriginRest: 'Còn {count} tỉnh, thành khác với tổng cộng {products} sản phẩm.',
  distributionWithinHub:
    '{products} sản phẩm của các tỉnh nay đã sáp nhập vào TP.HCM hoặc Hà Nội không tính là sản phẩm từ tỉnh khác đưa vào.',
  distributionYearNote:
    'Số sản phẩm là số có mặt trong kênh phân phối mỗi năm, không cộng dồn qua các năm. Bấm vào một năm ở hai biểu đồ dưới để xem năm đó.',
  distributionDistributorTitle: 'Sản phẩm theo nhà phân phối qua các năm',
  distributionDistributorSubtitle:
    'Số sản phẩm của các tỉnh có mặt mỗi năm trong hệ thống của từng nhà phân phối tại TP.HCM và Hà Nội. “Không ghi nhà phân phối”: điểm bán OCOP, thương mại điện tử và số liệu chưa tách theo nhà phân phối.',
  distributionNoDistributor: 'Không ghi nhà phân phối',
  distributionOtherDistributors: 'Nhà phân phối khác',
  distributionChannelTitle: 'Sản phẩm theo loại kênh phân phối qua các năm',
  distributionChannelSubtitle:
    'Số sản phẩm của các tỉnh có mặt mỗi năm trong từng loại kênh tại TP.HCM và Hà Nội.',
  distributionUnknownChannel: 'Chưa rõ kênh',
  distributionOtherChannels: 'Kênh khác',
  distributionTotal: 'Tổng',
  distributionKnownTitle: 'Các nhà phân phối lớn được nêu tên',
  distributionKnownIntro:
    'Các hệ thống phân phối lớn tham gia hội nghị kết nối cung cầu của tỉnh Sóc Trăng năm 2020, theo bài báo nguồn.',
  distributionKnownArticleName: 'Tên theo bài báo',
  distributionKnownDataName: 'Tên trong dữ liệu',
  distributionKnownHubs: 'Thị trường trong dữ liệu',
  distributionKnownProducts: 'Sản phẩm năm {year}',
  distributionKnownNotUsed: 'Không dùng: không có nguồn cho thấy có mặt tại TP.HCM, Hà Nội',
  distributionKnownHubsAssumed:
    'Thành phố mà mỗi chuỗi phục vụ trong dữ liệu minh họa là giả định để minh họa, không phải số liệu có nguồn.',
  distributionKnownSource: 'Nguồn danh sách: {source}',
  distributionNoData: 'Không có số liệu phân phối nào khớp với bộ lọc. Hãy bỏ bớt bộ lọc.',
  distributionNoYearData: 'Chưa có số liệu phân phối năm {year} khớp với bộ lọc. Hãy chọn năm khác.',
};

export const en: Record<keyof typeof vi, string> = {
  distributionNav: 'Distribution',
  distributionOriginTitle: 'Provinces’ products in HCMC and Hanoi distribution, {year}',
  distributionOriginSubtitle:
    'Products present in the year, by province of origin: the {count} largest. Click a province to filter by it.',
  distributionOriginRest: '{count} other provinces account for {products} products.',
  distributionWithinHub:
    '{products} products of provinces since merged into HCMC or Hanoi are not counted as entering from another province.',
  distributionYearNote:
    'Figures are the products present in the channels each year, not cumulated over years. Click a year in the two charts below to show it.',
  distributionDistributorTitle: 'Products by distributor over the years',
  distributionDistributorSubtitle:
    'Provinces’ products present each year in each distributor’s stores in HCMC and Hanoi. “No distributor given”: OCOP outlets, e-commerce and figures not split by distributor.',
  distributionNoDistributor: 'No distributor given',
  distributionOtherDistributors: 'Other distributors',
  distributionChannelTitle: 'Products by channel type over the years',
  distributionChannelSubtitle:
    'Provinces’ products present each year in each type of channel in HCMC and Hanoi.',
  distributionUnknownChannel: 'Channel not given',
  distributionOtherChannels: 'Other channels',
  distributionTotal: 'Total',
  distributionKnownTitle: 'Large distributors named in the sources',
  distributionKnownIntro:
    'The large distribution systems at Sóc Trăng province’s 2020 supply–demand conference, as the source article names them.',
  distributionKnownArticleName: 'Name in the article',
  distributionKnownDataName: 'Name in the data',
  distributionKnownHubs: 'Markets in the data',
  distributionKnownProducts: 'Products in {year}',
  distributionKnownNotUsed: 'Not used: no source places it in HCMC or Hanoi',
  distributionKnownHubsAssumed:
    'Which city each chain serves in the illustrative data is an assumption for illustration, not a sourced fact.',
  distributionKnownSource: 'Source of the list: {source}',
  distributionNoData: 'No distribution figures match the filters. Remove some filters.',
  distributionNoYearData: 'No distribution figures for {year} match the filters. Choose another year.',
};
