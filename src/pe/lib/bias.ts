/** Attention-bias helpers: a per-head function of the causal distance as the distance_bias input, and its pairs. */
import { tensor, type Tensor } from '../types';

/** distance_bias [H, L]: valueAt(h, n) for the distances n = 0 .. L-1 that a causal pair (i, j) has as i - j. */
export function distanceBias(heads: number, length: number, valueAt: (head: number, distance: number) => number): Tensor {
  const out = new Float32Array(heads * length);
  for (let h = 0; h < heads; h++) for (let n = 0; n < length; n++) out[h * length + n] = valueAt(h, n);
  return tensor(out, [heads, length]);
}

/** The [H, L, L] bias a graph adds to the logits of the causal pairs, from either bias input (0 above the diagonal). */
export function pairBias(inputs: { distance_bias?: Tensor; bias?: Tensor }, heads: number, length: number): Float32Array {
  if (inputs.bias) return inputs.bias.data;
  const byDistance = inputs.distance_bias;
  if (!byDistance) throw new Error('no attention bias input');
  const out = new Float32Array(heads * length * length);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < length; i++) for (let j = 0; j <= i; j++) out[(h * length + i) * length + j] = byDistance.data[h * length + i - j]!;
  }
  return out;
}

/**
 * ALiBi head slopes (Press et al., 2022): the geometric sequence starting at 2^(-8/n) with that
 * ratio; for n not a power of two, the slopes of the closest lower power of two followed by
 * every other slope of twice that many heads.
 */
export function alibiSlopes(heads: number): number[] {
  const powerOfTwo = (n: number) => Array.from({ length: n }, (_, k) => (2 ** (-8 / n)) ** (k + 1));
  if (Number.isInteger(Math.log2(heads))) return powerOfTwo(heads);
  const lower = 2 ** Math.floor(Math.log2(heads));
  const extra = powerOfTwo(2 * lower).filter((_, k) => k % 2 === 0);
  return [...powerOfTwo(lower), ...extra.slice(0, heads - lower)];
}
