import type { DatasetId } from '../model/datasets.ts';
import type { MessageKey } from './messages.ts';

/** Each dataset's name in the UI. */
export const DATASET_LABEL: Readonly<Record<DatasetId, MessageKey>> = {
  ocop_products: 'datasetOcopProducts',
  mous: 'datasetMous',
  distribution: 'datasetDistribution',
  events: 'datasetEvents',
  targets: 'datasetTargets',
  national_totals: 'datasetNationalTotals',
};

/** Each canonical column's name in the UI (model/datasets.ts); a column missing here shows its canonical name. */
export const COLUMN_LABEL: Readonly<Record<string, MessageKey>> = {
  province: 'columnProvince',
  year: 'columnYear',
  star: 'columnStar',
  product_group: 'columnProductGroup',
  count: 'columnCount',
  product_name: 'columnProductName',
  producer: 'columnProducer',
  producer_type: 'columnProducerType',
  source: 'columnSource',
  data_kind: 'columnDataKind',
  recognition_date: 'columnRecognitionDate',
  date: 'columnDate',
  event: 'columnEvent',
  party_a: 'columnPartyA',
  party_a_province: 'columnPartyAProvince',
  party_b: 'columnPartyB',
  party_b_province: 'columnPartyBProvince',
  mou_type: 'columnMouType',
  origin_province: 'columnOriginProvince',
  destination: 'columnDestination',
  distributor: 'columnDistributor',
  channel_type: 'columnChannelType',
  product_count: 'columnProductCount',
  name: 'columnName',
  host_province: 'columnHostProvince',
  participating_provinces: 'columnParticipatingProvinces',
  businesses: 'columnBusinesses',
  products_shown: 'columnProductsShown',
  mous_signed: 'columnMousSigned',
  metric: 'columnMetric',
  target: 'columnTarget',
  products: 'columnProducts',
  five_star: 'columnFiveStar',
  three_star_share: 'columnThreeStarShare',
  four_star_share: 'columnFourStarShare',
};
