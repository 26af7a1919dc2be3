/** Position helpers shared by several methods. */

/** 0, 1, ..., length - 1 */
export function sequentialPositions(length: number): Float64Array {
  return Float64Array.from({ length }, (_, i) => i);
}

/** n[i, j] = i - j for j <= i, else 0 (those logits are masked by the causal mask anyway). */
export function causalDistance(i: number, j: number): number {
  return j <= i ? i - j : 0;
}
