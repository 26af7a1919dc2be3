/**
 * Mesa-Extrapolation (Ma et al., NeurIPS 2024, arXiv 2410.15859), as the authors' code
 * (soacker/Mesa-Extrapolation, methods/mesa_extrapolation.py) runs a prompt: a first chunk of F
 * tokens, then chunks of W that each see the first chunk and themselves at positions 0 .. F + W - 1,
 * and a last chunk that sees every key. Past the training length T the last pass uses Stair PE: with
 * u = n - ((n - 1) mod W), positions x >= u stay x and earlier ones become u - 1 - floor((u - 1 - x) / E);
 * its queries are scaled by max(1, ln(x + 1) / ln T). Defaults are the code's (T = 2048, F = 100, first-chunk
 * cache 100, so W = T - 200; E = 50) with the lengths scaled to T = 64: F = 3, W = 64 - 3 - 3 = 58.
 * Multi-band graph, training-free.
 */
import { z } from 'zod';
import { baseField } from './lib/config';
import { multiBandInputs, UNBOUNDED } from './lib/multi-band';
import { sequentialPositions } from './lib/positions';
import { ropeFrequencies } from './lib/rotary';
import type { PeMethod } from './types';

const configSchema = z
  .object({
    base: baseField,
    firstChunk: z.number().int().min(1).default(3),
    chunkWidth: z.number().int().min(1).default(58),
    stairWidth: z.number().int().min(1).default(50),
  })
  .strict();

export default {
  id: 'mesa-extrapolation',
  kind: 'multi-band',
  models: ['rope-multiband'],
  configSchema,
  compute: ({ length, dims, trainLength }, { base, firstChunk, chunkWidth, stairWidth }) => {
    if (firstChunk + chunkWidth >= trainLength) throw new RangeError('firstChunk + chunkWidth must be below the training length (the code asserts it)');
    const positions = sequentialPositions(length);
    const chunk = positions.map((x) => (x < firstChunk ? 0 : 1 + Math.floor((x - firstChunk) / chunkWidth)));
    const local = positions.map((x, k) => (chunk[k] === 0 ? x : firstChunk + ((x - firstChunk) % chunkWidth)));
    const start = length - ((length - 1) % chunkWidth);
    const stair = length > trainLength ? positions.map((x) => (x >= start ? x : start - 1 - Math.floor((start - 1 - x) / stairWidth))) : positions;
    const zeros = new Float64Array(length);
    return multiBandInputs(ropeFrequencies({ headDim: dims.headDim, base }), [
      {
        queryPositions: stair,
        keyPositions: stair,
        queryCoord: chunk,
        keyCoord: zeros,
        low: chunk[length - 1]!,
        queryScale: positions.map((x) => Math.max(1, Math.log(x + 1) / Math.log(trainLength))),
      },
      { queryPositions: local, keyPositions: local, queryCoord: chunk, keyCoord: chunk, low: 0, high: 1 },
      { queryPositions: local, keyPositions: local, queryCoord: chunk, keyCoord: chunk.map((c) => (c === 0 ? 0 : UNBOUNDED)), low: 1 },
    ]);
  },
} satisfies PeMethod<typeof configSchema>;
