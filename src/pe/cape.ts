/**
 * CAPE (Likhomanenko et al., NeurIPS 2021, arXiv 2106.03143): the sinusoidal table at continuous positions,
 * mean-centred (`normalize`) and, in training only, shifted per sequence, jittered per position and rescaled
 * per sequence: x' = (x + delta + eps_i) * lambda, as the reference CAPE1d module does. At inference the
 * centred positions, unaugmented. Fills `ape`.
 */
import { z } from 'zod';
import { sinusoidTable } from './lib/sinusoid';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    normalize: z.boolean().default(true),
    maxGlobalShift: z.number().min(0).default(992),
    maxLocalShift: z.number().min(0).default(0.5),
    maxGlobalScaling: z.number().min(1).default(1.03),
  })
  .strict();

function inferencePositions(length: number, normalize: boolean): Float64Array {
  const mean = normalize ? (length - 1) / 2 : 0;
  return sequentialPositions(length).map((p) => p - mean);
}

export default {
  id: 'cape',
  kind: 'ape',
  models: ['cape'],
  configSchema,
  compute: ({ length, dims }, { base, normalize }) => ({ ape: sinusoidTable(inferencePositions(length, normalize), dims.d, base) }),
  sampleTrainingPositions: (length, { normalize, maxGlobalShift, maxLocalShift, maxGlobalScaling }, rand) => {
    const uniform = (bound: number) => (2 * rand() - 1) * bound;
    const shift = uniform(maxGlobalShift);
    const scale = Math.exp(uniform(Math.log(maxGlobalScaling)));
    return inferencePositions(length, normalize).map((p) => (p + shift + uniform(maxLocalShift)) * scale);
  },
} satisfies PeMethod<typeof configSchema>;
