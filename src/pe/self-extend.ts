/**
 * Self-Extend (Jin et al., ICML 2024, arXiv 2401.01325): neighbour tokens (i - j < w) keep RoPE
 * positions; farther ones use grouped positions floor(p / G), queries shifted by w - floor(w / G).
 * Multi-band graph, training-free.
 */
import { z } from 'zod';
import { ropeFrequencies } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, windowField } from './lib/config';
import { windowBands } from './lib/multi-band';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, window: windowField, groupSize: z.number().int().min(1).default(4) }).strict();

export default {
  id: 'self-extend',
  kind: 'multi-band',
  models: ['rope-multiband'],
  configSchema,
  compute: ({ length, dims }, { base, window, groupSize }) => {
    const positions = sequentialPositions(length);
    const grouped = positions.map((p) => Math.floor(p / groupSize));
    return windowBands(ropeFrequencies({ headDim: dims.headDim, base }), {
      positions,
      farQueryPositions: grouped.map((p) => p + window - Math.floor(window / groupSize)),
      farKeyPositions: grouped,
      window,
    });
  },
} satisfies PeMethod<typeof configSchema>;
