/** Sinusoidal APE (Vaswani et al., 2017, arXiv 1706.03762, Sec. 3.5): fills `ape` [L, d]. */
import { z } from 'zod';
import { sinusoidTable } from './lib/sinusoid';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField }).strict();

export default {
  id: 'sinusoidal',
  kind: 'ape',
  models: ['sinusoidal'],
  configSchema,
  compute: ({ length, dims }, { base }) => ({ ape: sinusoidTable(sequentialPositions(length), dims.d, base) }),
} satisfies PeMethod<typeof configSchema>;
