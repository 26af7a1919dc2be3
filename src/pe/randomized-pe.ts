/**
 * Randomized positional encodings (Ruoss et al., ACL 2023, arXiv 2305.16843), sinusoidal
 * flavour: positions are an ordered random subset of [0, maxPosition), at training and (as in
 * the reference implementation) at inference, where the subset comes from a fixed seed.
 */
import { z } from 'zod';
import { sinusoidTable } from './lib/sinusoid';
import { orderedSubset } from './lib/prng';
import { baseField, maxPositionField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, maxPosition: maxPositionField, seed: z.number().int().default(1234) }).strict();

export default {
  id: 'randomized-pe',
  kind: 'ape',
  models: ['randomized-pe'],
  configSchema,
  compute: ({ length, dims }, { base, maxPosition, seed }) => ({
    ape: sinusoidTable(orderedSubset(length, maxPosition, seed), dims.d, base),
  }),
  sampleTrainingPositions: (length, { maxPosition }, rand) => orderedSubset(length, maxPosition, Math.floor(rand() * 2 ** 32)),
} satisfies PeMethod<typeof configSchema>;
