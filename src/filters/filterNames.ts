import { type Lang, translate } from '../i18n/messages';
import { type Layout, province34, province63 } from '../model/provinces';
import { REGIONS } from '../model/regions';
import type { DestinationId } from './filterState';

/** Names of what a filter holds, in the UI language: used by the chips, the description and exports. */
export function provinceLabel(code: string, layout: Layout, lang: Lang): string {
  const province = layout === '63' ? province63(code) : province34(code);
  if (!province) return code;
  return lang === 'vi' ? province.name : province.nameEn;
}

export function regionLabel(id: string, lang: Lang): string {
  const region = REGIONS.find((r) => r.id === id);
  return region ? (lang === 'vi' ? region.nameVi : region.nameEn) : id;
}

export function destinationLabel(id: DestinationId, lang: Lang): string {
  return translate(lang, id === 'hcmc' ? 'destHcmc' : 'destHanoi');
}
