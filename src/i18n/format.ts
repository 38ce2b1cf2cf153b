import { format as formatDateFns } from 'date-fns';
import { enGB, vi as viLocale } from 'date-fns/locale';
import type { Lang } from './messages';

/**
 * The one number and date formatter. Vietnamese groups thousands with "." and uses "," for decimals
 * (1.234,5); ECharts would print "1,234.5", so every axis label and tooltip calls these explicitly.
 */
const LOCALE_TAG: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  const key = `${lang}:${maximumFractionDigits}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE_TAG[lang], { maximumFractionDigits });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

export function formatPercent(lang: Lang, ratio: number): string {
  return new Intl.NumberFormat(LOCALE_TAG[lang], { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}

/** Dates as Vietnamese readers write them: 03/04/2024; long form "3 tháng 4, 2024" where space allows. */
export function formatDate(lang: Lang, date: Date, style: 'short' | 'long' = 'short'): string {
  if (style === 'short') return formatDateFns(date, 'dd/MM/yyyy');
  return formatDateFns(date, lang === 'vi' ? "d 'tháng' M, yyyy" : 'd MMMM yyyy', {
    locale: lang === 'vi' ? viLocale : enGB,
  });
}
