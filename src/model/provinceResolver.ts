/**
 * Turns whatever a spreadsheet says about a province ("TP.HCM", "Tỉnh Sóc Trăng", "79", "Saigon") into a
 * (code, layout) pair. Exact matching only, after nameKey: a name that is not in the reference data is
 * reported, never guessed, because a wrong guess silently moves figures to another province.
 */

import { nameKey } from './nameKey.ts';
import {
  type Layout,
  NOT_STATED_CODE,
  NOT_STATED_SPELLINGS,
  PROVINCES_34,
  PROVINCES_63,
  type Province34,
  type Province63,
} from './provinces.ts';

export type ProvinceResolution =
  | {
      ok: true;
      code: string;
      layout: Layout;
      /** Old ('63') code when an old unit's name was given for a post-merger row. */
      mergedFrom?: string;
    }
  | { ok: false; reason: 'unknownProvince' | 'ambiguousProvince'; input: string };

/** Administrative prefixes written before a name ("Tỉnh Sóc Trăng", "TP. Cần Thơ", "T. Đồng Tháp"), as nameKeys. */
const PREFIXES = ['thanh pho ', 'thu do ', 'tinh ', 't p ', 'tp ', 't '];

function stripPrefixes(key: string): string {
  let k = key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PREFIXES) {
      if (k.startsWith(prefix) && k.length > prefix.length) {
        k = k.slice(prefix.length);
        changed = true;
      }
    }
  }
  return k;
}

// null marks a key claimed by two different units.
type Index = Map<string, string | null>;

interface Named {
  readonly code: string;
  readonly name: string;
  readonly nameAscii: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
}

function buildIndex(units: readonly Named[]): Index {
  const index: Index = new Map();
  const claim = (key: string, code: string): void => {
    if (key === '') return;
    const current = index.get(key);
    if (current === undefined) index.set(key, code);
    else if (current !== code) index.set(key, null);
  };
  for (const u of units) {
    for (const spelling of [u.name, u.nameAscii, u.nameEn, ...u.aliases]) {
      const key = nameKey(spelling);
      claim(key, u.code);
      // So that "TP. Hồ Chí Minh" is also found as plain "Hồ Chí Minh", and input prefixes can be stripped.
      const bare = stripPrefixes(key);
      if (bare !== key) claim(bare, u.code);
    }
  }
  return index;
}

/** The code for key, or null if ambiguous, undefined if unknown; falls back to the key without prefixes. */
function lookup(index: Index, key: string): string | null | undefined {
  const direct = index.get(key);
  if (direct !== undefined) return direct;
  const bare = stripPrefixes(key);
  return bare === key ? undefined : index.get(bare);
}

const CODE = /^\d{1,2}$/;
const NOT_STATED_KEYS = new Set(NOT_STATED_SPELLINGS.map(nameKey));

/**
 * A resolver over the given reference lists. The app uses `resolveProvince`; this factory exists so the
 * ambiguity path can be tested with synthetic lists (the real data has no ambiguous spelling).
 */
export function createProvinceResolver(
  provinces63: readonly Province63[],
  provinces34: readonly Province34[],
): (input: string, layout: Layout) => ProvinceResolution {
  // Built once: resolution runs per row on million-row files, so each call is a couple of Map lookups.
  const codes63 = new Set(provinces63.map((p) => p.code));
  const codes34 = new Set(provinces34.map((p) => p.code));
  const newCodeOf = new Map(provinces63.map((p) => [p.code, p.newCode]));
  const index63 = buildIndex(provinces63);
  const index34 = buildIndex(provinces34);

  return (input, layout) => {
    const trimmed = input.trim();
    // Said in words, "not stated" is a value of its own in either layout (stored as code 00). The code
    // itself is not accepted as input: a "00" in a code column is more likely a slip than a statement.
    if (NOT_STATED_KEYS.has(nameKey(trimmed))) {
      return { ok: true, code: NOT_STATED_CODE, layout };
    }
    if (CODE.test(trimmed)) {
      // Codes are read in the row's layout only: an old code in a '34' row may name a different unit.
      const code = trimmed.padStart(2, '0');
      const valid = layout === '63' ? codes63 : codes34;
      return valid.has(code) ? { ok: true, code, layout } : { ok: false, reason: 'unknownProvince', input };
    }
    const key = nameKey(trimmed);
    if (key === '') return { ok: false, reason: 'unknownProvince', input };

    const direct = lookup(layout === '63' ? index63 : index34, key);
    if (direct === null) return { ok: false, reason: 'ambiguousProvince', input };
    if (direct !== undefined) return { ok: true, code: direct, layout };
    if (layout === '34') {
      // An old unit's name in a post-merger row: the merger maps it to exactly one new unit.
      const oldCode = lookup(index63, key);
      if (oldCode === null) return { ok: false, reason: 'ambiguousProvince', input };
      const newCode = oldCode === undefined ? undefined : newCodeOf.get(oldCode);
      if (oldCode !== undefined && newCode !== undefined && codes34.has(newCode)) {
        return { ok: true, code: newCode, layout, mergedFrom: oldCode };
      }
    }
    return { ok: false, reason: 'unknownProvince', input };
  };
}

const resolver = createProvinceResolver(PROVINCES_63, PROVINCES_34);

/**
 * Resolve a province name or code for a row in the given layout.
 * - "1", "01", "79": a statistics code, read in `layout` only.
 * - a name, alias, ASCII or English spelling, with or without "Tỉnh"/"Thành phố"/"TP." prefixes.
 * - "không xác định" (also "chưa xác định", "không nêu"): the explicit "not stated" code 00.
 * - layout '34' also accepts the name of an old unit and maps it to the unit it merged into
 *   (`mergedFrom` = old code), e.g. "Sóc Trăng" → 92 Cần Thơ, mergedFrom '94'.
 */
export function resolveProvince(input: string, layout: Layout): ProvinceResolution {
  return resolver(input, layout);
}
