/**
 * Giraffe (Pal et al. 2023, arXiv 2308.10882; code abacusai/Long-Context, models/interpolate.py):
 * power basis theta*_i = theta_i (1 - 2i/d)^k, then optionally the truncated basis (truncate > 0).
 */
import { z } from 'zod';
import { powerBasis, ropeFrequencies, rotaryInputs, truncateBasis } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    /** k of (1 - 2i/d)^k; 0 leaves RoPE unchanged. The paper's setting is 0.5. */
    power: z.number().min(0).max(4).default(0.5),
    /** Truncated basis: wavelength cut-off in positions (2 pi / b); 0 = off. */
    truncate: z.number().int().min(0).default(0),
  })
  .strict();

export default {
  id: 'giraffe',
  kind: 'rotary',
  models: ['rope', 'giraffe-ft'],
  configSchema,
  compute: ({ length, dims }, { base, power, truncate }) =>
    rotaryInputs(sequentialPositions(length), truncateBasis(powerBasis(ropeFrequencies({ headDim: dims.headDim, base }), { power }), { truncateLength: truncate })),
} satisfies PeMethod<typeof configSchema>;
