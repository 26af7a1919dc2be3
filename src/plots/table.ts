/**
 * The results table's columns, one formatting for every page that shows it (/benchmark/ and
 * /compare/, at build time and when /compare/ redraws it): bits/byte at each multiple, then far pass-key
 * accuracy, each as the mean over seeds ± the half-width of its 95% interval.
 */
import type { Locale } from '../i18n/locale';
import { figureWords } from '../i18n/ui/figures';
import type { ResultPoint } from './series';

export function resultHeaders(multiples: readonly number[], locale: Locale = 'en'): string[] {
  const t = figureWords(locale);
  return [...multiples.map((k) => t('results.bpb', { k })), ...multiples.map((k) => t('results.far', { k }))];
}

/** One series' cells under resultHeaders(multiples); '—' where it has no record at a multiple. */
export function resultCells(points: readonly ResultPoint[], multiples: readonly number[]): string[] {
  const at = (k: number) => points.find((p) => p.multiple === k);
  const fmt = (x: number | undefined, half: number | undefined) => (x === undefined ? '—' : `${x.toFixed(2)} ± ${(half ?? 0).toFixed(2)}`);
  return [...multiples.map((k) => fmt(at(k)?.bpb, at(k)?.bpbHalf)), ...multiples.map((k) => fmt(at(k)?.far, at(k)?.farHalf))];
}
