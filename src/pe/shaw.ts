/**
 * Shaw et al. (NAACL 2018, arXiv 1803.02155): learned vectors per clipped relative position on the keys and
 * values inside attention, learned per layer and shared by the heads. A causal model learns those of
 * distances 0..k (`clip`), which live in the relative-content graph; this feeds `relative` [L, k + 1], the
 * one-hot of min(i - j, k) for each distance, which each layer's tables map to its vectors.
 */
import { z } from 'zod';
import { tensor, type PeMethod } from './types';

const configSchema = z.object({ clip: z.number().int().min(1).default(16) }).strict();

export default {
  id: 'shaw',
  kind: 'relative-content',
  models: ['shaw'],
  configSchema,
  compute: ({ length }, { clip }) => {
    const out = new Float32Array(length * (clip + 1));
    for (let n = 0; n < length; n++) out[n * (clip + 1) + Math.min(n, clip)] = 1;
    return { relative: tensor(out, [length, clip + 1]) };
  },
} satisfies PeMethod<typeof configSchema>;
