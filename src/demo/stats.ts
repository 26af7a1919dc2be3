/** Small numeric helpers with no dependencies, safe to load on the page before the demo's worker. */
export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}
