/** ALiBi (Press et al., ICLR 2022, arXiv 2108.12409, Sec. 3): bias[h, i, j] = -m_h (i - j) for j <= i. */
import { z } from 'zod';
import { alibiSlopes, distanceBias } from './lib/bias';
import type { PeMethod } from './types';

const configSchema = z.object({}).strict();

export default {
  id: 'alibi',
  kind: 'distance-bias',
  models: ['alibi'],
  configSchema,
  compute: ({ length, dims }) => {
    const slopes = alibiSlopes(dims.heads);
    return { distance_bias: distanceBias(dims.heads, length, (h, n) => -slopes[h]! * n) };
  },
} satisfies PeMethod<typeof configSchema>;
