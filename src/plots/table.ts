/**
 * The results table's columns, one formatting for every page that shows it (/benchmark/ and
 * /compare/, at build time and when /compare/ redraws it): bits/byte at each multiple, then far pass-key accuracy.
 */
import type { ResultPoint } from './series';

export function resultHeaders(multiples: readonly number[]): string[] {
  return [...multiples.map((k) => `bits/byte ${k}×`), ...multiples.map((k) => `pass key (far) ${k}×`)];
}

/** One series' cells under resultHeaders(multiples); '—' where it has no record at a multiple. */
export function resultCells(points: readonly ResultPoint[], multiples: readonly number[]): string[] {
  const at = (k: number) => points.find((p) => p.multiple === k);
  const fmt = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(2));
  return [...multiples.map((k) => fmt(at(k)?.bpb)), ...multiples.map((k) => fmt(at(k)?.far))];
}
