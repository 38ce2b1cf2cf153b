/**
 * Why a cell was rejected, as data: a code plus the parameters a message needs. The UI and the CLI turn
 * it into words in their own language, so nothing here is an English sentence.
 */

import type { ColumnKind } from '../model/datasets.ts';

/** The closed-list kinds whose values are resolved through model/ocop.ts. */
export type ChoiceKind = Extract<
  ColumnKind,
  'productGroup' | 'mouType' | 'producerType' | 'channelType' | 'dataKind'
>;

export type RejectReason =
  | { readonly code: 'required' }
  | { readonly code: 'unknownProvince'; readonly value: string }
  /** "Cả nước" where a province is due: a national total row, which the tables add up themselves. */
  | { readonly code: 'nationalTotal'; readonly value: string }
  | { readonly code: 'ambiguousProvince'; readonly value: string }
  | { readonly code: 'notACount'; readonly value: string }
  | { readonly code: 'notANumber'; readonly value: string }
  | { readonly code: 'yearOutOfRange'; readonly value: string }
  | { readonly code: 'notADate'; readonly value: string }
  | { readonly code: 'starOutOfRange'; readonly value: string }
  /** One or two stars: a rating below OCOP certification (OCOP certifies 3 stars and up). */
  | { readonly code: 'notOcopStar'; readonly value: string; readonly stars: number }
  | { readonly code: 'unknownChoice'; readonly value: string; readonly kind: ChoiceKind }
  /** The row has `count` non-empty cells to the right of the last header column. */
  | { readonly code: 'extraCells'; readonly count: number };

export type RejectCode = RejectReason['code'];

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: RejectReason };
