/** NTK-aware scaling (bloc97, 2023; survey Eq. 22): base' = base * s^(d/(d-2)); applied without fine-tuning. */
import { z } from 'zod';
import { ntkAwareScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, factor: factorField(4) }).strict();

export default {
  id: 'ntk-aware',
  kind: 'rotary',
  models: ['rope'],
  scalesWithLength: true,
  configSchema,
  compute: ({ length, dims }, { base, factor }) => rotaryInputs(sequentialPositions(length), ntkAwareScaling({ headDim: dims.headDim, base, factor })),
} satisfies PeMethod<typeof configSchema>;
