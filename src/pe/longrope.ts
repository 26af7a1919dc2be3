/**
 * LongRoPE per-dimension scaling (Ding et al., 2024, arXiv 2402.13753; HF `longrope`):
 * theta'_m = theta_m / lambda_m, one rescale factor per rotary pair, attention factor
 * sqrt(1 + ln s / ln L). Default factors: LongRoPE's evolutionary search on the RoPE model at s = 4
 * (demos/search_rescale.py), used at every length, as a LongRoPE model uses its searched factors.
 */
import searched from '../../demos/search/longrope-rope-seed1.json' with { type: 'json' };
import { longRopeScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { longRopeConfig } from './lib/config';
import type { PeMethod } from './types';

const configSchema = longRopeConfig;

export default {
  id: 'longrope',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, rescale }) =>
    rotaryInputs(sequentialPositions(length), longRopeScaling({ headDim: dims.headDim, base, factor, trainLength, rescale: rescale ?? searched.rescale })),
} satisfies PeMethod<typeof configSchema>;
