/**
 * Dual Chunk Attention (An et al., ICML 2024, arXiv 2402.17463; ChunkLlama): chunks of size s, keys at
 * j mod s; queries at i mod s for keys in the same chunk (intra), at min(s + i mod s, C) for keys in the
 * previous chunk (successive), at C for older chunks (inter). Defaults are the paper's for c = 64:
 * s = 3c/4 = 48, C = c - 1 = 63 (the released code caps at its chunk_size instead). Multi-band graph.
 */
import { z } from 'zod';
import { baseField } from './lib/config';
import { multiBandInputs, UNBOUNDED } from './lib/multi-band';
import { sequentialPositions } from './lib/positions';
import { ropeFrequencies } from './lib/rotary';
import type { PeMethod } from './types';

const configSchema = z
  .object({ base: baseField, chunkSize: z.number().int().min(1).default(48), positionCap: z.number().int().min(0).default(63) })
  .strict()
  .refine((c) => c.positionCap >= c.chunkSize - 1, { message: 'positionCap must be at least chunkSize - 1, the largest intra-chunk position' });

export default {
  id: 'dca',
  kind: 'multi-band',
  models: ['rope-multiband'],
  configSchema,
  compute: ({ length, dims }, { base, chunkSize, positionCap }) => {
    const positions = sequentialPositions(length);
    const inner = positions.map((p) => p % chunkSize);
    const chunk = positions.map((p) => Math.floor(p / chunkSize));
    const band = (queryPositions: Float64Array, low: number, high: number) => ({ queryPositions, keyPositions: inner, queryCoord: chunk, keyCoord: chunk, low, high });
    return multiBandInputs(ropeFrequencies({ headDim: dims.headDim, base }), [
      band(inner, 0, 1),
      band(
        inner.map((r) => Math.min(chunkSize + r, positionCap)),
        1,
        2,
      ),
      band(new Float64Array(length).fill(positionCap), 2, UNBOUNDED),
    ]);
  },
} satisfies PeMethod<typeof configSchema>;
