/** RoPE (Su et al., RoFormer, arXiv 2104.09864, Eq. 15-16): rotate channel pair m of q and k by p * theta_m. */
import { z } from 'zod';
import { ropeInvFreq, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import type { PeMethod } from './types';

const configSchema = z.object({ base: z.number().min(2).default(10000) }).strict();

export default {
  id: 'rope',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ({ length, dims }, { base }) =>
    rotaryInputs(sequentialPositions(length), { invFreq: ropeInvFreq(dims.headDim, base), attentionFactor: 1 }),
} satisfies PeMethod<typeof configSchema>;
