/** Position Interpolation (Chen et al., 2023, arXiv 2306.15595, Eq. 3): f'(x, m) = f(x, m L / L'), i.e. theta'_m = theta_m / s. */
import { z } from 'zod';
import { linearScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, factor: factorField(4) }).strict();

export default {
  id: 'pi',
  kind: 'rotary',
  models: ['rope', 'pi-ft'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims }, { base, factor }) => rotaryInputs(sequentialPositions(length), linearScaling({ headDim: dims.headDim, base, factor })),
} satisfies PeMethod<typeof configSchema>;
