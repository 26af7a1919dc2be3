/**
 * Curves as the figures draw them, and the smoothing of per-position losses: one implementation
 * for the build-time figures and the live demo. No charting library here, so pages can import it freely.
 */

/** One line of a figure: its points carry the fields a spec names for x and y. */
export interface Curve {
  key: string;
  label: string;
  /** a CSS colour; 'currentColor' follows the text colour (light and dark) */
  color: string;
  /** in a panelled figure: the index of its colour in the series palette (src/plots/palette.ts), which replaces `color` */
  tone?: number;
  points: readonly Record<string, number>[];
}

/** The window of the per-position curves: each point is the mean loss of the bytes that lead up to it. */
export const SMOOTHING_WINDOW = 8;

/**
 * Bits per byte by position, smoothed: at position p (1-based), the mean of values[p-window .. p-1].
 * Every position by default; with `points`, about that many log-spaced positions (for long curves).
 */
export function smoothedByPosition(values: ArrayLike<number>, points?: number, window = SMOOTHING_WINDOW): { position: number; bits: number }[] {
  const n = values.length;
  const positions = points === undefined ? Array.from({ length: n }, (_, i) => i + 1) : logPositions(n, points);
  return positions.map((p) => {
    const from = Math.max(0, p - window);
    let sum = 0;
    for (let j = from; j < p; j++) sum += values[j]!;
    return { position: p, bits: sum / (p - from) };
  });
}

/**
 * Smoothed points with `bitsHalf`, the half-width of the 95% interval of each point's smoothed mean (`halfWidths[p - 1]`
 * at position p, as content/results/positions/ records them), which the specs draw as a band.
 */
export function withHalfWidths(points: readonly { position: number; bits: number }[], halfWidths: ArrayLike<number>): { position: number; bits: number; bitsHalf: number }[] {
  return points.map((p) => ({ ...p, bitsHalf: halfWidths[p.position - 1]! }));
}

function logPositions(n: number, points: number): number[] {
  const picks = Array.from({ length: points }, (_, i) => Math.round(Math.exp((Math.log(n) * i) / (points - 1))));
  return [...new Set(picks)].filter((p) => p >= 1 && p <= n);
}
