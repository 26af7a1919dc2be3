/**
 * Self-Extend (Jin et al., ICML 2024, arXiv 2401.01325): neighbour tokens (i - j < w) keep RoPE
 * positions; farther ones use grouped positions floor(p / G), queries shifted by w - floor(w / G).
 * Two-band graph, training-free.
 */
import { z } from 'zod';
import { ropeInvFreq, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { tensor, type PeMethod } from './types';

const configSchema = z
  .object({ base: z.number().min(2).default(10000), window: z.number().int().min(1).default(32), groupSize: z.number().int().min(1).default(4) })
  .strict();

export default {
  id: 'self-extend',
  kind: 'two-band',
  models: ['rope-twoband'],
  configSchema,
  compute: ({ length, dims }, { base, window, groupSize }) => {
    const frequencies = { invFreq: ropeInvFreq(dims.headDim, base), attentionFactor: 1 };
    const positions = sequentialPositions(length);
    const grouped = positions.map((p) => Math.floor(p / groupSize));
    const farQuery = rotaryInputs(grouped.map((p) => p + window - Math.floor(window / groupSize)), frequencies);
    const farKey = rotaryInputs(grouped, frequencies);
    return {
      ...rotaryInputs(positions, frequencies),
      rq2_cos: farQuery.rq_cos,
      rq2_sin: farQuery.rq_sin,
      rk2_cos: farKey.rk_cos,
      rk2_sin: farKey.rk_sin,
      window: tensor(Float32Array.of(window), [1]),
    };
  },
} satisfies PeMethod<typeof configSchema>;
