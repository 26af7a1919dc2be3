/**
 * Resonance RoPE (Wang et al. 2024, arXiv 2403.00071, Eq. 3 / Alg. 1; code sheryc/resonance_rope):
 * theta~_m = 2 pi / round(2 pi / theta_m). factor > 1: Resonance YaRN, YaRN's frequencies rounded the
 * same way, with YaRN's attention factor (factor 1 = plain Resonance RoPE).
 */
import { z } from 'zod';
import { resonanceFrequencies, rotaryInputs, yarnScaling } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    factor: factorField(1),
    betaFast: z.number().positive().default(32),
    betaSlow: z.number().positive().default(1),
  })
  .strict()
  .refine((c) => c.betaFast >= c.betaSlow, { message: 'betaFast must be at least betaSlow' });

export default {
  id: 'resonance-rope',
  kind: 'rotary',
  models: ['rope', 'resonance-rope-ft'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, betaFast, betaSlow }) =>
    rotaryInputs(sequentialPositions(length), resonanceFrequencies(yarnScaling({ headDim: dims.headDim, base, factor, trainLength, betaFast, betaSlow }))),
} satisfies PeMethod<typeof configSchema>;
