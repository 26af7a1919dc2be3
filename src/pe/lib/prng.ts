/** mulberry32, bit-for-bit the same as demos/pe/prng.py, for positions sampled at inference. */

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct integers from [0, pool), sorted (partial Fisher-Yates). */
export function orderedSubset(count: number, pool: number, seed: number): Float64Array {
  if (count > pool) throw new RangeError(`cannot pick ${count} positions from ${pool}`);
  const rand = mulberry32(seed);
  const items = Array.from({ length: pool }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rand() * (pool - i));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return Float64Array.from(items.slice(0, count).sort((a, b) => a - b));
}
