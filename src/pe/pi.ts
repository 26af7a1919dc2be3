/** Position Interpolation (Chen et al., 2023, arXiv 2306.15595, Eq. 3): f'(x, m) = f(x, m L / L'), i.e. theta'_m = theta_m / s. */
import { z } from 'zod';
import { linearScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import type { PeMethod } from './types';

const configSchema = z.object({ base: z.number().min(2).default(10000), factor: z.number().min(1).max(64).default(4) }).strict();

export default {
  id: 'pi',
  kind: 'rotary',
  models: ['rope', 'pi-ft'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims }, { base, factor }) => rotaryInputs(sequentialPositions(length), linearScaling(dims.headDim, base, factor)),
} satisfies PeMethod<typeof configSchema>;
