/** The six socio-economic regions used by the General Statistics Office for regional aggregates. */

export type RegionId = 'TDMNPB' | 'DBSH' | 'BTB_DHMT' | 'TN' | 'DNB' | 'DBSCL';

export interface Region {
  readonly id: RegionId;
  readonly nameVi: string;
  readonly nameEn: string;
}

/** North to south, the order the statistics yearbook uses. */
export const REGIONS: readonly Region[] = [
  { id: 'TDMNPB', nameVi: 'Trung du và miền núi phía Bắc', nameEn: 'Northern Midlands and Mountains' },
  { id: 'DBSH', nameVi: 'Đồng bằng sông Hồng', nameEn: 'Red River Delta' },
  {
    id: 'BTB_DHMT',
    nameVi: 'Bắc Trung Bộ và duyên hải miền Trung',
    nameEn: 'North Central and Central Coast',
  },
  { id: 'TN', nameVi: 'Tây Nguyên', nameEn: 'Central Highlands' },
  { id: 'DNB', nameVi: 'Đông Nam Bộ', nameEn: 'Southeast' },
  { id: 'DBSCL', nameVi: 'Đồng bằng sông Cửu Long', nameEn: 'Mekong Delta' },
];
