/**
 * LongRoPE2 (Shang et al. 2025, arXiv 2502.20082): LongRoPE's per-pair rescale theta'_m = theta_m / lambda_m
 * (attention factor sqrt(1 + ln s / ln L)) for inputs longer than the training length, the original RoPE
 * otherwise. Default factors: the needle-driven search of demos/search_rescale.py on the RoPE model.
 */
import searched from '../../demos/search/longrope2-rope-seed1.json' with { type: 'json' };
import { longRopeScaling, ropeFrequencies, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { longRopeConfig } from './lib/config';
import type { PeMethod } from './types';

const configSchema = longRopeConfig;

export default {
  id: 'longrope2',
  kind: 'rotary',
  models: ['rope', 'longrope2-ft'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, rescale }) =>
    rotaryInputs(
      sequentialPositions(length),
      length <= trainLength ? ropeFrequencies({ headDim: dims.headDim, base }) : longRopeScaling({ headDim: dims.headDim, base, factor, trainLength, rescale: rescale ?? searched.rescale }),
    ),
} satisfies PeMethod<typeof configSchema>;
