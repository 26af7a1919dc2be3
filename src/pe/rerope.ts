/**
 * ReRoPE (Su, 2023, blog "Rectified Rotary Position Embeddings"): relative position i - j below
 * the window w, w beyond it (Leaky ReRoPE: w + (i - j - w) / k, inverseLeak = 1/k; 0 is ReRoPE).
 * Two-band graph: near = RoPE; far = queries at w + (i - w)/k, keys at j/k.
 */
import { z } from 'zod';
import { ropeInvFreq, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { tensor, type PeMethod } from './types';

const configSchema = z
  .object({ base: z.number().min(2).default(10000), window: z.number().int().min(1).default(32), inverseLeak: z.number().min(0).max(1).default(0) })
  .strict();

export default {
  id: 'rerope',
  kind: 'two-band',
  models: ['rope-twoband'],
  configSchema,
  compute: ({ length, dims }, { base, window, inverseLeak }) => {
    const frequencies = { invFreq: ropeInvFreq(dims.headDim, base), attentionFactor: 1 };
    const positions = sequentialPositions(length);
    const farQuery = rotaryInputs(positions.map((p) => window + (p - window) * inverseLeak), frequencies);
    const farKey = rotaryInputs(positions.map((p) => p * inverseLeak), frequencies);
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
