/**
 * ReRoPE (Su, 2023, blog "Rectified Rotary Position Embeddings"): relative position i - j below
 * the window w, w beyond it (Leaky ReRoPE: w + (i - j - w) / k, inverseLeak = 1/k; 0 is ReRoPE).
 * Multi-band graph: near = RoPE; far = queries at w + (i - w)/k, keys at j/k.
 */
import { z } from 'zod';
import { ropeFrequencies } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, windowField } from './lib/config';
import { windowBands } from './lib/multi-band';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, window: windowField, inverseLeak: z.number().min(0).max(1).default(0) }).strict();

export default {
  id: 'rerope',
  kind: 'multi-band',
  models: ['rope-multiband'],
  configSchema,
  compute: ({ length, dims }, { base, window, inverseLeak }) => {
    const positions = sequentialPositions(length);
    return windowBands(ropeFrequencies({ headDim: dims.headDim, base }), {
      positions,
      farQueryPositions: positions.map((p) => window + (p - window) * inverseLeak),
      farKeyPositions: positions.map((p) => p * inverseLeak),
      window,
    });
  },
} satisfies PeMethod<typeof configSchema>;
