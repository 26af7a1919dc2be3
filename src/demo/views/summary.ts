/**
 * The numbers of one run (.demo-summary, a <dl>): bits/byte on the final training-length window (what the
 * benchmark scores at every length), the mean inside and beyond the training length, time, and the
 * build-time value when comparable.
 */
import { finalWindow, mean } from '../stats';
import { demoText } from '../text';

export function showSummary(list: HTMLElement, run: { bits: Float64Array; trainLength: number; milliseconds: number; buildValue: number | undefined }): void {
  const { bits, trainLength: L } = run;
  const beyond = bits.subarray(L - 1);
  const rows: [string, string][] = [
    [demoText('summary.final', { length: L }), mean(finalWindow(bits, L)).toFixed(4)],
    [demoText('summary.mean'), mean(bits).toFixed(4)],
    [demoText('summary.within', { length: L }), mean(bits.subarray(0, L - 1)).toFixed(4)],
    [demoText('summary.beyond'), beyond.length ? mean(beyond).toFixed(4) : '—'],
    [demoText('summary.forward'), demoText('summary.ms', { ms: Math.round(run.milliseconds) })],
  ];
  if (run.buildValue !== undefined) {
    const agrees = Math.abs(run.buildValue - mean(finalWindow(bits, L))) < 1e-3;
    rows.push([demoText('summary.build'), demoText(agrees ? 'summary.agrees' : 'summary.differs', { value: run.buildValue.toFixed(4) })]);
  }
  list.replaceChildren(...rows.flatMap(([term, value]) => [Object.assign(document.createElement('dt'), { textContent: term }), Object.assign(document.createElement('dd'), { textContent: value })]));
}
