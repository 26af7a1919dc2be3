/** RoPE (Su et al., RoFormer, arXiv 2104.09864, Eq. 15-16): rotate channel pair m of q and k by p * theta_m. */
import { z } from 'zod';
import { ropeFrequencies, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField }).strict();

export default {
  id: 'rope',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ({ length, dims }, { base }) => rotaryInputs(sequentialPositions(length), ropeFrequencies({ headDim: dims.headDim, base })),
} satisfies PeMethod<typeof configSchema>;
