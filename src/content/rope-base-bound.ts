/**
 * Xu, Men et al., "Base of RoPE Bounds Context Length" (NeurIPS 2024, arXiv 2405.14591): a similar key is expected
 * to score above a random one at relative distance m only while B(m) = sum_i cos(m theta_i) >= 0, with
 * theta_i = base^(-2i/d). The figures of the method page content/methods/rope-base-bound.mdx, from the same
 * inverse frequencies the RoPE models are fed (src/pe/lib/rotary.ts).
 */
import { ropeInvFreq, type RopeOptions } from '../pe/lib/rotary';

/** B(m) = sum over the d/2 pairs of cos(m theta_i); d/2 at m = 0. */
export function discrimination(options: RopeOptions, m: number): number {
  let sum = 0;
  for (const theta of ropeInvFreq(options)) sum += Math.cos(m * theta);
  return sum;
}

/** The longest distance M with B(m) >= 0 for every m = 0 .. M: how far a base keeps the property (capped at `limit`). */
export function reach(options: RopeOptions, limit = 1_000_000): number {
  const invFreq = ropeInvFreq(options);
  for (let m = 1; m <= limit; m++) {
    let sum = 0;
    for (const theta of invFreq) sum += Math.cos(m * theta);
    if (sum < 0) return m - 1;
  }
  return limit;
}

/**
 * The smallest base on the grid 2 * ratio^k whose reach is at least `length`: every smaller grid base fails,
 * which makes it a lower bound. The property is not monotone in the base (a slightly larger base can fail
 * again), so this is the paper's lower bound, not a threshold above which every base passes.
 */
export function lowerBoundBase({ headDim, length }: { readonly headDim: number; readonly length: number }, ratio = 1.001): number {
  for (let base = 2; base < 1e12; base *= ratio) if (reach({ headDim, base }, length) >= length) return base;
  throw new Error(`no base below 1e12 keeps B(m) >= 0 up to ${length} at d = ${headDim}`);
}
