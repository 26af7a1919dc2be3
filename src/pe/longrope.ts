/**
 * LongRoPE-style per-dimension scaling (Ding et al., 2024, arXiv 2402.13753; HF `longrope`):
 * theta'_m = theta_m / lambda_m, one rescale factor per rotary pair, attention factor
 * sqrt(1 + ln s / ln L). LongRoPE searches the factors; the default profile here is geometric
 * from 1 (fastest pair) to s (slowest), an illustration, not a searched result.
 */
import { z } from 'zod';
import { geometricRescale, longRopeScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    factor: factorField(4),
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
    rotaryInputs(sequentialPositions(length), longRopeScaling({ headDim: dims.headDim, base, factor, trainLength, rescale: rescale ?? geometricRescale({ headDim: dims.headDim, factor }) })),
} satisfies PeMethod<typeof configSchema>;
