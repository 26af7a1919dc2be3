/**
 * Transformer-XL relative attention (Dai et al., ACL 2019, arXiv 1901.02860, Sec. 3.3): the sinusoid table
 * R_{i-j} projected by each layer's learned W_{k,R}, with the global biases u and v; those live in the
 * relative-content graph, and this feeds `relative` [L, d], R_n for the causal distances n = 0..L-1.
 * No segment-level recurrence (each window is scored from scratch, as for every model here).
 */
import { z } from 'zod';
import { sinusoidTable } from './lib/sinusoid';
import { sequentialPositions } from './lib/positions';
import type { PeMethod } from './types';

const configSchema = z.object({}).strict();

export default {
  id: 'transformer-xl',
  kind: 'relative-content',
  models: ['transformer-xl'],
  configSchema,
  compute: ({ length, dims }) => ({ relative: sinusoidTable(sequentialPositions(length), dims.d, 10000) }),
} satisfies PeMethod<typeof configSchema>;
