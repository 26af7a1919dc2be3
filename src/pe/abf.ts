/** RoPE ABF, adjusted base frequency (Xiong et al. 2023, arXiv 2309.16039, §4.1): base 10,000 -> 500,000, then continual training. */
import { z } from 'zod';
import { ropeFrequencies, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import type { PeMethod } from './types';

const configSchema = z.object({ base: z.number().min(2).default(500000) }).strict();

export default {
  id: 'abf',
  kind: 'rotary',
  models: ['rope', 'abf-ft'],
  configSchema,
  compute: ({ length, dims }, { base }) => rotaryInputs(sequentialPositions(length), ropeFrequencies({ headDim: dims.headDim, base })),
} satisfies PeMethod<typeof configSchema>;
