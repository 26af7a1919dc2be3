/**
 * T5 relative bias (Raffel et al., JMLR 2020, arXiv 1910.10683): a learned scalar per head and
 * distance bucket; causal bucketing as Hugging Face `_relative_position_bucket(bidirectional=False)`:
 * n < B/2 exact, then logarithmic up to maxDistance, then the last bucket. Params `table` [B, H].
 */
import { z } from 'zod';
import { distanceBias } from './lib/bias';
import type { PeMethod } from './types';

const configSchema = z.object({ buckets: z.number().int().min(2).default(32), maxDistance: z.number().int().min(2).default(128) }).strict();

export function t5Bucket(n: number, buckets: number, maxDistance: number): number {
  const exact = Math.floor(buckets / 2);
  if (n < exact) return n;
  const large = exact + Math.trunc((Math.log(n / exact) / Math.log(maxDistance / exact)) * (buckets - exact));
  return Math.min(large, buckets - 1);
}

export default {
  id: 't5-bias',
  kind: 'distance-bias',
  models: ['t5-bias'],
  configSchema,
  compute: ({ length, dims, params }, { buckets, maxDistance }) => {
    const table = params['table'];
    if (!table) throw new Error('t5-bias needs its learned bucket table (params "table")');
    return { distance_bias: distanceBias(dims.heads, length, (h, n) => table.data[t5Bucket(n, buckets, maxDistance) * dims.heads + h]!) };
  },
} satisfies PeMethod<typeof configSchema>;
