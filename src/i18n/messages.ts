/**
 * UI text, Vietnamese first. Each feature keeps its dictionary in dictionaries/<feature>.ts, where the
 * type makes English carry every key Vietnamese has; this file joins them. `{name}` placeholders are
 * filled by `translate`.
 */

import * as a11y from './dictionaries/a11y';
import * as chartExports from './dictionaries/chartExports';
import * as core from './dictionaries/core';
import * as data from './dictionaries/data';
import * as dataTable from './dictionaries/dataTable';
import * as distribution from './dictionaries/distribution';
import * as filters from './dictionaries/filters';
import * as linkages from './dictionaries/linkages';
import * as map from './dictionaries/map';
import * as overview from './dictionaries/overview';
import * as provinceDetail from './dictionaries/provinceDetail';
import * as provinces from './dictionaries/provinces';
import * as publish from './dictionaries/publish';
import * as remoteData from './dictionaries/remoteData';
import * as sqlConsole from './dictionaries/sqlConsole';
import * as summary from './dictionaries/summary';
import * as workbookImport from './dictionaries/workbookImport';

/**
 * Every feature dictionary; their keys must not overlap (tested), since a later one would win silently.
 * A new feature adds its import and one entry here, nothing else.
 */
export const DICTIONARIES = {
  core,
  data,
  workbookImport,
  filters,
  overview,
  distribution,
  linkages,
  map,
  provinces,
  provinceDetail,
  sqlConsole,
  chartExports,
  a11y,
  dataTable,
  summary,
  remoteData,
  publish,
} as const;

type Dictionary = (typeof DICTIONARIES)[keyof typeof DICTIONARIES];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type AllVietnamese = UnionToIntersection<Dictionary['vi']>;

export type MessageKey = keyof AllVietnamese;
export type Messages = Record<MessageKey, string>;
export const vi = Object.assign({}, ...Object.values(DICTIONARIES).map((d) => d.vi)) as Messages;
export const en = Object.assign({}, ...Object.values(DICTIONARIES).map((d) => d.en)) as Messages;

export type Lang = 'vi' | 'en';
export const MESSAGES: Readonly<Record<Lang, Messages>> = { vi, en };

export function translate(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
