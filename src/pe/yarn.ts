/** YaRN (Peng et al., ICLR 2024, arXiv 2309.00071): NTK-by-parts frequencies + attention temperature, HF `yarn`. */
import { z } from 'zod';
import { rotaryInputs, yarnScaling } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    factor: factorField(4),
    betaFast: z.number().positive().default(32),
    betaSlow: z.number().positive().default(1),
  })
  .strict()
  .refine((c) => c.betaFast >= c.betaSlow, { message: 'betaFast must be at least betaSlow' });

export default {
  id: 'yarn',
  kind: 'rotary',
  models: ['rope', 'yarn-ft'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, betaFast, betaSlow }) =>
    rotaryInputs(sequentialPositions(length), yarnScaling({ headDim: dims.headDim, base, factor, trainLength, betaFast, betaSlow })),
} satisfies PeMethod<typeof configSchema>;
