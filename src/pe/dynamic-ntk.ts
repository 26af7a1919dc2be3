/**
 * Dynamic NTK (emozilla, 2023; survey Eq. 23), HF `dynamic` form: the NTK-aware base follows the
 * current length. A whole sequence is evaluated with the scale for its full length.
 */
import { z } from 'zod';
import { dynamicNtkScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, factor: factorField(1) }).strict();

export default {
  id: 'dynamic-ntk',
  kind: 'rotary',
  models: ['rope'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, factor }) => rotaryInputs(sequentialPositions(length), dynamicNtkScaling({ headDim: dims.headDim, base, factor, length, trainLength })),
} satisfies PeMethod<typeof configSchema>;
