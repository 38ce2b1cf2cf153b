/**
 * Header mappings the user confirmed, remembered in this browser under the file's headerSignature, so
 * the next export with the same header row opens already matched.
 */

import type { HeaderMapping } from '../ingest/mapHeaders';
import { checkedValueMap, type ValueMap } from '../ingest/valueMap';
import { DATASET_IDS, type DatasetId } from '../model/datasets';
import type { Layout } from '../model/provinces';

export interface RememberedMapping {
  readonly dataset: DatasetId;
  readonly mapping: HeaderMapping;
  /** How the user read values the lists do not know, for files with these headers. */
  readonly values?: ValueMap;
  /** The layout the user chose for undated rows. */
  readonly layout?: Layout;
}

const PREFIX = 'ocop-dashboard.mapping.';

export function recallMapping(signature: string, headerWidth: number): RememberedMapping | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(PREFIX + signature) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { dataset, mapping, values, layout } = stored as {
      dataset?: unknown;
      mapping?: unknown;
      values?: unknown;
      layout?: unknown;
    };
    const id = DATASET_IDS.find((d) => d === dataset);
    if (!id || typeof mapping !== 'object' || mapping === null) return undefined;
    // Anything stored by hand or by an older version is checked, not trusted.
    const entries = Object.entries(mapping).filter(
      (entry): entry is [string, number] =>
        Number.isInteger(entry[1]) && entry[1] >= 0 && entry[1] < headerWidth,
    );
    const valueMap = checkedValueMap(values);
    return {
      dataset: id,
      mapping: Object.fromEntries(entries),
      ...(valueMap && Object.keys(valueMap).length > 0 ? { values: valueMap } : {}),
      ...(layout === '63' || layout === '34' ? { layout } : {}),
    };
  } catch {
    return undefined; // storage blocked or unreadable: nothing remembered
  }
}

export function rememberMapping(signature: string, remembered: RememberedMapping): void {
  try {
    localStorage.setItem(PREFIX + signature, JSON.stringify(remembered));
  } catch {
    // storage blocked or full: the mapping is used now, just not remembered
  }
}
