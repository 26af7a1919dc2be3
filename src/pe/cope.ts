/**
 * CoPE, Contextual Position Encoding (Golovneva et al., 2024, arXiv 2405.18719): positions are counted inside
 * attention, p_ij = sum over t = j..i of sigmoid(q_i . k_t / sqrt(dh)), and q_i . e[p_ij] interpolated from each
 * layer's learned table is added to the logits. Positions depend on the content, so they live in the contextual
 * graph (demos/model.py) with the tables; this feeds nothing.
 */
import { z } from 'zod';
import type { PeMethod } from './types';

export default {
  id: 'cope',
  kind: 'contextual',
  models: ['cope'],
  configSchema: z.object({}).strict(),
  compute: () => ({}),
} satisfies PeMethod;
