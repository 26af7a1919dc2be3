/**
 * LongRoPE per-dimension scaling (Ding et al., 2024, arXiv 2402.13753; HF `longrope`):
 * theta'_m = theta_m / lambda_m, one rescale factor per rotary pair, attention factor
 * sqrt(1 + ln s / ln L). Default factors: LongRoPE's evolutionary search on the RoPE model at s = 4
 * (demos/search_rescale.py): as in HF `longrope`, the long factors for inputs longer than the training length,
 * the short factors, 1 (none searched: the original rotation), for the others, with the same attention factor.
 */
import searched from '../../demos/search/longrope-rope-seed1.json' with { type: 'json' };
import { longRopeScaling, ropeInvFreq, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { longRopeConfig } from './lib/config';
import type { PeMethod } from './types';

const configSchema = longRopeConfig;

export default {
  id: 'longrope',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, rescale }) => {
    const long = longRopeScaling({ headDim: dims.headDim, base, factor, trainLength, rescale: rescale ?? searched.rescale });
    const short = { invFreq: ropeInvFreq({ headDim: dims.headDim, base }), attentionFactor: long.attentionFactor };
    return rotaryInputs(sequentialPositions(length), length > trainLength ? long : short);
  },
} satisfies PeMethod<typeof configSchema>;
