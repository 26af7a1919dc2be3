/**
 * Sandwich (Chi et al., ACL 2023, arXiv 2212.10356): the position-position term of sinusoidal APE
 * as an attention bias, p_i . p_j = sum_k cos((i - j) / base^(2k/dim)), shifted by -dim/2 so the
 * diagonal is 0 (a per-row constant does not change the softmax), and compressed per head like
 * ALiBi: head n = 1..H divides it by n * 8/H, as NVIDIA NeMo's implementation does.
 */
import { z } from 'zod';
import { distanceBias } from './lib/bias';
import { baseField } from './lib/config';
import type { PeMethod } from './types';

const configSchema = z.object({ dim: z.number().int().min(2).default(128), base: baseField }).strict();

export default {
  id: 'sandwich',
  kind: 'distance-bias',
  models: ['sandwich'],
  configSchema,
  compute: ({ length, dims }, { dim, base }) => {
    const invFreq = Array.from({ length: dim / 2 }, (_, k) => base ** (-(2 * k) / dim));
    const byDistance = Float64Array.from({ length }, (_, n) => invFreq.reduce((sum, f) => sum + Math.cos(n * f), 0) - dim / 2);
    const compression = (h: number) => ((h + 1) * 8) / dims.heads;
    return { distance_bias: distanceBias(dims.heads, length, (h, n) => byDistance[n]! / compression(h)) };
  },
} satisfies PeMethod<typeof configSchema>;
