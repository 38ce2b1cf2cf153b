/**
 * The one formatter of rejection reasons (ingest/rejectReason.ts) into words, in the UI language: the
 * import screen, its downloadable report and the validator CLI (scripts/validateCsv.ts) all use it.
 */

import { MAX_YEAR, MIN_YEAR } from '../ingest/parseValues.ts';
import type { ChoiceKind, RejectReason } from '../ingest/rejectReason.ts';
import {
  CHANNEL_TYPES,
  type Choice,
  DATA_KINDS,
  MOU_TYPES,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
} from '../model/ocop.ts';
import { formatNumber } from './format.ts';
import { type Lang, type MessageKey, translate } from './messages.ts';

const CHOICES: Readonly<
  Record<ChoiceKind, { readonly label: MessageKey; readonly list: readonly Choice<string>[] }>
> = {
  productGroup: { label: 'rejectChoiceProductGroup', list: PRODUCT_GROUPS },
  mouType: { label: 'rejectChoiceMouType', list: MOU_TYPES },
  producerType: { label: 'rejectChoiceProducerType', list: PRODUCER_TYPES },
  channelType: { label: 'rejectChoiceChannelType', list: CHANNEL_TYPES },
  dataKind: { label: 'rejectChoiceDataKind', list: DATA_KINDS },
};

export function describeReject(reason: RejectReason, lang: Lang): string {
  switch (reason.code) {
    case 'required':
      return translate(lang, 'rejectRequired');
    case 'unknownProvince':
      return translate(lang, 'rejectUnknownProvince', { value: reason.value });
    case 'nationalTotal':
      return translate(lang, 'rejectNationalTotal', { value: reason.value });
    case 'ambiguousProvince':
      return translate(lang, 'rejectAmbiguousProvince', { value: reason.value });
    case 'notACount':
      return translate(lang, 'rejectNotACount', { value: reason.value });
    case 'notANumber':
      return translate(lang, 'rejectNotANumber', { value: reason.value });
    case 'yearOutOfRange':
      // Years are written without grouping ("2000", not "2.000").
      return translate(lang, 'rejectYearOutOfRange', { value: reason.value, min: MIN_YEAR, max: MAX_YEAR });
    case 'notADate':
      return translate(lang, 'rejectNotADate', { value: reason.value });
    case 'starOutOfRange':
      return translate(lang, 'rejectStarOutOfRange', { value: reason.value });
    case 'notOcopStar':
      return translate(lang, 'rejectNotOcopStar', { value: reason.value, stars: reason.stars });
    case 'unknownChoice': {
      const { label, list } = CHOICES[reason.kind];
      return translate(lang, 'rejectUnknownChoice', {
        label: translate(lang, label),
        value: reason.value,
        choices: list.map((c) => c[lang]).join('; '),
      });
    }
    case 'extraCells':
      return translate(lang, 'rejectExtraCells', { count: formatNumber(lang, reason.count) });
  }
}
