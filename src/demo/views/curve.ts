/**
 * The run's loss by position (.demo-plot), drawn with the benchmark's own spec and smoothing
 * (src/plots): this run, the build-time curve for the same model and length with its 95% band, and any curves the
 * reader added (with theirs). The charting library loads with the first plot.
 */
import { smoothedByPosition, withHalfWidths, type Curve } from '../../plots/curves';
import { mean } from '../stats';
import { documentLocale } from '../../i18n/locale';
import { demoText } from '../text';

export interface LabelledValues {
  label: string;
  values: ArrayLike<number>;
  /** the half-width of the 95% interval of each smoothed position (build-time curves), drawn as a band */
  halfWidths?: ArrayLike<number>;
}

/** This run first (in the text colour), then the build-time curve and the added ones. */
const COLORS = ['currentColor', '#d97706', '#2563eb', '#16a34a', '#db2777', '#7c3aed', '#0891b2'];

export async function drawCurve(output: HTMLElement, bits: Float64Array, trainLength: number, others: readonly LabelledValues[]): Promise<void> {
  const { draw, lossByPosition } = await import('../../plots/draw');
  const curves: Curve[] = [{ label: demoText('curve.this-run'), values: bits }, ...others].map((c, i) => ({
    key: `curve-${i}`,
    label: c.label,
    color: COLORS[i % COLORS.length]!,
    points: 'halfWidths' in c && c.halfWidths ? withHalfWidths(smoothedByPosition(c.values), c.halfWidths) : smoothedByPosition(c.values),
  }));
  const spec = lossByPosition(curves, trainLength, { legend: true, dots: false, locale: documentLocale() });
  const chart = draw({ ...spec, width: Math.min(720, output.clientWidth || 720), height: 260, y: { ...spec.y, zero: true } });
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', demoText('curve.label', { mean: mean(bits).toFixed(2), length: trainLength }));
  output.querySelector('.demo-plot .plot')!.replaceChildren(chart);
  output.querySelector('.demo-plot figcaption')!.textContent = demoText('curve.caption', { length: trainLength });
}
