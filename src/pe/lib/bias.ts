/** Attention-bias helpers: build [H, L, L] from a per-head function of the causal distance. */
import { causalDistance } from './positions';
import { tensor, type Tensor } from '../types';

export function biasFromDistance(heads: number, length: number, valueAt: (head: number, distance: number, query: number) => number): Tensor {
  const out = new Float32Array(heads * length * length);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < length; i++) {
      for (let j = 0; j < length; j++) {
        out[(h * length + i) * length + j] = valueAt(h, causalDistance(i, j), i);
      }
    }
  }
  return tensor(out, [heads, length, length]);
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
