/** KERPLE, logarithmic variant (Chi et al., NeurIPS 2022, arXiv 2205.09921): bias = -r1_h log(1 + r2_h |i - j|). */
import { z } from 'zod';
import { distanceBias } from './lib/bias';
import type { PeMethod } from './types';

const configSchema = z.object({}).strict();

export default {
  id: 'kerple',
  kind: 'distance-bias',
  models: ['kerple'],
  configSchema,
  compute: ({ length, dims, params }) => {
    const r1 = params['r1'];
    const r2 = params['r2'];
    if (!r1 || !r2) throw new Error('kerple needs its learned r1 and r2 (params "r1", "r2")');
    return { distance_bias: distanceBias(dims.heads, length, (h, n) => -r1.data[h]! * Math.log1p(r2.data[h]! * n)) };
  },
} satisfies PeMethod<typeof configSchema>;
