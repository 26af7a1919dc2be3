/**
 * The numbers of one run (.demo-summary, a <dl>): bits/byte on the final training-length window (what the
 * benchmark scores at every length), the mean inside and beyond the training length, time, and the
 * build-time value when comparable.
 */
import { finalWindow, mean } from '../stats';

export function showSummary(list: HTMLElement, run: { bits: Float64Array; trainLength: number; milliseconds: number; buildValue: number | undefined }): void {
  const { bits, trainLength: L } = run;
  const beyond = bits.subarray(L - 1);
  const rows: [string, string][] = [
    [`Bits/byte on the last ${L} bytes (the benchmark's measure)`, mean(finalWindow(bits, L)).toFixed(4)],
    ['Mean bits/byte, all positions', mean(bits).toFixed(4)],
    [`Within the training length (first ${L} bytes)`, mean(bits.subarray(0, L - 1)).toFixed(4)],
    ['Beyond it', beyond.length ? mean(beyond).toFixed(4) : '—'],
    ['Forward pass', `${Math.round(run.milliseconds)} ms`],
  ];
  if (run.buildValue !== undefined) {
    const agrees = Math.abs(run.buildValue - mean(finalWindow(bits, L))) < 1e-3;
    rows.push(['Build-time value, same text and settings', `${run.buildValue.toFixed(4)} (${agrees ? 'agrees' : 'differs'})`]);
  }
  list.replaceChildren(...rows.flatMap(([term, value]) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })]));
}
