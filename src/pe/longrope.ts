/**
 * LongRoPE-style per-dimension scaling (Ding et al., 2024, arXiv 2402.13753; HF `longrope`):
 * theta'_m = theta_m / lambda_m, one rescale factor per rotary pair, attention factor
 * sqrt(1 + ln s / ln L). LongRoPE searches the factors; the default profile here is geometric
 * from 1 (fastest pair) to s (slowest), an illustration, not a searched result.
 */
import { z } from 'zod';
import { geometricRescale, longRopeScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: z.number().min(2).default(10000),
    factor: z.number().min(1).max(64).default(4),
    rescale: z.array(z.number().positive()).nullable().default(null),
  })
  .strict();

export default {
  id: 'longrope',
  kind: 'rotary',
  models: ['rope'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, rescale }) =>
    rotaryInputs(sequentialPositions(length), longRopeScaling(dims.headDim, base, factor, trainLength, rescale ?? geometricRescale(dims.headDim, factor))),
} satisfies PeMethod<typeof configSchema>;
