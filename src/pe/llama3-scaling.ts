/** Llama 3.1 RoPE scaling (Grattafiori et al., 2024, arXiv 2407.21783; HF `llama3`). */
import { z } from 'zod';
import { llama3Scaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    factor: factorField(8),
    lowFreqFactor: z.number().positive().default(1),
    highFreqFactor: z.number().positive().default(4),
  })
  .strict()
  .refine((c) => c.highFreqFactor > c.lowFreqFactor, { message: 'highFreqFactor must exceed lowFreqFactor' });

export default {
  id: 'llama3-scaling',
  kind: 'rotary',
  models: ['rope'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor, lowFreqFactor, highFreqFactor }) =>
    rotaryInputs(sequentialPositions(length), llama3Scaling({ headDim: dims.headDim, base, factor, trainLength, lowFreqFactor, highFreqFactor })),
} satisfies PeMethod<typeof configSchema>;
