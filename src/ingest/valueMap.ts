/**
 * The user's answer to a category value the import did not recognise ("Du lịch cộng đồng nông nghiệp"
 * in a product group column, "Tỉnh Bến Tre (cũ)" in a province column): read it as a known value, or
 * leave its rows rejected. A pure input of normalizeRows, applied once per distinct value. Provinces
 * are never guessed: the import screen may list the closest names (closestProvinceNames), the user picks.
 */

import type { ColumnKind } from '../model/datasets.ts';
import { nameKey } from '../model/nameKey.ts';
import {
  CHANNEL_TYPES,
  type Choice,
  MOU_TYPES,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
  STAR_LEVELS,
} from '../model/ocop.ts';
import { PROVINCES_34, PROVINCES_63 } from '../model/provinces.ts';
import type { RejectReason } from './rejectReason.ts';

/** The kinds of value a user can map: the closed lists and provinces (destinations included). */
export const VALUE_KINDS = [
  'productGroup',
  'star',
  'mouType',
  'channelType',
  'producerType',
  'province',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * Per kind, the nameKey of a value as the file writes it → what to read instead: a choice id, or a
 * province name as the reference data spells it (read in the row's layout like any other name).
 */
export type ValueMap = Readonly<Partial<Record<ValueKind, Readonly<Record<string, string>>>>>;

/** The kind of value a column of this kind holds, for mapping; undefined for kinds that are not mapped. */
export function valueKindOf(kind: ColumnKind): ValueKind | undefined {
  switch (kind) {
    case 'province':
    case 'targetProvince':
      return 'province';
    case 'productGroup':
    case 'star':
    case 'mouType':
    case 'channelType':
    case 'producerType':
      return kind;
    default:
      return undefined;
  }
}

/** Whether a rejection is a value the user may map: unknown or ambiguous, not malformed or missing. */
export function isMappableReject(reason: RejectReason): boolean {
  return (
    reason.code === 'unknownChoice' ||
    reason.code === 'unknownProvince' ||
    reason.code === 'ambiguousProvince' ||
    reason.code === 'starOutOfRange'
  );
}

export const CHOICE_LISTS: Readonly<Record<Exclude<ValueKind, 'province'>, readonly Choice<string>[]>> = {
  productGroup: PRODUCT_GROUPS,
  star: STAR_LEVELS,
  mouType: MOU_TYPES,
  channelType: CHANNEL_TYPES,
  producerType: PRODUCER_TYPES,
};

/** Every province name a value can be mapped to: the 63 former units and the 34 new ones, once each. */
export const PROVINCE_NAMES: readonly string[] = [
  ...new Set([...PROVINCES_63, ...PROVINCES_34].map((p) => p.name)),
].sort((a, b) => a.localeCompare(b, 'vi'));

/** The replacement of a raw value, if the user mapped it. */
export function mappedValue(map: ValueMap | undefined, kind: ValueKind, raw: string): string | undefined {
  const forKind = map?.[kind];
  if (!forKind) return undefined;
  const target = forKind[nameKey(raw)];
  return target === undefined || target === '' ? undefined : target;
}

/** Whether a stored value map is well formed (anything stored by an older version is checked, not trusted). */
export function checkedValueMap(stored: unknown): ValueMap | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const map: Partial<Record<ValueKind, Record<string, string>>> = {};
  for (const kind of VALUE_KINDS) {
    const forKind = (stored as Record<string, unknown>)[kind];
    if (typeof forKind !== 'object' || forKind === null) continue;
    const entries = Object.entries(forKind).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
    );
    if (entries.length > 0) map[kind] = Object.fromEntries(entries);
  }
  return map;
}

/** Levenshtein distance, for suggesting the closest province names (never applied without the user). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const PROVINCE_PREFIX = /^(?:tinh|thanh pho|tp|t p|thu do) /;

/** The province names closest to a value (by nameKey edit distance, prefixes such as "Tỉnh" aside), best first. */
export function closestProvinceNames(value: string, count = 3): string[] {
  const key = nameKey(value).replace(PROVINCE_PREFIX, '');
  return PROVINCE_NAMES.map((name) => ({ name, d: editDistance(key, nameKey(name)) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'vi'))
    .slice(0, count)
    .map((s) => s.name);
}
