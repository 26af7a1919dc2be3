/**
 * SHAPE (Kiyono et al., 2021, arXiv 2109.05644): sinusoidal APE trained with a random shift
 * k ~ U{0..maxShift} per sequence; no shift at inference, so this is the sinusoidal table.
 */
import { z } from 'zod';
import { sinusoidTable } from './lib/sinusoid';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, maxShift: z.number().int().min(0).default(1984) }).strict();

export default {
  id: 'shape',
  kind: 'ape',
  models: ['shape'],
  configSchema,
  compute: ({ length, dims }, { base }) => ({ ape: sinusoidTable(sequentialPositions(length), dims.d, base) }),
  sampleTrainingPositions: (length, { maxShift }, rand) => {
    const shift = Math.floor(rand() * (maxShift + 1));
    return sequentialPositions(length).map((p) => p + shift);
  },
} satisfies PeMethod<typeof configSchema>;
