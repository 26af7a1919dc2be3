/**
 * StreamingLLM, attention sinks (Xiao et al., ICLR 2024, arXiv 2309.17453): each query sees the first
 * `sinks` tokens, the `recentTokens` tokens before it and itself, positioned by place in the cache: recent
 * keys at their true distance (0..recentTokens), a sink j at distance min(i, sinks + recentTokens) - j. One pass
 * is exact (each token's keys are computed once, as in streaming). Multi-band graph, training-free.
 */
import { z } from 'zod';
import { baseField } from './lib/config';
import { multiBandInputs } from './lib/multi-band';
import { sequentialPositions } from './lib/positions';
import { ropeFrequencies } from './lib/rotary';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, sinks: z.number().int().min(0).default(4), recentTokens: z.number().int().min(0).default(28) }).strict();

export default {
  id: 'attention-sinks',
  kind: 'multi-band',
  models: ['rope-multiband'],
  configSchema,
  compute: ({ length, dims }, { base, sinks, recentTokens }) => {
    const positions = sequentialPositions(length);
    const zeros = new Float64Array(length);
    return multiBandInputs(ropeFrequencies({ headDim: dims.headDim, base }), [
      { queryPositions: positions, keyPositions: positions, queryCoord: positions, keyCoord: positions, low: 0, high: recentTokens + 1 },
      { queryPositions: positions.map((p) => Math.min(p, sinks + recentTokens)), keyPositions: positions, queryCoord: zeros, keyCoord: positions.map((p) => -p), low: 0, high: sinks },
    ]);
  },
} satisfies PeMethod<typeof configSchema>;
