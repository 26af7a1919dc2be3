/**
 * CREAM (Wu et al., NeurIPS 2024, arXiv 2406.07138) on RoPE, as the authors' code builds position ids
 * (bigai-nlco/CREAM, src/train.py): each training window keeps a head and a tail of h positions at the two
 * ends of [0, targetLength) — h = floor(L/3) or relativityEnds, each with probability 1/2 — and a contiguous
 * middle whose scale alpha = floor(clip(X, 2, 2s)), X ~ N(1 + s, sigma^2), s = targetLength / L, bounds where it
 * ends. Linearly interpolated by `factor` (the reference trains and evaluates with it), so inference is PI.
 */
import { z } from 'zod';
import { linearScaling, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField, factorField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    factor: factorField(4),
    targetLength: z.number().int().min(1).default(256),
    sigma: z.number().positive().default(1.5),
    relativityEnds: z.number().int().min(1).default(2),
  })
  .strict();

export default {
  id: 'cream',
  kind: 'rotary',
  models: ['cream-ft'],
  configSchema,
  compute: ({ length, dims }, { base, factor }) => rotaryInputs(sequentialPositions(length), linearScaling({ headDim: dims.headDim, base, factor })),
  sampleTrainingPositions: (length, { targetLength, sigma, relativityEnds }, rand) => {
    if (targetLength < length) throw new RangeError(`cream: targetLength ${targetLength} is shorter than the training window ${length}`);
    const s = targetLength / length;
    const ends = rand() < 0.5 ? Math.floor(length / 3) : Math.min(relativityEnds, Math.floor((length - 1) / 2));
    const middle = length - 2 * ends;
    const gaussian = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()); // Box-Muller, N(0, 1)
    const alpha = Math.floor(Math.min(Math.max(1 + s + sigma * gaussian, 2), 2 * s));
    const low = ends + Math.floor(((middle - 1) * alpha) / 2);
    const high = Math.floor((alpha * length) / 2) - ends - 1;
    const start = low + Math.floor(rand() * (high - low + 1)) - (middle - 1);
    return sequentialPositions(length).map((p) => (p < ends ? p : p < length - ends ? start + p - ends : targetLength - length + p));
  },
} satisfies PeMethod<typeof configSchema>;
