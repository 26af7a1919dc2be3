/**
 * LM-Infinite (Han et al., NAACL 2024, arXiv 2308.16137): a Λ-shaped mask — keys at distance below
 * `localWindow`, and the first `globalTokens` tokens — with a starting token beyond the window at the
 * distance ceiling `distanceCap` (query rotated at the ceiling, key at 0, as the code does; its default
 * ceiling is the window, one past the largest trained distance). Multi-band graph, training-free.
 */
import { z } from 'zod';
import { baseField } from './lib/config';
import { multiBandInputs } from './lib/multi-band';
import { sequentialPositions } from './lib/positions';
import { ropeFrequencies } from './lib/rotary';
import type { PeMethod } from './types';

const configSchema = z
  .object({ base: baseField, localWindow: z.number().int().min(1).default(64), globalTokens: z.number().int().min(0).default(10), distanceCap: z.number().int().min(0).default(64) })
  .strict();

export default {
  id: 'lm-infinite',
  kind: 'multi-band',
  models: ['rope-multiband'],
  configSchema,
  compute: ({ length, dims }, { base, localWindow, globalTokens, distanceCap }) => {
    const positions = sequentialPositions(length);
    const zeros = new Float64Array(length);
    return multiBandInputs(ropeFrequencies({ headDim: dims.headDim, base }), [
      { queryPositions: positions, keyPositions: positions, queryCoord: positions, keyCoord: positions, low: 0, high: localWindow },
      { queryPositions: new Float64Array(length).fill(distanceCap), keyPositions: zeros, queryCoord: zeros, keyCoord: positions.map((p) => -p), low: 0, high: globalTokens },
    ]);
  },
} satisfies PeMethod<typeof configSchema>;
