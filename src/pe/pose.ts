/**
 * PoSE (Zhu et al., ICLR 2024, arXiv 2309.10400) on RoPE: trained with position ids that skip
 * ahead inside each window (two chunks, random skip up to targetLength - L); plain RoPE at inference.
 */
import { z } from 'zod';
import { ropeFrequencies, rotaryInputs } from './lib/rotary';
import { sequentialPositions } from './lib/positions';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ base: baseField, targetLength: z.number().int().min(1).default(2048) }).strict();

export default {
  id: 'pose',
  kind: 'rotary',
  models: ['pose', 'pose-ft'],
  configSchema,
  compute: ({ length, dims }, { base }) => rotaryInputs(sequentialPositions(length), ropeFrequencies({ headDim: dims.headDim, base })),
  sampleTrainingPositions: (length, { targetLength }, rand) => {
    const cut = 1 + Math.floor(rand() * (length - 1));
    const skip = Math.floor(rand() * (targetLength - length + 1));
    return sequentialPositions(length).map((p) => (p >= cut ? p + skip : p));
  },
} satisfies PeMethod<typeof configSchema>;
