/**
 * Sandwich (Chi et al., ACL 2023, arXiv 2212.10356): the position-position term of sinusoidal APE
 * as an attention bias, p_i . p_j = sum_k cos((i - j) / base^(2k/dim)), shifted by -dim/2 so the
 * diagonal is 0 (a per-row constant does not change the softmax); the same for every head.
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
    return { distance_bias: distanceBias(dims.heads, length, (_h, n) => byDistance[n]!) };
  },
} satisfies PeMethod<typeof configSchema>;
